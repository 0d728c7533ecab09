package org.agora.moderation.delivery.entity;

import java.time.Instant;
import java.util.List;

/** A delivery of a forwarded idea through one channel, with its attempts. */
public record DeliveryView(
        long id,
        long postId,
        long channelId,
        String channel,
        int forward,
        String idempotencyKey,
        String state,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        String externalRef,
        String externalUrl,
        String lastError,
        List<AttemptView> attemptLog) {}
