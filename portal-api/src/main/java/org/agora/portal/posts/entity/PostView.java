package org.agora.portal.posts.entity;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API shows it. {@code votedByMe} and {@code followedByMe} are null for anonymous
 * readers; {@code bodyHtml} is the sanitized body, safe to render; {@code mergedInto} is the post
 * this one was merged into; {@code comments} is only there when asked for.
 */
public record PostView(
        long id,
        String kind,
        String title,
        String bodyHtml,
        String language,
        String area,
        String stage,
        List<String> tags,
        String status,
        String state,
        Author author,
        int voteCount,
        int commentCount,
        Boolean votedByMe,
        Boolean followedByMe,
        Long mergedInto,
        boolean deleted,
        Instant createdAt,
        Instant updatedAt,
        Instant editedAt,
        int version,
        CommentPage comments) {

    public record Author(long id, String displayName) {}

    public PostView withComments(CommentPage page) {
        return new PostView(
                id,
                kind,
                title,
                bodyHtml,
                language,
                area,
                stage,
                tags,
                status,
                state,
                author,
                voteCount,
                commentCount,
                votedByMe,
                followedByMe,
                mergedInto,
                deleted,
                createdAt,
                updatedAt,
                editedAt,
                version,
                page);
    }
}
