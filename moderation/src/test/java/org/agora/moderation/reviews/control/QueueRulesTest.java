package org.agora.moderation.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.TargetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueRulesTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final long MONA = 7;
    static final long ADA = 8;

    private final QueueRules rules = QueueRules.withDefaults();

    @ParameterizedTest(name = "score {0} after {1} with weight {2} → {3}")
    @CsvSource({
        "10, PT0S, 1, 10",
        "10, PT1H, 1, 11",
        "5, PT10H, 1, 15",
        "10, PT30M, 1, 10.5",
        "8, PT3H, 0.5, 9.5",
        "8, PT3H, 0, 8",
        "0, P2D, 1, 48",
        "10, PT20M, 1, 10.33",
    })
    void priorityIsScorePlusHoursWaitingTimesTheWeight(int score, Duration waited, double weight, double expected) {
        QueueRules weighted = new QueueRules(new QueueRules.Settings(weight, Duration.ofMinutes(15)));
        assertEquals(expected, weighted.priority(score, NOW.minus(waited), NOW), 1e-9);
    }

    @Test
    void anOldItemOvertakesAHigherScoreOnceItHasWaitedTheDifferenceInHours() {
        double freshHold = rules.priority(10, NOW, NOW);
        double flaggedSixHoursAgo = rules.priority(5, NOW.minus(Duration.ofHours(6)), NOW);
        double flaggedFourHoursAgo = rules.priority(5, NOW.minus(Duration.ofHours(4)), NOW);
        assertTrue(flaggedSixHoursAgo > freshHold);
        assertTrue(flaggedFourHoursAgo < freshHold);
    }

    @Test
    void anItemOpenedInTheFutureOfTheClockDoesNotLosePriority() {
        assertEquals(10, rules.priority(10, NOW.plusSeconds(5), NOW));
    }

    @Test
    void settingsAreReadFromConfigurationWithDefaults() {
        assertEquals(new QueueRules.Settings(1.0, Duration.ofMinutes(15)), QueueRules.Settings.defaults());
        Map<String, String> config =
                Map.of("moderation.queue.age-weight", "0.25", "moderation.queue.claim-duration", "PT5M");
        QueueRules.Settings read = QueueRules.Settings.from(key -> Optional.ofNullable(config.get(key)));
        assertEquals(0.25, read.ageWeight());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), new QueueRules(read).claimEnds(NOW));
        assertThrows(IllegalArgumentException.class, () -> new QueueRules.Settings(-1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new QueueRules.Settings(1, Duration.ZERO));
    }

    @Test
    void theSqlOrderIsTheSameSum() {
        assertEquals(
                "(score + greatest(0, extract(epoch from (cast(?8 as timestamptz) - created_at))) / 3600.0 * ?9)",
                QueueRules.prioritySql(8, 9));
    }

    @ParameterizedTest(name = "{0} {1}, open flags {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST    | PENDING   | false | APPROVE APPROVE_AND_TRUST EDIT_AND_APPROVE REJECT HIDE MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    | PUBLISHED | true  | APPROVE APPROVE_AND_TRUST EDIT_AND_APPROVE REJECT HIDE IGNORE_FLAGS MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    | PUBLISHED | false | APPROVE APPROVE_AND_TRUST EDIT_AND_APPROVE REJECT HIDE MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    | HIDDEN    | true  | RESTORE EDIT_AND_APPROVE REJECT HIDE IGNORE_FLAGS MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    | HIDDEN    | false | RESTORE EDIT_AND_APPROVE REJECT HIDE MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    | REJECTED  | false | APPROVE APPROVE_AND_TRUST EDIT_AND_APPROVE REJECT MERGE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "COMMENT | PENDING   | false | APPROVE APPROVE_AND_TRUST EDIT_AND_APPROVE REJECT HIDE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "COMMENT | HIDDEN    | true  | RESTORE EDIT_AND_APPROVE REJECT HIDE IGNORE_FLAGS SILENCE_AUTHOR SUSPEND_AUTHOR",
                "POST    |           | false | REJECT HIDE SILENCE_AUTHOR SUSPEND_AUTHOR",
                "MEMBER  |           | true  | IGNORE_FLAGS SILENCE_AUTHOR SUSPEND_AUTHOR",
            })
    void actionsFollowTheContentsState(TargetType type, ContentState content, boolean openFlags, String expected) {
        QueueRules.Facts item = new QueueRules.Facts(true, type, content, null, null, null, openFlags);
        assertEquals(decisions(expected), rules.actions(item, MONA, NOW));
    }

    @Test
    void nothingToDoOnADecidedItem() {
        QueueRules.Facts decided =
                new QueueRules.Facts(false, TargetType.POST, ContentState.PUBLISHED, null, null, null, false);
        assertEquals(List.of(), rules.actions(decided, MONA, NOW));
    }

    @Test
    void anAppealIsForAnotherModeratorThanTheOneWhoDecidedBefore() {
        QueueRules.Facts appeal =
                new QueueRules.Facts(true, TargetType.POST, ContentState.REJECTED, MONA, null, null, false);
        assertEquals(List.of(), rules.actions(appeal, MONA, NOW));
        assertTrue(rules.actions(appeal, ADA, NOW).contains(Decision.APPROVE));
    }

    @Test
    void aClaimLeavesTheItemToItsHolderUntilItEnds() {
        Instant until = NOW.plus(Duration.ofMinutes(10));
        QueueRules.Facts claimed =
                new QueueRules.Facts(true, TargetType.POST, ContentState.PENDING, null, MONA, until, false);
        assertEquals(List.of(), rules.actions(claimed, ADA, NOW), "another's claim: nothing");
        assertTrue(rules.actions(claimed, MONA, NOW).contains(Decision.APPROVE), "one's own claim: everything");
        assertTrue(rules.actions(claimed, ADA, until).contains(Decision.APPROVE), "an ended claim: everything");
        assertTrue(QueueRules.claimedByOther(MONA, until, ADA, NOW));
        assertFalse(QueueRules.claimedByOther(MONA, until, ADA, until.plusMillis(1)));
        assertFalse(QueueRules.claimedByOther(null, null, ADA, NOW));
    }

    @Test
    void bulkTakesEveryDecisionButTheOnesThatNeedTheirOwnInput() {
        assertEquals(
                List.of(Decision.EDIT_AND_APPROVE, Decision.MERGE),
                Arrays.stream(Decision.values()).filter(d -> !d.inBulk()).toList());
    }

    private static List<Decision> decisions(String names) {
        return Arrays.stream(names.trim().split("\\s+")).map(Decision::valueOf).toList();
    }
}
