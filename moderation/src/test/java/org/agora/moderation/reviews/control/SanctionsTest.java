package org.agora.moderation.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.SanctionKind;
import org.agora.moderation.reviews.entity.Standing;
import org.agora.moderation.reviews.entity.TargetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionsTest {

    private static final Standing CUSTOMER = new Standing(1, "Carla", false, false, false, 0);
    private static final Standing MODERATOR = new Standing(2, "Mona", true, false, false, 0);
    private static final Standing SECOND_MODERATOR = new Standing(3, "Max", true, false, false, 0);
    private static final Standing ADMIN = new Standing(4, "Ada", true, true, false, 0);
    private static final Standing SECOND_ADMIN = new Standing(5, "Alan", true, true, false, 0);

    @ParameterizedTest(name = "after {0} earlier sanctions: {1}")
    @CsvSource({"0, PT24H", "1, PT72H", "2, P7D", "3, P30D", "4, P30D", "100, P30D"})
    void durationEscalatesWithEarlierSanctionsAndStaysAtThirtyDays(long earlier, String expected) {
        assertEquals(Duration.parse(expected), Escalation.after(earlier));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "24h, PT24H",
        "72H, PT72H",
        " 7d , P7D",
        "30d, P30D",
        "1h, PT1H",
        "365d, P365D",
        "PT36H, PT36H",
        "p7d, P7D",
        "0h, ",
        "59m, ",
        "PT59M, ",
        "366d, ",
        "-1d, ",
        "forever, ",
        "'', "
    })
    void moderatorsChooseDurationsFromOneHourToAYear(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Duration::parse), Escalation.parse(text));
    }

    @Test
    void moderatorsSanctionCustomersOnlyAdminsSanctionModeratorsNobodyAdminsOrThemselves() {
        assertNull(Sanctions.mayNot(MODERATOR, CUSTOMER));
        assertNull(Sanctions.mayNot(ADMIN, CUSTOMER));
        assertNull(Sanctions.mayNot(ADMIN, MODERATOR), "admins may sanction a moderator");
        assertTrue(Sanctions.mayNot(MODERATOR, SECOND_MODERATOR).contains("Only admins"));
        assertTrue(Sanctions.mayNot(MODERATOR, ADMIN).contains("Admins are not"));
        assertTrue(Sanctions.mayNot(ADMIN, SECOND_ADMIN).contains("Admins are not"));
        assertTrue(Sanctions.mayNot(MODERATOR, MODERATOR).contains("themselves"));
        assertTrue(Sanctions.mayNot(ADMIN, ADMIN).contains("themselves"));
    }

    @Test
    void theLogShowsUntilWhenInThirtyTwoCharacters() {
        String state = Sanctions.state(SanctionKind.SUSPEND, Instant.parse("2026-11-23T10:15:30.123Z"));
        assertEquals("SUSPENDED to 2026-11-23T10:15Z", state);
        assertTrue(state.length() <= 32);
    }

    @Test
    void aSanctionNeedsAKnownKindAndAReason() {
        assertEquals(SanctionKind.SILENCE, Sanctions.kind(" silence "));
        assertEquals(
                "kind", assertThrows(Refusal.class, () -> Sanctions.kind("BAN")).field());
        assertEquals(
                "reason",
                assertThrows(Refusal.class, () -> Sanctions.reason("  ")).field());
        assertEquals(
                400,
                assertThrows(Refusal.class, () -> Sanctions.reason("x".repeat(Sanctions.REASON_MAX + 1)))
                        .status());
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "SILENCE_AUTHOR, PUBLISHED, HIDDEN",
        "SILENCE_AUTHOR, HIDDEN, HIDDEN",
        "SUSPEND_AUTHOR, PENDING, REJECTED",
        "SILENCE_AUTHOR, REJECTED, REJECTED",
        "SUSPEND_AUTHOR, PUBLISHED, HIDDEN",
        "HIDE, PENDING, HIDDEN",
        "APPROVE, PENDING, PUBLISHED"
    })
    void sanctioningTheAuthorHidesTheContentOrRejectsItWhileHeld(
            Decision decision, ContentState before, ContentState after) {
        assertEquals(after, decision.resultFor(before));
    }

    @ParameterizedTest(name = "{0}: post {1}, member {2}")
    @CsvSource({
        "APPROVE, true, false",
        "REJECT, true, false",
        "HIDE, true, false",
        "RESTORE, true, false",
        "APPROVE_AND_TRUST, true, false",
        "EDIT_AND_APPROVE, true, false",
        "MERGE, true, false",
        "IGNORE_FLAGS, true, true",
        "SILENCE_AUTHOR, true, true",
        "SUSPEND_AUTHOR, true, true"
    })
    void memberItemsAreIgnoredSilencedOrSuspended(Decision decision, boolean onPost, boolean onMember) {
        assertEquals(onPost, decision.fits(TargetType.POST));
        assertEquals(onPost, decision.fits(TargetType.COMMENT));
        assertEquals(onMember, decision.fits(TargetType.MEMBER));
        assertNull(decision.resultFor(null), "a member has no content state");
        assertEquals(
                decision.sanctionsAuthor() || decision == Decision.REJECT || decision == Decision.HIDE,
                decision.upholdsFlags());
    }
}
