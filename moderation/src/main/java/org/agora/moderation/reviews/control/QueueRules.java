package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.TargetType;
import org.eclipse.microprofile.config.Config;

/**
 * The queue's rules that do not need the database: the order of the items, how long a claim
 * lasts, and what a reviewer may decide about an item now.
 *
 * <p><b>Priority</b> = score + hours waiting × {@code moderation.queue.age-weight} (default 1: an
 * item gains a point for every hour it waits, so an automatic hold, score 10, that has waited ten
 * hours ranks with a fresh one of score 20). Hours waiting count from the item's opening. As every
 * item ages at the same pace, the order only changes where scores differ; the weight says how many
 * hours of waiting make up for one point of score.
 *
 * <p><b>Actions</b> (after Discourse's reviewables, computed per reviewer and request): nothing on a
 * decided item, on an appeal against the reviewer's own decision, or on an item another moderator
 * has claimed; otherwise by the contribution's state — approve (also with trust, or after an edit)
 * what is held, public or rejected; restore only what is hidden; hide what is not rejected; reject
 * anything; ignore flags only while flags are open on public or hidden content; merge posts only.
 */
@ApplicationScoped
public class QueueRules {

    /**
     * @param ageWeight {@code moderation.queue.age-weight} (1.0): points of priority per hour waited
     * @param claimFor {@code moderation.queue.claim-duration} (PT15M): how long a claim holds
     */
    public record Settings(double ageWeight, Duration claimFor) {

        public Settings {
            if (!(ageWeight >= 0) || Double.isInfinite(ageWeight)) {
                throw new IllegalArgumentException("moderation.queue.age-weight must be 0 or more: " + ageWeight);
            }
            if (claimFor.isNegative() || claimFor.isZero()) {
                throw new IllegalArgumentException("moderation.queue.claim-duration must be positive: " + claimFor);
            }
        }

        public static Settings defaults() {
            return from(key -> Optional.empty());
        }

        public static Settings from(Function<String, Optional<String>> lookup) {
            Function<String, Optional<String>> k = key -> lookup.apply("moderation.queue." + key);
            return new Settings(
                    k.apply("age-weight").map(Double::parseDouble).orElse(1.0),
                    k.apply("claim-duration").map(Duration::parse).orElse(Duration.ofMinutes(15)));
        }
    }

    /**
     * What the actions depend on.
     *
     * @param open the item waits for a decision
     * @param content the contribution's state, {@code null} when it no longer exists
     * @param appealOfDecider who decided before, when the item is an appeal
     * @param claimedBy who claimed the item (the claim may have ended)
     * @param openFlags whether flags on the contribution wait for a decision
     */
    public record Facts(
            boolean open,
            TargetType type,
            ContentState content,
            Long appealOfDecider,
            Long claimedBy,
            Instant claimedUntil,
            boolean openFlags) {}

    private Settings settings;

    /** For CDI's proxy only. */
    protected QueueRules() {}

    @Inject
    public QueueRules(Config config) {
        this(Settings.from(key -> config.getOptionalValue(key, String.class)));
    }

    public QueueRules(Settings settings) {
        this.settings = settings;
    }

    public static QueueRules withDefaults() {
        return new QueueRules(Settings.defaults());
    }

    public Settings settings() {
        return settings;
    }

    /** Score + hours waiting × weight, rounded to hundredths for display (the queue orders by the same sum). */
    public double priority(int score, Instant openedAt, Instant now) {
        double hours = Math.max(0, Duration.between(openedAt, now).toMillis()) / 3_600_000.0;
        return Math.round((score + hours * settings.ageWeight()) * 100) / 100.0;
    }

    /**
     * The same sum in SQL over {@code review_items}, for {@code order by}; {@code ?now} and
     * {@code ?weight} are the query's parameters of those names.
     */
    static String prioritySql(int now, int weight) {
        return "(score + greatest(0, extract(epoch from (cast(?" + now + " as timestamptz) - created_at)))"
                + " / 3600.0 * ?" + weight + ")";
    }

    public Instant claimEnds(Instant now) {
        return now.plus(settings.claimFor());
    }

    /** Whether someone other than the reviewer holds a claim that has not ended. */
    public static boolean claimedByOther(Long claimedBy, Instant claimedUntil, long reviewerId, Instant now) {
        return claimedBy != null && claimedBy != reviewerId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** What this reviewer may decide about the item now, in the order a console shows them. */
    public List<Decision> actions(Facts item, long reviewerId, Instant now) {
        if (!item.open()
                || (item.appealOfDecider() != null && item.appealOfDecider() == reviewerId)
                || claimedByOther(item.claimedBy(), item.claimedUntil(), reviewerId, now)) {
            return List.of();
        }
        ContentState content = item.content();
        if (item.type() == TargetType.MEMBER) {
            // a flagged member: the flags were wrong, or the member is sanctioned
            return List.of(Decision.IGNORE_FLAGS, Decision.SILENCE_AUTHOR, Decision.SUSPEND_AUTHOR);
        }
        List<Decision> actions = new ArrayList<>();
        boolean held = content == ContentState.PENDING;
        boolean published = content == ContentState.PUBLISHED;
        boolean hidden = content == ContentState.HIDDEN;
        boolean rejected = content == ContentState.REJECTED;
        if (held || published || rejected) {
            actions.add(Decision.APPROVE);
            actions.add(Decision.APPROVE_AND_TRUST);
        }
        if (hidden) {
            actions.add(Decision.RESTORE);
        }
        if (content != null) {
            actions.add(Decision.EDIT_AND_APPROVE);
        }
        actions.add(Decision.REJECT);
        if (!rejected) {
            actions.add(Decision.HIDE);
        }
        if (item.openFlags() && (published || hidden)) {
            actions.add(Decision.IGNORE_FLAGS);
        }
        if (item.type() == TargetType.POST && content != null) {
            actions.add(Decision.MERGE);
        }
        actions.add(Decision.SILENCE_AUTHOR);
        actions.add(Decision.SUSPEND_AUTHOR);
        return List.copyOf(actions);
    }
}
