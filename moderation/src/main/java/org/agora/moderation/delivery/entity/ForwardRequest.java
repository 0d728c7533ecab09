package org.agora.moderation.delivery.entity;

/**
 * Forward an idea to its area's team, with an optional note for the team; {@code version} is the
 * triage version read (left out or 0 for an idea not forwarded yet; a stale one answers 409).
 */
public class ForwardRequest {

    public String note;

    public Integer version;
}
