package org.agora.moderation.checks.entity;

/** What a member wrote: a post (idea, experience, criticism), a comment, or their profile text. */
public enum ContributionKind {
    POST,
    COMMENT,
    PROFILE
}
