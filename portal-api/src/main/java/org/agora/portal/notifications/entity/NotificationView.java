package org.agora.portal.notifications.entity;

import java.time.Instant;

/**
 * A notification as its member sees it, with enough of the post to show a line; one about the
 * member themselves (a sanction) has no post; {@code detail} is what it says beyond its kind, in
 * the member's language, or null.
 */
public record NotificationView(
        long id,
        String kind,
        Long postId,
        String postTitle,
        String postStatus,
        Long mergedInto,
        Long commentId,
        String actor,
        Instant createdAt,
        boolean read,
        String detail) {}
