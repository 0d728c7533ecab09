package org.agora.moderation.reviews.entity;

/** A moderator's decision on one item, based on the version they read. A class: see portal-api's NewPost. */
public class DecisionRequest {

    /** APPROVE, REJECT, HIDE or RESTORE. */
    public String decision;

    /** Required for REJECT: the author reads it. */
    public String reason;

    public Integer version;
}
