package org.agora.moderation.delivery.entity;

import java.time.Instant;
import java.util.UUID;

/** A delivery a worker holds under a lease, with what its channel needs to send it. */
public record Claimed(
        long id,
        UUID lease,
        long attemptId,
        int attempts,
        Instant windowStart,
        String idempotencyKey,
        String payload,
        Channel channel) {

    /** A channel's settings; {@code secrets} are the valid signing secrets (or the Jira secret), newest first. */
    public record Channel(
            String kind,
            String url,
            String recipients,
            String projectKey,
            String issueType,
            String auth,
            String username,
            String[] secrets) {}
}
