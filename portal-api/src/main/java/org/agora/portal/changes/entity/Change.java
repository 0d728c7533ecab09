package org.agora.portal.changes.entity;

import java.time.Instant;

/**
 * One entry of the change log. {@code tx} and {@code seq} order it: the id of the writing
 * transaction first, the sequence within it second. Related ids may be null.
 */
public record Change(
        long tx, long seq, ChangeKind kind, Long postId, Long commentId, Long actorId, Instant createdAt) {}
