package org.agora.moderation.flags.entity;

/**
 * A flag that counted: its id and score, the target's open score, and whether the target is now
 * hidden pending review.
 */
public record FlagReceipt(long id, int score, int totalScore, boolean hidden) {}
