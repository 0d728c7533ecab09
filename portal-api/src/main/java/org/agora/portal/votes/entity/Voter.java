package org.agora.portal.votes.entity;

import java.time.Instant;

/** A vote as staff see it: whose it is and, when staff cast it for the member, who, how and why. */
public record Voter(long memberId, String displayName, Instant votedAt, Long castBy, String channel, String note) {}
