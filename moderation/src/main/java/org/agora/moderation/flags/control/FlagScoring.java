package org.agora.moderation.flags.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.agora.moderation.flags.entity.Flag;
import org.agora.moderation.flags.entity.FlagKind;
import org.agora.moderation.flags.entity.FlagOutcome;
import org.eclipse.microprofile.config.Config;

/**
 * Scores community flags, after Discourse: a flag weighs 1 + the flagger's trust level (staff 5);
 * when the open flags on a contribution reach the threshold (default 8, about three established
 * members) it is hidden until a moderator decides; a spam flag by a trusted member on a new
 * member's contribution hides it at once. Each flagger counts once per target (their latest flag),
 * so nobody can hide a post alone by flagging it every day; and nobody may flag the same target
 * again within 24 h.
 */
@ApplicationScoped
public class FlagScoring {

    /**
     * @param hideThreshold {@code moderation.flags.hide-threshold} (8)
     * @param minTrust {@code moderation.flags.min-trust} (1): lowest level that may flag (staff always)
     * @param staffScore {@code moderation.flags.staff-score} (5)
     * @param trustedLevel {@code moderation.flags.trusted-level} (3): whose spam flag on a level-0
     *     member's contribution hides it at once (staff too)
     * @param reflagAfter {@code moderation.flags.reflag-after} (PT24H)
     */
    public record Settings(int hideThreshold, int minTrust, int staffScore, int trustedLevel, Duration reflagAfter) {

        public static Settings defaults() {
            return from(key -> Optional.empty());
        }

        public static Settings from(Function<String, Optional<String>> lookup) {
            Function<String, Optional<String>> k = key -> lookup.apply("moderation.flags." + key);
            return new Settings(
                    k.apply("hide-threshold").map(Integer::parseInt).orElse(8),
                    k.apply("min-trust").map(Integer::parseInt).orElse(1),
                    k.apply("staff-score").map(Integer::parseInt).orElse(5),
                    k.apply("trusted-level").map(Integer::parseInt).orElse(3),
                    k.apply("reflag-after").map(Duration::parse).orElse(Duration.ofHours(24)));
        }
    }

    private Settings settings;

    /** For CDI's proxy only. */
    protected FlagScoring() {}

    @Inject
    public FlagScoring(Config config) {
        this(Settings.from(key -> config.getOptionalValue(key, String.class)));
    }

    public FlagScoring(Settings settings) {
        this.settings = settings;
    }

    public static FlagScoring withDefaults() {
        return new FlagScoring(Settings.defaults());
    }

    /** What one flag weighs: 1 + the flagger's trust level, staff the staff score. */
    public int scoreOf(Flag flag) {
        return flag.staff() ? settings.staffScore() : 1 + flag.flaggerTrust();
    }

    /**
     * Decides a new flag.
     *
     * @param flag the new flag
     * @param authorId the flagged contribution's author
     * @param authorTrust the author's trust level
     * @param earlier the flags on the same target that no moderator has resolved yet, plus any of
     *     this flagger's within the re-flag period
     */
    public FlagOutcome decide(Flag flag, long authorId, int authorTrust, List<Flag> earlier) {
        if (flag.flaggerId() == authorId) {
            return FlagOutcome.refused("flag.own-contribution", 0);
        }
        if (!flag.staff() && flag.flaggerTrust() < settings.minTrust()) {
            return FlagOutcome.refused("flag.trust-too-low", 0);
        }
        if (flag.kind() == FlagKind.DUPLICATE && flag.duplicateOf() == null) {
            return FlagOutcome.refused("flag.duplicate-needs-target", 0);
        }
        if (flag.kind() == FlagKind.OTHER && flag.text().isEmpty()) {
            return FlagOutcome.refused("flag.other-needs-text", 0);
        }
        Optional<Instant> last = earlier.stream()
                .filter(f -> f.flaggerId() == flag.flaggerId())
                .map(Flag::at)
                .max(Instant::compareTo);
        if (last.isPresent()) {
            Instant allowedFrom = last.get().plus(settings.reflagAfter());
            if (flag.at().isBefore(allowedFrom)) {
                long wait = Duration.between(flag.at(), allowedFrom).toMillis();
                return FlagOutcome.refused("flag.again-too-soon", (wait + 999) / 1000);
            }
        }
        Map<Long, Integer> byFlagger = new HashMap<>();
        for (Flag f : earlier.stream()
                .sorted(java.util.Comparator.comparing(Flag::at))
                .toList()) {
            byFlagger.merge(f.flaggerId(), scoreOf(f), (a, b) -> b);
        }
        int score = scoreOf(flag);
        byFlagger.put(flag.flaggerId(), score);
        int total = byFlagger.values().stream().mapToInt(Integer::intValue).sum();
        boolean trustedSpamOnNewMember = flag.kind() == FlagKind.SPAM
                && authorTrust == 0
                && (flag.staff() || flag.flaggerTrust() >= settings.trustedLevel());
        return FlagOutcome.accepted(score, total, total >= settings.hideThreshold() || trustedSpamOnNewMember);
    }
}
