package org.agora.moderation.reviews.entity;

/** What a review item, a flag or a log entry is about. Members, areas and teams appear only in the log. */
public enum TargetType {
    POST,
    COMMENT,
    MEMBER,
    AREA,
    TEAM
}
