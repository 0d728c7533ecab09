package org.agora.moderation.triage.entity;

import java.time.Instant;

/** An internal note on an idea in triage. */
public record Note(long id, long author, String body, Instant at) {}
