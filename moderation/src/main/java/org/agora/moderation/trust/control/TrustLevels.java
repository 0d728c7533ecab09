package org.agora.moderation.trust.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.agora.moderation.trust.entity.Activity;
import org.eclipse.microprofile.config.Config;

/**
 * Trust levels 0–4 from activity, after Discourse: 0 new, 1 basic, 2 member, 3 regular, 4 leader.
 * Levels 1–3 are earned by reaching every requirement of the level (days active, approved
 * contributions, votes received) without more upheld flags against than it tolerates; level 4 is
 * only given by staff. A manual level wins both ways (promote a known customer, demote a troll).
 *
 * <p>Configuration: one value per level 1, 2, 3, comma-separated —
 * {@code moderation.trust.days-active} (1,10,50), {@code moderation.trust.approved} (1,5,25),
 * {@code moderation.trust.votes-received} (0,5,30), {@code moderation.trust.max-upheld-flags}
 * (2,1,0).
 */
@ApplicationScoped
public class TrustLevels {

    /** Requirements for levels 1, 2, 3 (index 0, 1, 2). */
    public record Requirements(int[] daysActive, int[] approved, int[] votesReceived, int[] maxUpheldFlags) {

        public static Requirements defaults() {
            return from(key -> Optional.empty());
        }

        public static Requirements from(Function<String, Optional<String>> lookup) {
            Function<String, Function<String, int[]>> list = key -> fallback ->
                    parse(key, lookup.apply("moderation.trust." + key).orElse(fallback));
            return new Requirements(
                    list.apply("days-active").apply("1,10,50"),
                    list.apply("approved").apply("1,5,25"),
                    list.apply("votes-received").apply("0,5,30"),
                    list.apply("max-upheld-flags").apply("2,1,0"));
        }

        private static int[] parse(String key, String value) {
            int[] levels = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (levels.length != 3) {
                throw new IllegalArgumentException(
                        "moderation.trust." + key + " needs 3 values (levels 1–3): " + value);
            }
            return levels;
        }
    }

    private Requirements requirements;

    /** For CDI's proxy only. */
    protected TrustLevels() {}

    @Inject
    public TrustLevels(Config config) {
        this(Requirements.from(key -> config.getOptionalValue(key, String.class)));
    }

    public TrustLevels(Requirements requirements) {
        this.requirements = requirements;
    }

    public static TrustLevels withDefaults() {
        return new TrustLevels(Requirements.defaults());
    }

    /** The member's trust level, 0–4. */
    public int levelOf(Activity activity) {
        if (activity.manualLevel() != null) {
            return activity.manualLevel();
        }
        int level = 0;
        for (int l = 1; l <= 3; l++) {
            int i = l - 1;
            boolean earned = activity.daysActive() >= requirements.daysActive()[i]
                    && activity.approvedContributions() >= requirements.approved()[i]
                    && activity.votesReceived() >= requirements.votesReceived()[i]
                    && activity.upheldFlagsAgainst() <= requirements.maxUpheldFlags()[i];
            if (!earned) {
                break;
            }
            level = l;
        }
        return level;
    }
}
