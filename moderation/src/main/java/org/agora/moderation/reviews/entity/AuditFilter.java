package org.agora.moderation.reviews.entity;

import java.time.Instant;

/**
 * Which audit entries to read; every part may be null (no restriction).
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(Long actorId, String action, TargetType targetType, Long targetId, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
