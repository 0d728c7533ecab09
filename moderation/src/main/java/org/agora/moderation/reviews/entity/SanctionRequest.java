package org.agora.moderation.reviews.entity;

/**
 * A moderator silences or suspends a member, based on the member version they read.
 *
 * <p>{@code duration} is optional: without it the sanction escalates with the member's earlier
 * ones (24 h, 72 h, 7 d, then 30 d); with it, e.g. {@code 72h}, {@code 7d} or ISO-8601 {@code P7D}.
 */
public class SanctionRequest {

    /** SILENCE or SUSPEND. */
    public String kind;

    /** Required: the member reads it. */
    public String reason;

    public String duration;

    public Integer version;
}
