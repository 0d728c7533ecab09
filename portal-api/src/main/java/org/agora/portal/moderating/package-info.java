/**
 * portal-api's side of moderation: every new post and comment and every author edit is screened
 * (rate limits from the database, then moderation's checks with the author's trust level) before it
 * is stored; the trust level is computed from the member's activity in the database unless staff
 * set it; moderation's decisions ({@code Moderated} events, fired inside moderation's transaction)
 * are applied to posts and comments here, with a change-log entry so that the search index and
 * notifications follow; sanctions ({@code Sanctioned}) restrict the member and reach their inbox; and moderation's {@code Community} questions (who is calling, what do we
 * know of a member) are answered here, so that moderation never imports portal-api.
 */
package org.agora.portal.moderating;
