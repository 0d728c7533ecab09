package org.agora.moderation.reviews.entity;

import java.time.Instant;

/**
 * One sanction of a member's history.
 *
 * @param reviewItemId the review item decided with it, or {@code null}
 * @param inForce whether it is in force now (not lifted, not yet ended)
 */
public record SanctionView(
        long id,
        String kind,
        String reason,
        Instant startsAt,
        Instant endsAt,
        long imposedBy,
        Long reviewItemId,
        Instant liftedAt,
        Long liftedBy,
        String liftReason,
        boolean inForce) {}
