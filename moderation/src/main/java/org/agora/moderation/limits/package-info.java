/**
 * Rate limits per trust level (posts and comments per first day, per 24 h, seconds between): a pure
 * decision on counts the caller supplies, answering allowed or retry-after seconds.
 */
package org.agora.moderation.limits;
