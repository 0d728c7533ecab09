package org.agora.moderation.reviews.entity;

/**
 * What the queue shows about an author: portal-api knows it, moderation asks for it by id.
 *
 * @param trustLevel the level in effect (override or computed)
 * @param trustOverride the level set by staff, or {@code null}
 */
public record MemberFacts(long id, String displayName, int trustLevel, Integer trustOverride) {}
