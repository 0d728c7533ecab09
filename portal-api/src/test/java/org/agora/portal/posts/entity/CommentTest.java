package org.agora.portal.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void repliesNestAtMostFiveDeep() {
        Comment comment = new Comment(1, null, 2, "a", "a", false, Visibility.PUBLISHED, NOW);
        for (int level = 1; level <= Comment.DEPTH_MAX; level++) {
            assertTrue(comment.canReplyTo());
            comment = new Comment(1, comment, 2, "a", "a", false, Visibility.PUBLISHED, NOW);
            assertEquals(level, comment.depth());
        }
        assertFalse(comment.canReplyTo());
        Comment deepest = comment;
        assertThrows(
                IllegalArgumentException.class,
                () -> new Comment(1, deepest, 2, "a", "a", false, Visibility.PUBLISHED, NOW));
    }

    @Test
    void aReplyBelongsToThePostOfItsParent() {
        Comment parent = new Comment(1, null, 2, "a", "a", false, Visibility.PUBLISHED, NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> new Comment(2, parent, 2, "a", "a", false, Visibility.PUBLISHED, NOW));
    }

    @Test
    void deletedCommentsNoLongerCountAndCannotBeEdited() {
        Comment comment = new Comment(1, null, 2, "a", "a", false, Visibility.PUBLISHED, NOW);
        assertTrue(comment.counted());
        comment.delete(NOW);
        assertFalse(comment.counted());
        assertThrows(IllegalStateException.class, () -> comment.edit("b", "b", NOW));
    }
}
