package org.agora.portal.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.agora.moderation.reviews.entity.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindTest {

    @ParameterizedTest
    @CsvSource({
        "IDEA, open, under_review, true",
        "IDEA, planned, in_progress, true",
        "IDEA, in_progress, shipped, true",
        "IDEA, open, shipped, false",
        "IDEA, shipped, declined, false",
        "CRITICISM, open, acknowledged, true",
        "CRITICISM, being_fixed, resolved, true",
        "CRITICISM, open, being_fixed, false",
        "CRITICISM, open, shipped, false",
        "EXPERIENCE, open, answered, true",
        "EXPERIENCE, open, planned, false"
    })
    void eachKindHasItsOwnWorkflow(Kind kind, String from, String to, boolean allowed) {
        assertEquals(allowed, kind.allows(from, to));
    }

    @ParameterizedTest
    @CsvSource({"IDEA, 7", "CRITICISM, 5", "EXPERIENCE, 2"})
    void everyKindStartsOpenAndKnowsItsStatuses(Kind kind, int statuses) {
        assertTrue(kind.knows(Kind.INITIAL));
        assertEquals(statuses, kind.statuses().size());
        List<String> all = kind.statuses();
        all.forEach(status -> assertTrue(
                all.stream().anyMatch(other -> kind.allows(status, other)), status + " must not be a dead end"));
    }

    @Test
    void theReviewQueueFiltersByTheseKinds() {
        assertEquals(Arrays.stream(Kind.values()).map(Kind::name).toList(), Placement.KINDS);
    }
}
