package org.agora.moderation.reviews.entity;

import java.time.Instant;
import java.util.List;

/**
 * How fast the queue is worked: now, and over a window of past days.
 *
 * @param asOf when it was measured
 * @param windowDays decisions of the last this many days count
 * @param total all sources together
 * @param sources one line per source (every source, also without items)
 */
public record ServiceLevel(Instant asOf, int windowDays, Figures total, List<Figures> sources) {

    /**
     * @param source {@code null} for the total
     * @param open open items
     * @param oldestOpenSeconds age of the oldest open item, 0 without any
     * @param decided items decided in the window
     * @param firstDecisionMedianSeconds median time from opening to decision in the window, null without decisions
     * @param firstDecisionP90Seconds its 90th percentile
     */
    public record Figures(
            String source,
            long open,
            long oldestOpenSeconds,
            long decided,
            Long firstDecisionMedianSeconds,
            Long firstDecisionP90Seconds) {}
}
