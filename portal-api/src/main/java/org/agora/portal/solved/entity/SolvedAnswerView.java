package org.agora.portal.solved.entity;

import java.time.Instant;

/** One voter's answer as staff read it. */
public record SolvedAnswerView(long memberId, String displayName, boolean solved, String comment, Instant answeredAt) {}
