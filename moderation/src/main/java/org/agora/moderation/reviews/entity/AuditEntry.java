package org.agora.moderation.reviews.entity;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One line of the audit log; {@code actorId} is null for automatic actions, {@code details} (what
 * else the action concerned, e.g. the fields changed or the member a vote was cast for) may be null.
 */
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
        Instant at,
        JsonObject details) {}
