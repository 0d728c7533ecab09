package org.agora.moderation.reviews.entity;

import java.time.Instant;
import java.util.List;

/**
 * What a member has written, summed up for a moderator: counts by state and the latest few.
 *
 * @param posts posts written (deleted ones included)
 * @param comments comments written
 * @param published of both, those published
 * @param pending held for review
 * @param hidden hidden by moderators or flags
 * @param rejected rejected by moderators
 * @param recent the latest contributions, newest first
 */
public record Contributions(
        long posts, long comments, long published, long pending, long hidden, long rejected, List<Recent> recent) {

    /**
     * @param type POST or COMMENT
     * @param excerpt the title of a post, the start of a comment's text
     */
    public record Recent(String type, long id, long postId, String excerpt, String state, Instant createdAt) {}
}
