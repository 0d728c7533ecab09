package org.agora.portal.votes.entity;

import java.time.Instant;

/** One vote cast or withdrawn by staff on a customer's behalf. */
public record VoteAuditEntry(long memberId, String action, long actedBy, String channel, String note, Instant at) {}
