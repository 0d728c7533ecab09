package org.agora.portal.posts.entity;

import java.time.Instant;
import java.util.List;

/**
 * A comment with its replies. A deleted comment keeps its place in the thread but shows neither
 * body nor author; {@code official} marks a staff response; {@code state} is PUBLISHED, or — for
 * its author and staff only — PENDING (held for review), HIDDEN or REJECTED.
 */
public record CommentView(
        long id,
        Long parentId,
        int depth,
        PostView.Author author,
        String bodyHtml,
        boolean official,
        String state,
        boolean deleted,
        Instant createdAt,
        Instant editedAt,
        int version,
        List<CommentView> replies) {}
