package org.agora.moderation.flags.entity;

/** A member's flag as sent: {@code kind}, the original for DUPLICATE, a text (required for OTHER). */
public class FlagRequest {

    public String kind;

    public Long duplicateOf;

    public String text;
}
