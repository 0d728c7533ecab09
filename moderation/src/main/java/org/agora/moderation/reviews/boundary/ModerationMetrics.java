package org.agora.moderation.reviews.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.moderation.reviews.control.ServiceLevels;
import org.agora.moderation.reviews.entity.ServiceLevel;
import org.agora.moderation.reviews.entity.ServiceLevel.Figures;
import org.agora.moderation.reviews.entity.Source;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The queue's service levels as MicroProfile Metrics gauges (application scope), tagged by source
 * ({@code all} for the total), over the default window of 30 days. One scrape measures once, and
 * the figures are reused for a few seconds so that scrapes and dashboards cost the database little.
 */
@ApplicationScoped
public class ModerationMetrics {

    private static final Logger LOG = Logger.getLogger(ModerationMetrics.class.getName());
    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Duration REUSE = Duration.ofSeconds(10);

    @Inject
    ServiceLevels levels;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private volatile ServiceLevel last;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("moderation_open_items", "Open review items", f -> (double) f.open());
        gauge("moderation_oldest_open_seconds", "Age of the oldest open review item (0 without any)", f ->
                (double) f.oldestOpenSeconds());
        gauge(
                "moderation_first_decision_median_seconds",
                "Median time from opening a review item to its decision, last 30 days (NaN without decisions)",
                f -> seconds(f.firstDecisionMedianSeconds()));
        gauge(
                "moderation_first_decision_p90_seconds",
                "90th percentile of the time from opening a review item to its decision, last 30 days",
                f -> seconds(f.firstDecisionP90Seconds()));
    }

    private void gauge(String name, String description, Function<Figures, Double> value) {
        Metadata metadata =
                Metadata.builder().withName(name).withDescription(description).build();
        registry.gauge(metadata, figure(null, value), new Tag("source", "all"));
        for (Source source : Source.values()) {
            registry.gauge(metadata, figure(source, value), new Tag("source", source.name()));
        }
    }

    private Supplier<Double> figure(Source source, Function<Figures, Double> value) {
        return () -> {
            ServiceLevel level = current();
            if (level == null) {
                return Double.NaN;
            }
            Figures figures = source == null
                    ? level.total()
                    : level.sources().stream()
                            .filter(f -> source.name().equals(f.source()))
                            .findFirst()
                            .orElseThrow();
            return value.apply(figures);
        };
    }

    private ServiceLevel current() {
        ServiceLevel level = last;
        Instant now = clock.instant();
        if (level == null || level.asOf().plus(REUSE).isBefore(now)) {
            try {
                level = levels.measure(WINDOW);
                last = level;
            } catch (RuntimeException e) {
                // a scrape before the schema exists, or with the database away, shows NaN rather than failing
                LOG.log(Level.FINE, "service levels not measured", e);
                return null;
            }
        }
        return level;
    }

    private static Double seconds(Long value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
