package org.agora.moderation.reviews.entity;

/**
 * A member's standing as portal-api knows it: the roles of their latest token (who may act on
 * them) and the version of their record (a stale sanction answers 409).
 *
 * @param staff moderator, product manager or admin
 * @param admin admin
 * @param former the account was deleted (anonymised)
 */
public record Standing(long memberId, String displayName, boolean staff, boolean admin, boolean former, int version) {}
