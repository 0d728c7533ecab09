package org.agora.moderation.delivery.entity;

import java.util.List;

/** An idea's place in triage: its team, how often it was forwarded, what the team's tool reported. */
public record TriageView(
        long postId,
        String team,
        int forwards,
        String externalStatus,
        String externalUrl,
        int version,
        List<DeliveryView> deliveries) {}
