package org.agora.moderation.delivery.entity;

import java.time.Instant;

/** One try to deliver; no duration and no outcome: the worker stopped during it. */
public record AttemptView(Instant startedAt, Integer durationMs, Integer statusCode, String error) {}
