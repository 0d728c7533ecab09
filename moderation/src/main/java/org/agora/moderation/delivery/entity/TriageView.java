package org.agora.moderation.delivery.entity;

import java.time.Instant;
import java.util.List;
import org.agora.moderation.triage.entity.Note;

/**
 * An idea's place in triage: its team and state (NEW, REVIEW, FORWARDED, DECLINED; null when it is
 * not in triage), its score, how and when it entered (enteredBy null: by crossing its area's
 * threshold), its owner (a product manager of the team), how often it was forwarded, what the
 * team's tool reported, and the team's internal notes (staff-only: this view is only for them).
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
        List<DeliveryView> deliveries,
        List<Note> notes) {}
