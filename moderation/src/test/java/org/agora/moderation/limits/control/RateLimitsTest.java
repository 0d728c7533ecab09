package org.agora.moderation.limits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.limits.entity.RateDecision;
import org.agora.moderation.limits.entity.Usage;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    /** A new customer signed up at 08:00. */
    static final Instant SIGNED_UP = Instant.parse("2026-11-24T08:00:00Z");

    private final RateLimits limits = RateLimits.withDefaults();

    private static List<Instant> every(Duration gap, int n, Instant from) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(from.plus(gap.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void aNewCustomerMayPostThreeTimesOnTheFirstDayThenWaitsForItsEnd() {
        Instant now = SIGNED_UP.plus(Duration.ofHours(2));
        Usage two = new Usage(SIGNED_UP, every(Duration.ofMinutes(10), 2, SIGNED_UP), List.of());
        assertTrue(limits.decide(ContributionKind.POST, 0, false, two, now).allowed());
        Usage three = new Usage(SIGNED_UP, every(Duration.ofMinutes(10), 3, SIGNED_UP), List.of());
        RateDecision fourth = limits.decide(ContributionKind.POST, 0, false, three, now);
        assertFalse(fourth.allowed());
        assertEquals("rate.first-day", fourth.reasonCode());
        assertEquals(Duration.ofHours(22).toSeconds(), fourth.retryAfterSeconds());
        assertEquals(
                "Neue Mitglieder können am ersten Tag 3 davon schreiben; morgen geht es weiter.",
                fourth.reason(java.util.Locale.GERMAN));
        assertTrue(
                limits.decide(ContributionKind.POST, 0, false, three, SIGNED_UP.plus(Duration.ofHours(24)))
                        .allowed(),
                "a client that waits Retry-After is let through");
    }

    @Test
    void aNewCustomerMayCommentTenTimesOnTheFirstDay() {
        Instant now = SIGNED_UP.plus(Duration.ofHours(5));
        Usage nine = new Usage(SIGNED_UP, List.of(), every(Duration.ofMinutes(5), 9, SIGNED_UP));
        assertTrue(limits.decide(ContributionKind.COMMENT, 0, false, nine, now).allowed());
        Usage ten = new Usage(SIGNED_UP, List.of(), every(Duration.ofMinutes(5), 10, SIGNED_UP));
        assertEquals(
                "rate.first-day",
                limits.decide(ContributionKind.COMMENT, 0, false, ten, now).reasonCode());
    }

    @Test
    void newCustomersWaitThirtySecondsBetweenPosts() {
        Instant last = SIGNED_UP.plus(Duration.ofDays(3));
        Usage usage = new Usage(SIGNED_UP, List.of(last), List.of());
        RateDecision soon = limits.decide(ContributionKind.POST, 0, false, usage, last.plusSeconds(12));
        assertEquals("rate.interval", soon.reasonCode());
        assertEquals(18, soon.retryAfterSeconds());
        assertTrue(limits.decide(ContributionKind.POST, 0, false, usage, last.plusSeconds(30))
                .allowed());
        assertTrue(
                limits.decide(ContributionKind.POST, 2, false, usage, last.plusSeconds(1))
                        .allowed(),
                "members need no pause");
    }

    @Test
    void theDailyLimitIsASlidingWindowAndTheLongestWaitWins() {
        Instant now = SIGNED_UP.plus(Duration.ofDays(10));
        List<Instant> posts = every(Duration.ofMinutes(30), 20, now.minus(Duration.ofHours(12)));
        RateDecision basic =
                limits.decide(ContributionKind.POST, 1, false, new Usage(SIGNED_UP, posts, List.of()), now);
        assertEquals("rate.per-day", basic.reasonCode());
        assertEquals(Duration.ofHours(12).toSeconds(), basic.retryAfterSeconds(), "when the oldest leaves the window");
        assertTrue(limits.decide(ContributionKind.POST, 2, false, new Usage(SIGNED_UP, posts, List.of()), now)
                .allowed());
    }

    @Test
    void staffAndProfilesAreNeverLimited() {
        Usage flood = new Usage(SIGNED_UP, every(Duration.ofSeconds(1), 500, SIGNED_UP), List.of());
        Instant now = SIGNED_UP.plusSeconds(501);
        assertTrue(limits.decide(ContributionKind.POST, 0, true, flood, now).allowed());
        assertTrue(limits.decide(ContributionKind.PROFILE, 0, false, flood, now).allowed());
        assertFalse(
                limits.decide(ContributionKind.POST, 0, false, flood, now).allowed(), "the same flood by a customer");
    }

    @Test
    void limitsAreConfigurablePerLevel() {
        Map<String, String> config =
                Map.of("moderation.rate.post-interval", "60,0,0,0,0", "moderation.rate.first-day-posts", "0");
        RateLimits custom = new RateLimits(RateLimits.Settings.from(k -> Optional.ofNullable(config.get(k))));
        Usage usage = new Usage(SIGNED_UP, every(Duration.ofMinutes(1), 5, SIGNED_UP), List.of());
        RateDecision d = custom.decide(
                ContributionKind.POST,
                0,
                false,
                usage,
                SIGNED_UP.plus(Duration.ofMinutes(4)).plusSeconds(20));
        assertEquals("rate.interval", d.reasonCode(), "first-day limit switched off, the interval remains");
        assertEquals(40, d.retryAfterSeconds());
        assertThrows(
                IllegalArgumentException.class,
                () -> RateLimits.Settings.from(k -> Optional.ofNullable(
                        Map.of("moderation.rate.posts-per-day", "1,2").get(k))));
    }
}
