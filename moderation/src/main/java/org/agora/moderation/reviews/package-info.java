/**
 * The review queue: one review item per contribution (post or comment) or member that needs a
 * moderator — held or flagged by the automatic checks, hidden by community flags, appealed by its
 * author, or a member flagged by the community — with additive scores, a priority from score and
 * age, filters, claims, the actions each reviewer may take computed per request, decisions under an
 * optimistic version (a stale decision answers 409), and the audit log of every moderation and staff
 * action (portal-api writes its staff actions through
 * {@link org.agora.moderation.reviews.control.AuditLog} as well; admins export it as CSV), the queue's
 * service levels, and the claim of overdue items that moderators are reminded of once; and
 * sanctions: members silenced or suspended for a time that escalates with their earlier sanctions,
 * applied by portal-api on the {@code Sanctioned} event and asked about through
 * {@link org.agora.moderation.reviews.control.Standings}. Decisions that change the content itself (a
 * moderator's correction, a merge) are done by portal-api through the SPI, in the deciding
 * transaction. Moderation knows posts, comments and members by id only: it fires
 * {@link org.agora.moderation.reviews.entity.Moderated} inside the deciding transaction and
 * portal-api applies the new state; what moderation needs to know about the caller and members
 * it asks through {@link org.agora.moderation.reviews.control.Community}, which portal-api implements.
 */
package org.agora.moderation.reviews;
