package org.agora.moderation.reviews.entity;

import java.time.Instant;

/**
 * Fired synchronously inside the transaction that sanctioned a member or lifted a sanction:
 * portal-api observes it, restricts (or frees) the member and tells them in their inbox, in the
 * same transaction.
 *
 * @param memberId the member
 * @param kind what is taken or given back
 * @param until when the sanction ends; {@code null} when it was lifted
 * @param reason the moderator's reason, which the member reads
 * @param actorId the moderator
 */
public record Sanctioned(long memberId, SanctionKind kind, Instant until, String reason, long actorId) {

    public boolean lifted() {
        return until == null;
    }
}
