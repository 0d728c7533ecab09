package org.agora.moderation.flags.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.moderation.flags.entity.Flag;
import org.agora.moderation.flags.entity.FlagKind;
import org.agora.moderation.flags.entity.FlagOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagScoringTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final long AUTHOR = 1;
    static final long ANNA = 11;
    static final long BERT = 12;
    static final long CARLA = 13;
    static final long MODERATOR = 90;

    private final FlagScoring scoring = FlagScoring.withDefaults();

    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "2,3", "3,4", "4,5"})
    void aFlagWeighsOnePlusTheFlaggersTrust(int trust, int score) {
        assertEquals(score, scoring.scoreOf(Flag.of(ANNA, trust, FlagKind.OFFENSIVE, NOW)));
    }

    @Test
    void staffFlagsWeighFive() {
        assertEquals(5, scoring.scoreOf(Flag.byStaff(MODERATOR, FlagKind.OFF_TOPIC, NOW)));
    }

    @Test
    void threeEstablishedMembersHideAPostTwoDoNot() {
        List<Flag> earlier = new ArrayList<>();
        FlagOutcome first = scoring.decide(Flag.of(ANNA, 2, FlagKind.OFFENSIVE, NOW), AUTHOR, 2, earlier);
        earlier.add(Flag.of(ANNA, 2, FlagKind.OFFENSIVE, NOW));
        FlagOutcome second =
                scoring.decide(Flag.of(BERT, 2, FlagKind.OFFENSIVE, NOW.plusSeconds(60)), AUTHOR, 2, earlier);
        earlier.add(Flag.of(BERT, 2, FlagKind.OFFENSIVE, NOW.plusSeconds(60)));
        FlagOutcome third =
                scoring.decide(Flag.of(CARLA, 2, FlagKind.OFF_TOPIC, NOW.plusSeconds(120)), AUTHOR, 2, earlier);
        assertEquals(List.of(3, 6, 9), List.of(first.totalScore(), second.totalScore(), third.totalScore()));
        assertFalse(second.hide());
        assertTrue(third.hide());
    }

    @Test
    void aTrustedMembersSpamFlagOnANewMembersPostHidesItAtOnce() {
        assertTrue(scoring.decide(Flag.of(ANNA, 3, FlagKind.SPAM, NOW), AUTHOR, 0, List.of())
                .hide());
        assertTrue(scoring.decide(Flag.byStaff(MODERATOR, FlagKind.SPAM, NOW), AUTHOR, 0, List.of())
                .hide());
        assertFalse(
                scoring.decide(Flag.of(ANNA, 2, FlagKind.SPAM, NOW), AUTHOR, 0, List.of())
                        .hide(),
                "not trusted enough");
        assertFalse(
                scoring.decide(Flag.of(ANNA, 3, FlagKind.SPAM, NOW), AUTHOR, 1, List.of())
                        .hide(),
                "author not new");
        assertFalse(
                scoring.decide(Flag.of(ANNA, 3, FlagKind.OFFENSIVE, NOW), AUTHOR, 0, List.of())
                        .hide(),
                "not spam");
    }

    @Test
    void theSameMemberCannotFlagAgainWithin24HoursAndCountsOnceAfterwards() {
        List<Flag> earlier = List.of(Flag.of(ANNA, 4, FlagKind.OFFENSIVE, NOW));
        FlagOutcome tooSoon = scoring.decide(
                Flag.of(ANNA, 4, FlagKind.OFFENSIVE, NOW.plus(Duration.ofHours(23))), AUTHOR, 2, earlier);
        assertFalse(tooSoon.accepted());
        assertEquals("flag.again-too-soon", tooSoon.refusal());
        assertEquals(3600, tooSoon.retryAfterSeconds());
        assertEquals(
                "You have already flagged this; you can flag it again in 1 h.",
                tooSoon.reason(java.util.Locale.ENGLISH));
        FlagOutcome nextDay = scoring.decide(
                Flag.of(ANNA, 4, FlagKind.OFFENSIVE, NOW.plus(Duration.ofHours(24))), AUTHOR, 2, earlier);
        assertTrue(nextDay.accepted());
        assertEquals(5, nextDay.totalScore(), "one member alone never reaches the threshold by repeating");
        assertFalse(nextDay.hide());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            1  | 2 | false | OFFENSIVE | null | null      | flag.own-contribution
            11 | 0 | false | SPAM      | null | null      | flag.trust-too-low
            11 | 2 | false | DUPLICATE | null | null      | flag.duplicate-needs-target
            11 | 2 | false | OTHER     | null | '  '      | flag.other-needs-text
            90 | 0 | true  | SPAM      | null | null      |
            11 | 2 | false | DUPLICATE | 4711 | null      |
            11 | 2 | false | OTHER     | null | Werbung   |
            """)
    void flagsThatCannotCountAreRefusedWithAReason(
            long flagger, int trust, boolean staff, FlagKind kind, Long duplicateOf, String text, String refusal) {
        FlagOutcome outcome =
                scoring.decide(new Flag(flagger, trust, staff, kind, duplicateOf, text, NOW), AUTHOR, 2, List.of());
        assertEquals(refusal, outcome.refusal());
        assertEquals(refusal == null, outcome.accepted());
    }

    @Test
    void theThresholdIsConfigurable() {
        Map<String, String> config = Map.of("moderation.flags.hide-threshold", "3", "moderation.flags.min-trust", "0");
        FlagScoring strict = new FlagScoring(FlagScoring.Settings.from(k -> Optional.ofNullable(config.get(k))));
        assertTrue(strict.decide(Flag.of(ANNA, 2, FlagKind.OFF_TOPIC, NOW), AUTHOR, 2, List.of())
                .hide());
        assertTrue(strict.decide(Flag.of(ANNA, 0, FlagKind.OFF_TOPIC, NOW), AUTHOR, 2, List.of())
                .accepted());
    }
}
