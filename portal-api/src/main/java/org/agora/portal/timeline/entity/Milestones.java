package org.agora.portal.timeline.entity;

import java.time.Instant;
import java.util.List;

/**
 * Vote milestones of a post: it reached {@code m} votes when its {@code m}-th vote (in time order)
 * was cast. Derived from the votes that stand now, so a milestone reached and later lost to withdrawn
 * votes is not shown, and one reached again shows the time of the vote that now makes the count.
 */
public final class Milestones {

    public static final List<Integer> COUNTS = List.of(10, 50, 100, 500, 1000);

    /** No milestone needs more votes than this: the earliest this many votes are all it takes. */
    public static final int LARGEST = COUNTS.get(COUNTS.size() - 1);

    public record Reached(int votes, Instant at) {}

    private Milestones() {}

    /** The milestones reached by votes cast at these times (in any order), earliest first. */
    public static List<Reached> reached(List<Instant> voteTimes) {
        List<Instant> sorted = voteTimes.stream().sorted().toList();
        return COUNTS.stream()
                .filter(m -> m <= sorted.size())
                .map(m -> new Reached(m, sorted.get(m - 1)))
                .toList();
    }
}
