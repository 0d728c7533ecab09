package org.agora.moderation.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(3));

    /** With the random number at its top the wait is the ceiling: doubling from the base up to the cap. */
    @ParameterizedTest
    @CsvSource({"1, 10", "2, 20", "3, 40", "4, 80", "9, 2560", "10, 3600", "40, 3600", "100, 3600", "0, 10"})
    void theCeilingDoublesUpToTheCap(int attempts, long seconds) {
        Instant now = START.plusSeconds(60);
        assertEquals(now.plusSeconds(seconds), backoff.next(attempts, now, START, () -> 1.0));
    }

    /** Full jitter: anywhere between no wait and the ceiling. */
    @Test
    void theWaitIsAFractionOfTheCeiling() {
        assertEquals(START.plusSeconds(20), backoff.next(3, START, START, () -> 0.5));
        assertEquals(START, backoff.next(3, START, START, () -> 0.0));
        assertEquals(START.plusMillis(2_500), backoff.next(1, START, START, () -> 0.25));
    }

    @Test
    void pastTheMaximumAgeTheDeliveryIsDead() {
        assertNull(backoff.next(5, START.plus(Duration.ofDays(3)), START, () -> 0.5));
        assertEquals(
                START.plus(Duration.ofDays(3)).minusSeconds(1).plusSeconds(80),
                backoff.next(4, START.plus(Duration.ofDays(3)).minusSeconds(1), START, () -> 1.0));
    }
}
