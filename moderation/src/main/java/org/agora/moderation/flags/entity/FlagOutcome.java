package org.agora.moderation.flags.entity;

import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.entity.Reasons;

/**
 * What a new flag does: refused (with a reason code and, for a re-flag, when it may be tried
 * again) or accepted with its score, the target's total score, and whether the target is hidden
 * pending review.
 *
 * @param accepted whether the flag counts
 * @param refusal {@code flag.own-contribution}, {@code flag.trust-too-low},
 *     {@code flag.duplicate-needs-target}, {@code flag.other-needs-text}, {@code flag.again-too-soon};
 *     {@code null} when accepted
 * @param retryAfterSeconds for {@code flag.again-too-soon}: seconds until the member may flag this
 *     target again; else 0
 * @param score the flag's score
 * @param totalScore the target's score with this flag (each flagger counted once)
 * @param hide whether the target is hidden until a moderator decides
 */
public record FlagOutcome(
        boolean accepted, String refusal, long retryAfterSeconds, int score, int totalScore, boolean hide) {

    public static FlagOutcome refused(String refusal, long retryAfterSeconds) {
        return new FlagOutcome(false, refusal, retryAfterSeconds, 0, 0, false);
    }

    public static FlagOutcome accepted(int score, int totalScore, boolean hide) {
        return new FlagOutcome(true, null, 0, score, totalScore, hide);
    }

    /** Why the flag was refused, in the reader's language; empty when accepted. */
    public String reason(Locale locale) {
        if (accepted) {
            return "";
        }
        long hours = (retryAfterSeconds + 3599) / 3600;
        return Reasons.text(refusal, List.of(Long.toString(hours)), locale);
    }
}
