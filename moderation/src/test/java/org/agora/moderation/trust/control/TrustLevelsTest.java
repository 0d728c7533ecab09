package org.agora.moderation.trust.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.agora.moderation.trust.entity.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustLevelsTest {

    private final TrustLevels levels = TrustLevels.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            signed up today, nothing yet                   |  0 |  0 |  0 | 0 | 0
            one approved comment on the first day only     |  0 |  1 |  0 | 0 | 0
            active a day with one approved comment         |  1 |  1 |  0 | 0 | 1
            basic member flagged three times               |  1 |  1 |  0 | 3 | 0
            ten days, five approved, five votes            | 10 |  5 |  5 | 0 | 2
            ten days, five approved, four votes            | 10 |  5 |  4 | 0 | 1
            member with two upheld flags against           | 10 |  5 |  5 | 2 | 1
            fifty days, 25 approved, 30 votes              | 50 | 25 | 30 | 0 | 3
            regular with one upheld flag                   | 50 | 25 | 30 | 1 | 2
            very active for years: still 3, 4 is manual    |900 |800 |999 | 0 | 3
            """)
    void levelsFollowActivity(String who, int days, int approved, int votes, int upheldFlags, int expected) {
        assertEquals(expected, levels.levelOf(Activity.of(days, approved, votes, upheldFlags)), who);
    }

    @Test
    void aManualLevelWinsBothWays() {
        Activity regular = Activity.of(50, 25, 30, 0);
        assertEquals(4, levels.levelOf(regular.withManualLevel(4)), "staff make a leader");
        assertEquals(0, levels.levelOf(regular.withManualLevel(0)), "staff demote a troll");
        assertEquals(3, levels.levelOf(regular.withManualLevel(null)));
        assertThrows(IllegalArgumentException.class, () -> regular.withManualLevel(5));
    }

    @Test
    void requirementsAreConfigurable() {
        Map<String, String> config =
                Map.of("moderation.trust.days-active", "0,1,2", "moderation.trust.approved", "0,1,2");
        TrustLevels lenient = new TrustLevels(TrustLevels.Requirements.from(k -> Optional.ofNullable(config.get(k))));
        assertEquals(1, lenient.levelOf(Activity.of(0, 0, 0, 0)));
        assertEquals(1, lenient.levelOf(Activity.of(5, 5, 4, 0)), "votes still count: level 2 needs 5");
        assertThrows(
                IllegalArgumentException.class,
                () -> TrustLevels.Requirements.from(k -> Optional.ofNullable(
                        Map.of("moderation.trust.approved", "1,2").get(k))));
    }
}
