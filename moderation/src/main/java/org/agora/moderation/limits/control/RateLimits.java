package org.agora.moderation.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.limits.entity.RateDecision;
import org.agora.moderation.limits.entity.Usage;
import org.eclipse.microprofile.config.Config;

/**
 * How often members may post and comment, by trust level. A pure decision on the counts and
 * timestamps the caller supplies; the caller keeps the counters (database or cluster cache) and
 * answers 429 with Retry-After. Staff and profile edits are never limited. Where several limits
 * apply, the answer is the longest wait, so a client that waits that long is let through.
 */
@ApplicationScoped
public class RateLimits {

    private static final Duration DAY = Duration.ofHours(24);

    /**
     * Per-level values are five comma-separated numbers for trust levels 0–4; 0 means no limit.
     *
     * @param firstDayPosts {@code moderation.rate.first-day-posts} (3): posts a level-0 member may
     *     make in the first 24 h after joining
     * @param firstDayComments {@code moderation.rate.first-day-comments} (10)
     * @param postInterval {@code moderation.rate.post-interval} (30,15,0,0,0): seconds between posts
     * @param commentInterval {@code moderation.rate.comment-interval} (10,5,0,0,0)
     * @param postsPerDay {@code moderation.rate.posts-per-day} (10,20,50,0,0): in any 24 h
     * @param commentsPerDay {@code moderation.rate.comments-per-day} (50,100,300,0,0)
     */
    public record Settings(
            int firstDayPosts,
            int firstDayComments,
            int[] postInterval,
            int[] commentInterval,
            int[] postsPerDay,
            int[] commentsPerDay) {

        public static Settings defaults() {
            return from(key -> Optional.empty());
        }

        public static Settings from(Function<String, Optional<String>> lookup) {
            Function<String, Optional<String>> k = key -> lookup.apply("moderation.rate." + key);
            return new Settings(
                    k.apply("first-day-posts")
                            .map(String::strip)
                            .map(Integer::parseInt)
                            .orElse(3),
                    k.apply("first-day-comments")
                            .map(String::strip)
                            .map(Integer::parseInt)
                            .orElse(10),
                    perLevel("post-interval", k.apply("post-interval").orElse("30,15,0,0,0")),
                    perLevel("comment-interval", k.apply("comment-interval").orElse("10,5,0,0,0")),
                    perLevel("posts-per-day", k.apply("posts-per-day").orElse("10,20,50,0,0")),
                    perLevel("comments-per-day", k.apply("comments-per-day").orElse("50,100,300,0,0")));
        }

        private static int[] perLevel(String key, String value) {
            int[] levels = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (levels.length != 5) {
                throw new IllegalArgumentException("moderation.rate." + key + " needs 5 values (levels 0–4): " + value);
            }
            return levels;
        }
    }

    private Settings settings;

    /** For CDI's proxy only. */
    protected RateLimits() {}

    @Inject
    public RateLimits(Config config) {
        this(Settings.from(key -> config.getOptionalValue(key, String.class)));
    }

    public RateLimits(Settings settings) {
        this.settings = settings;
    }

    public static RateLimits withDefaults() {
        return new RateLimits(Settings.defaults());
    }

    /**
     * May this member submit a contribution of this kind now?
     *
     * @param kind post, comment or profile
     * @param trustLevel the member's trust level 0–4
     * @param staff moderators and admins are never limited
     * @param usage the member's account age and recent submissions
     * @param now the time of the submission
     */
    public RateDecision decide(ContributionKind kind, int trustLevel, boolean staff, Usage usage, Instant now) {
        if (staff || kind == ContributionKind.PROFILE) {
            return RateDecision.ALLOWED;
        }
        if (trustLevel < 0 || trustLevel > 4) {
            throw new IllegalArgumentException("trust level must be 0–4: " + trustLevel);
        }
        boolean post = kind == ContributionKind.POST;
        List<Instant> times = (post ? usage.posts() : usage.comments())
                .stream().filter(t -> !t.isAfter(now)).sorted().toList();
        RateDecision decision = RateDecision.ALLOWED;

        int interval = (post ? settings.postInterval() : settings.commentInterval())[trustLevel];
        if (interval > 0 && !times.isEmpty()) {
            Instant next = times.get(times.size() - 1).plusSeconds(interval);
            decision = longer(decision, wait(now, next), "rate.interval", interval);
        }

        Instant firstDayEnds = usage.accountCreated().plus(DAY);
        int firstDay = post ? settings.firstDayPosts() : settings.firstDayComments();
        if (trustLevel == 0 && firstDay > 0 && now.isBefore(firstDayEnds)) {
            long count = times.stream()
                    .filter(t -> !t.isBefore(usage.accountCreated()))
                    .count();
            if (count >= firstDay) {
                decision = longer(decision, wait(now, firstDayEnds), "rate.first-day", firstDay);
            }
        }

        int perDay = (post ? settings.postsPerDay() : settings.commentsPerDay())[trustLevel];
        if (perDay > 0) {
            List<Instant> window =
                    times.stream().filter(t -> t.isAfter(now.minus(DAY))).toList();
            if (window.size() >= perDay) {
                Instant freed = window.get(window.size() - perDay).plus(DAY);
                decision = longer(decision, wait(now, freed), "rate.per-day", perDay);
            }
        }
        return decision;
    }

    private static long wait(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static RateDecision longer(RateDecision current, long seconds, String reason, int limit) {
        if (seconds <= 0 || seconds <= current.retryAfterSeconds()) {
            return current;
        }
        return RateDecision.retryAfter(seconds, reason, limit);
    }
}
