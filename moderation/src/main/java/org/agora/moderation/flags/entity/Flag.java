package org.agora.moderation.flags.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's flag on a contribution.
 *
 * @param flaggerId the flagging member's id
 * @param flaggerTrust their trust level 0–4
 * @param staff whether they are a moderator or admin
 * @param kind why
 * @param duplicateOf for {@link FlagKind#DUPLICATE}: the id of the original post, else {@code null}
 * @param text for {@link FlagKind#OTHER}: what is wrong, else optional
 * @param at when
 */
public record Flag(
        long flaggerId, int flaggerTrust, boolean staff, FlagKind kind, Long duplicateOf, String text, Instant at) {

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (flaggerTrust < 0 || flaggerTrust > 4) {
            throw new IllegalArgumentException("trust level must be 0–4: " + flaggerTrust);
        }
        text = text == null ? "" : text.strip();
    }

    public static Flag of(long flaggerId, int flaggerTrust, FlagKind kind, Instant at) {
        return new Flag(flaggerId, flaggerTrust, false, kind, null, null, at);
    }

    public static Flag byStaff(long flaggerId, FlagKind kind, Instant at) {
        return new Flag(flaggerId, 4, true, kind, null, null, at);
    }
}
