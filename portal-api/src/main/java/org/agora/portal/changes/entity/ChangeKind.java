package org.agora.portal.changes.entity;

/** What happened; consumers decide what each kind means to them. */
public enum ChangeKind {
    POST_SUBMITTED,
    POST_EDITED,
    POST_DELETED,
    POST_STATUS_CHANGED,
    POST_VOTED,
    POST_MERGED,
    POST_UNMERGED,
    COMMENT_ADDED,
    COMMENT_EDITED,
    COMMENT_DELETED,
    /** A held post was published by a moderator: for readers it is new now. */
    POST_APPROVED,
    /** A post's moderation state changed otherwise (hidden, rejected, restored, held after an edit). */
    POST_MODERATED,
    COMMENT_MODERATED,
    MEMBER_ANONYMISED,
    /** A review item of this post (or comment) waits longer than it should: moderators are reminded. */
    REVIEW_OVERDUE,
    /** A product manager forwarded the idea to its team: the delivery worker is woken. */
    POST_FORWARDED
}
