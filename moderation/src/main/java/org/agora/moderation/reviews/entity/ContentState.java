package org.agora.moderation.reviews.entity;

/** Where a contribution stands in moderation; the same four states as posts and comments have. */
public enum ContentState {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED
}
