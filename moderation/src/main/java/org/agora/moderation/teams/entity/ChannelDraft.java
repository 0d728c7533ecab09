package org.agora.moderation.teams.entity;

/**
 * A channel for a team: {@code WEBHOOK} (url; the signing secret is generated unless a
 * {@code whsec_} one is given), {@code EMAIL} (recipients, comma-separated) or {@code JIRA} (url of
 * the create-issue endpoint, projectKey, issueType, auth BASIC with username and secret or BEARER
 * with secret).
 */
public class ChannelDraft {

    public String kind;

    public String url;

    public String recipients;

    public String projectKey;

    public String issueType;

    public String auth;

    public String username;

    public String secret;
}
