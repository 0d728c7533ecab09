package org.agora.moderation.teams.entity;

import java.time.Instant;

/**
 * A channel as admins see it: never its secret, only whether one is set and its first characters;
 * {@code secret} carries a generated signing secret once, in the answer that created or rotated it.
 */
public record ChannelView(
        long id,
        String kind,
        String url,
        String recipients,
        String projectKey,
        String issueType,
        String auth,
        String username,
        boolean secretSet,
        String secretHint,
        Instant previousSecretUntil,
        String secret) {

    public ChannelView withSecret(String issued) {
        return new ChannelView(
                id,
                kind,
                url,
                recipients,
                projectKey,
                issueType,
                auth,
                username,
                secretSet,
                secretHint,
                previousSecretUntil,
                issued);
    }
}
