package org.agora.moderation.triage.entity;

import java.time.Instant;

/** One vote as scoring sees it: when it was cast and the weight of the voter's customer segment (1 without one). */
public record Vote(Instant at, double weight) {}
