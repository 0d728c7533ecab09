package org.agora.portal.posts.entity;

import java.time.Instant;

/**
 * A post as the API shows it. {@code votedByMe} is null for anonymous readers; {@code bodyHtml} is
 * the sanitized body, safe to render.
 */
public record PostView(
        long id,
        String kind,
        String title,
        String bodyHtml,
        String language,
        String area,
        String stage,
        String status,
        String state,
        Author author,
        int voteCount,
        int commentCount,
        Boolean votedByMe,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public record Author(long id, String displayName) {}
}
