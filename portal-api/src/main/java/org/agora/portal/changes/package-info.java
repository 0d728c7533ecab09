/**
 * The change log: every change that others react to (notifications now; the search index,
 * moderation, triage and the timeline later) is written in the transaction that made it, and
 * consumers read it in commit-safe order. A crash between a commit and its side effects loses
 * nothing: the consumer's position is durable and moves in the same transaction as its work.
 */
package org.agora.portal.changes;
