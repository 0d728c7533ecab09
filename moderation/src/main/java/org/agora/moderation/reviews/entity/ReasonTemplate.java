package org.agora.moderation.reviews.entity;

/** A ready-made reason for a rejection: its code (sent with the decision) and its text in the reader's language. */
public record ReasonTemplate(String code, String text) {}
