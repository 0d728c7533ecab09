package org.agora.portal.posts.entity;

import java.time.Instant;
import java.util.List;
import org.agora.moderation.reviews.entity.AuthorNote;

/**
 * A post as the API shows it. {@code votedByMe} and {@code followedByMe} are null for anonymous
 * readers; {@code bodyHtml} is the sanitized body, safe to render; {@code mergedInto} is the post
 * this one was merged into; {@code comments} is only there when asked for; {@code moderation} only
 * for the post's author (and staff), when moderation has looked at it: the review's state, the
 * reasons in the reader's language, the decision and its reason; {@code solved} only on one shipped
 * idea: how its voters answered "did this solve it?".
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
        CommentPage comments,
        AuthorNote moderation,
        Solved solved) {

    public record Author(long id, String displayName) {}

    /** A shipped idea's voters' answers to "did this solve it?". */
    public record Solved(long yes, long no) {}

    public PostView withComments(CommentPage page) {
        return with(page, moderation, solved);
    }

    public PostView withModeration(AuthorNote note) {
        return with(comments, note, solved);
    }

    public PostView withSolved(Solved answers) {
        return with(comments, moderation, answers);
    }

    private PostView with(CommentPage page, AuthorNote note, Solved answers) {
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
                page,
                note,
                answers);
    }
}
