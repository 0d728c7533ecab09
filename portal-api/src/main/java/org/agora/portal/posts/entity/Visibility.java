package org.agora.portal.posts.entity;

/** Where a post stands in moderation: only PUBLISHED posts are shown to everyone. */
public enum Visibility {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED
}
