package org.agora.portal.timeline.entity;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One step on a post's timeline. {@code internal} events reach staff only; {@code actorId} and
 * {@code actor} are null where nobody (automatic moderation, a team's tool) or nobody the reader may
 * know acted; {@code from}/{@code to} are statuses or moderation states, {@code text} a public
 * response (HTML as sanitized) or a staff member's reason, {@code details} what else the step
 * concerned.
 */
public record TimelineEvent(
        Instant at,
        String type,
        boolean internal,
        Long actorId,
        String actor,
        String from,
        String to,
        String text,
        JsonObject details) {

    public TimelineEvent withActor(String name) {
        return new TimelineEvent(at, type, internal, actorId, name, from, to, text, details);
    }
}
