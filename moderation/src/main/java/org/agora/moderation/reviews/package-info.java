/**
 * The review queue: one review item per contribution (post or comment) or member that needs a
 * moderator — held or flagged by the automatic checks, hidden by community flags, appealed by its
 * author, or a member flagged by the community —
 * with additive scores, decisions under an optimistic version (a stale decision answers 409), and the
 * moderation log of every action; and sanctions: members silenced or suspended for a time that
 * escalates with their earlier sanctions, applied by portal-api on the {@code Sanctioned} event and
 * asked about through {@link org.agora.moderation.reviews.control.Standings}. Moderation knows posts, comments and members by id only: it fires
 * {@link org.agora.moderation.reviews.entity.Moderated} inside the deciding transaction and
 * portal-api applies the new state; what moderation needs to know about the caller and members
 * it asks through {@link org.agora.moderation.reviews.control.Community}, which portal-api implements.
 */
package org.agora.moderation.reviews;
