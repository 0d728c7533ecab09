package org.agora.moderation.teams.entity;

import java.time.Instant;

/** A freshly generated secret, shown this once; the previous one stays valid until {@code previousUntil}. */
public record SecretIssued(String secret, String hint, Instant previousUntil) {}
