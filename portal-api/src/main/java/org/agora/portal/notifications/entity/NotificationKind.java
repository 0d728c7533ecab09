package org.agora.portal.notifications.entity;

/** Why a member is told something. */
public enum NotificationKind {
    NEW_POST,
    COMMENT,
    RESPONSE,
    STATUS,
    MERGE,
    /** To the author: a moderator approved their held contribution. */
    APPROVED,
    /** To the author, with the moderator's reason. */
    REJECTED,
    /** To the author, with the reason (a moderator's, or the community's flags). */
    HIDDEN,
    /** To the author: their hidden contribution is public again. */
    RESTORED,
    /** To moderators: a review item waits longer than {@code moderation.sla.remind-after}. */
    REVIEW_OVERDUE,
    /** To voters: the idea shipped; did it solve their problem? ({@code PUT /api/posts/{id}/solved}) */
    SOLVED_QUESTION,
    /** Moderation silenced or suspended the member, or lifted it: about no post, with a text. */
    SANCTION
}
