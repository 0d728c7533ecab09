package org.agora.moderation.reviews.entity;

/** What a sanction takes from a member for its time. */
public enum SanctionKind {
    /** The member signs in and reads, but does not post, comment, vote or flag. */
    SILENCE,
    /** The member reads and sees their own account, nothing else (the member's status SUSPENDED). */
    SUSPEND
}
