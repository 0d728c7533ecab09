package org.agora.moderation.reviews.entity;

import java.time.Instant;

/** One line of the moderation log; {@code actorId} is null for automatic actions. */
public record AuditEntry(
        long id,
        Long actorId,
        String action,
        String targetType,
        long targetId,
        Long reviewItemId,
        String reason,
        String before,
        String after,
        Instant at) {}
