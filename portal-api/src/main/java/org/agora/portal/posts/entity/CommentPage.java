package org.agora.portal.posts.entity;

import java.util.List;

/**
 * A page of a post's discussion: threads (top-level comments, oldest first) with all their
 * replies; {@code total} counts the visible comments of the post, {@code next} the cursor.
 */
public record CommentPage(List<CommentView> items, long total, String next) {}
