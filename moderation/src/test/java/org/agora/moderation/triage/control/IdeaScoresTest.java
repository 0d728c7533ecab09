package org.agora.moderation.triage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.moderation.triage.entity.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdeaScoresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration MONTH = Duration.ofDays(30);

    private static Vote vote(long daysAgo, double weight) {
        return new Vote(CLOCK.instant().minus(Duration.ofDays(daysAgo)), weight);
    }

    @ParameterizedTest(name = "a vote {0} days old with weight {1} counts {2}")
    @CsvSource({"0, 1, 1", "30, 1, 0.5", "60, 1, 0.25", "90, 1, 0.125", "15, 1, 0.707", "0, 3, 3", "30, 2.5, 1.25"})
    void oneVoteDecaysByHalfEachHalfLife(long daysAgo, double weight, double expected) {
        assertEquals(expected, IdeaScores.score(List.of(vote(daysAgo, weight)), CLOCK.instant(), MONTH));
    }

    @Test
    void votesAddUp() {
        List<Vote> votes = List.of(vote(0, 1), vote(0, 1), vote(30, 1), vote(60, 4));
        assertEquals(1 + 1 + 0.5 + 1, IdeaScores.score(votes, CLOCK.instant(), MONTH));
        assertEquals(0, IdeaScores.score(List.of(), CLOCK.instant(), MONTH));
    }

    @Test
    void aVoteFromTheFutureCountsAsFresh() {
        Vote ahead = new Vote(CLOCK.instant().plusSeconds(5), 1);
        assertEquals(1, IdeaScores.score(List.of(ahead), CLOCK.instant(), MONTH));
    }

    @Test
    void aShorterHalfLifeForgetsFaster() {
        List<Vote> votes = List.of(vote(7, 1));
        assertEquals(0.5, IdeaScores.score(votes, CLOCK.instant(), Duration.ofDays(7)));
        assertEquals(0.851, IdeaScores.score(votes, CLOCK.instant(), MONTH));
        assertThrows(IllegalArgumentException.class, () -> IdeaScores.score(votes, CLOCK.instant(), Duration.ZERO));
    }

    @Test
    void theThresholdIsReachedAtEquality() {
        assertTrue(IdeaScores.crosses(5, 5.0));
        assertTrue(IdeaScores.crosses(5.001, 5.0));
        assertFalse(IdeaScores.crosses(4.999, 5.0));
        assertFalse(IdeaScores.crosses(1000, null), "an area without a threshold has no automatic queue");
    }
}
