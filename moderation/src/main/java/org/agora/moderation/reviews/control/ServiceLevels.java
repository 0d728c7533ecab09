package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.ServiceLevel;
import org.agora.moderation.reviews.entity.ServiceLevel.Figures;
import org.agora.moderation.reviews.entity.Source;

/**
 * The queue's service levels: how many items wait and for how long the oldest, and the time from
 * opening an item to its decision (median and 90th percentile) over a window, per source. An item
 * is decided once (an appeal or new flags open a new one), so its decision is its first.
 */
@ApplicationScoped
public class ServiceLevels {

    public static final int DAYS_MAX = 365;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** For moderators and admins: the figures with decisions of the last {@code days} days. */
    public ServiceLevel measure(Reviewer reviewer, int days) {
        Reviews.requireModerator(reviewer);
        if (days < 1 || days > DAYS_MAX) {
            throw Refusal.invalid("days", "must be 1 to " + DAYS_MAX);
        }
        return measure(Duration.ofDays(days));
    }

    /** The figures, for metrics (not a request: nobody to authorize). */
    public ServiceLevel measure(Duration window) {
        Instant now = clock.instant();
        Map<String, long[]> open = new HashMap<>();
        for (Object row : em.createNativeQuery("select source, count(*), min(created_at) from review_items"
                        + " where state = 'OPEN' group by grouping sets ((source), ())")
                .getResultList()) {
            Object[] r = (Object[]) row;
            Instant oldest = Rows.instant(r[2]);
            open.put((String) r[0], new long[] {
                ((Number) r[1]).longValue(),
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds())
            });
        }
        Map<String, Object[]> decided = new HashMap<>();
        for (Object row : em.createNativeQuery("select source, count(*),"
                        + " percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at)),"
                        + " percentile_cont(0.9) within group (order by extract(epoch from decided_at - created_at))"
                        + " from review_items where state = 'DECIDED' and decided_at >= ?1"
                        + " group by grouping sets ((source), ())")
                .setParameter(1, Timestamp.from(now.minus(window)))
                .getResultList()) {
            Object[] r = (Object[]) row;
            decided.put((String) r[0], r);
        }
        List<Figures> sources = new ArrayList<>();
        for (Source source : Source.values()) {
            sources.add(figures(source.name(), open.get(source.name()), decided.get(source.name())));
        }
        return new ServiceLevel(now, (int) window.toDays(), figures(null, open.get(null), decided.get(null)), sources);
    }

    private static Figures figures(String source, long[] open, Object[] decided) {
        return new Figures(
                source,
                open == null ? 0 : open[0],
                open == null ? 0 : open[1],
                decided == null ? 0 : ((Number) decided[1]).longValue(),
                decided == null ? null : seconds(decided[2]),
                decided == null ? null : seconds(decided[3]));
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
