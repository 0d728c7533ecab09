package org.agora.moderation.delivery.entity;

import java.time.Instant;
import java.util.List;

/**
 * An idea's place in triage: its team and state (NEW, REVIEW, FORWARDED, DECLINED; null when it is
 * not in triage), its score, how and when it entered (enteredBy null: by crossing its area's
 * threshold), how often it was forwarded, what the team's tool reported.
 */
public record TriageView(
        long postId,
        String team,
        String state,
        Double score,
        Instant enteredAt,
        Long enteredBy,
        Long owner,
        int forwards,
        String externalStatus,
        String externalUrl,
        int version,
        List<DeliveryView> deliveries) {}
