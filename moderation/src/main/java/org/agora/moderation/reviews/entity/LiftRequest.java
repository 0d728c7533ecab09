package org.agora.moderation.reviews.entity;

/** A moderator ends a member's sanctions early (only one kind with {@code kind}), with a reason. */
public class LiftRequest {

    /** SILENCE or SUSPEND; empty: every sanction in force. */
    public String kind;

    public String reason;

    public Integer version;
}
