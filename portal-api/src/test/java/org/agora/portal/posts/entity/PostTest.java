package org.agora.portal.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final long AUTHOR = 7;

    private static Post idea(Visibility state) {
        return new Post(Kind.IDEA, " An idea ", "raw", "<p>raw</p>", "en", 1, null, AUTHOR, state, NOW);
    }

    @Test
    void statusFollowsTheKindsWorkflow() {
        Post post = idea(Visibility.PUBLISHED);
        assertThrows(IllegalStateException.class, () -> post.changeStatus(Kind.IDEA.workflow(), "shipped", NOW));
        post.changeStatus(Kind.IDEA.workflow(), "planned", NOW.plusSeconds(1));
        assertEquals("planned", post.status());
        assertEquals(NOW.plusSeconds(1), post.updatedAt());
    }

    @Test
    void pendingPostsAreForTheirAuthorAndStaffDeletedOnesForStaffOnly() {
        Post pending = idea(Visibility.PENDING);
        assertTrue(pending.visibleTo(AUTHOR, false));
        assertFalse(pending.visibleTo(AUTHOR + 1, false));
        assertTrue(pending.visibleTo(AUTHOR + 1, true));
        Post deleted = idea(Visibility.PUBLISHED);
        deleted.delete(NOW);
        assertFalse(deleted.visibleTo(AUTHOR, false));
        assertTrue(deleted.visibleTo(AUTHOR + 1, true));
        assertFalse(deleted.open());
    }

    @Test
    void authorsEditWithinTheGracePeriodOrWhilePending() {
        Duration grace = Duration.ofHours(1);
        assertTrue(idea(Visibility.PUBLISHED).editableByAuthor(NOW.plus(grace), grace));
        assertFalse(idea(Visibility.PUBLISHED).editableByAuthor(NOW.plus(grace).plusSeconds(1), grace));
        assertTrue(idea(Visibility.PENDING).editableByAuthor(NOW.plus(Duration.ofDays(3)), grace));
    }

    @Test
    void editsKeepTitlesWithinTheirLimit() {
        Post post = idea(Visibility.PUBLISHED);
        assertThrows(IllegalArgumentException.class, () -> post.edit(" ", "", "", "en", null, 1, NOW));
        assertThrows(IllegalArgumentException.class, () -> post.edit("x".repeat(151), "", "", "en", null, 1, NOW));
        post.edit(" Better ", "b", "<p>b</p>", "de", "use", 2, NOW);
        assertEquals("Better", post.title());
        assertEquals(NOW, post.editedAt());
    }

    @Test
    void aMergedPostIsClosed() {
        Post post = idea(Visibility.PUBLISHED);
        post.mergeInto(99, NOW);
        assertFalse(post.open());
        assertEquals(99L, post.mergedIntoId());
        post.unmerge(NOW);
        assertTrue(post.open());
    }
}
