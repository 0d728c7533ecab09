package org.agora.moderation.triage.entity;

/** How one item of a bulk action went: its HTTP-like status, the new version, or why not. */
public record BulkResult(long post, int status, Integer version, String problem, String detail) {}
