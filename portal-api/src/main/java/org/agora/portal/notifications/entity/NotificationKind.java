package org.agora.portal.notifications.entity;

/** Why a member is told something. */
public enum NotificationKind {
    NEW_POST,
    COMMENT,
    RESPONSE,
    STATUS,
    MERGE,
    /** Moderation silenced or suspended the member, or lifted it: about no post, with a text. */
    SANCTION
}
