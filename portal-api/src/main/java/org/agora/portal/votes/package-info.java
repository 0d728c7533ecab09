/**
 * Votes: one per member and post ("me too" on criticism), idempotent, and counted exactly under
 * any concurrency: the vote row and the counter change in one transaction, and only an inserted
 * or deleted row moves the counter.
 */
package org.agora.portal.votes;
