package org.agora.moderation.reviews.entity;

import java.time.Instant;

/** An open review item that waits longer than it should; moderators are reminded of it once. */
public record Overdue(long itemId, TargetType type, long targetId, long postId, Instant openedAt) {}
