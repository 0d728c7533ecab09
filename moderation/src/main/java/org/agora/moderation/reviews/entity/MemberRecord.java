package org.agora.moderation.reviews.entity;

import java.time.Instant;
import java.util.List;
import org.agora.moderation.reviews.entity.ReviewItemView.FlagView;

/**
 * A member as a moderator sees them before acting: trust, sanctions in force and in the past,
 * flags on the member and upheld against their contributions, and what they wrote lately.
 *
 * @param version the member's version; a sanction or lift sends it back
 * @param sanctions newest first
 * @param flags flags on the member themselves
 * @param upheldFlags flags against their contributions (and them) that moderators upheld
 */
public record MemberRecord(
        long id,
        String displayName,
        int trustLevel,
        Integer trustOverride,
        int version,
        Instant silencedUntil,
        Instant suspendedUntil,
        List<SanctionView> sanctions,
        List<FlagView> flags,
        long upheldFlags,
        Contributions contributions) {}
