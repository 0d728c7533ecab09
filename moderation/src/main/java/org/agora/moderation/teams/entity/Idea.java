package org.agora.moderation.teams.entity;

/**
 * A post as triage sees it.
 *
 * @param text the body as plain text
 * @param url where readers find it
 * @param state PENDING, PUBLISHED, HIDDEN or REJECTED
 */
public record Idea(
        long id,
        String kind,
        String state,
        String status,
        String title,
        String text,
        String url,
        long areaId,
        int votes) {

    public boolean forwardable() {
        return "IDEA".equals(kind) && "PUBLISHED".equals(state);
    }
}
