package org.agora.moderation.reviews.entity;

/** Staff set a member's trust level (0–4), or clear the override with {@code null}; the reason is logged. */
public class TrustRequest {

    public Integer level;

    public String reason;
}
