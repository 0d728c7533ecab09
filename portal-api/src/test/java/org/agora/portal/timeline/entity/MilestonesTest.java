package org.agora.portal.timeline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.agora.portal.timeline.entity.Milestones.Reached;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestonesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** Votes one minute apart: vote n at minute n. */
    private static List<Instant> votes(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> START.plusSeconds(60L * n))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "0, ''",
        "9, ''",
        "10, 10",
        "49, 10",
        "50, 10 50",
        "100, 10 50 100",
        "999, 10 50 100 500",
        "1000, 10 50 100 500 1000",
        "1500, 10 50 100 500 1000"
    })
    void aMilestoneIsReachedByTheVoteThatMakesTheCount(int count, String expected) {
        List<Reached> reached = Milestones.reached(votes(count));
        assertEquals(
                expected.isEmpty() ? List.of() : List.of(expected.split(" ")),
                reached.stream().map(r -> Integer.toString(r.votes())).toList());
        reached.forEach(r -> assertEquals(START.plusSeconds(60L * r.votes()), r.at(), "reached at the m-th vote"));
    }

    @Test
    void theOrderTheVotesAreReadInDoesNotMatter() {
        List<Instant> shuffled = new ArrayList<>(votes(120));
        Collections.shuffle(shuffled, new Random(6));
        assertEquals(
                List.of(
                        new Reached(10, START.plusSeconds(600)),
                        new Reached(50, START.plusSeconds(3000)),
                        new Reached(100, START.plusSeconds(6000))),
                Milestones.reached(shuffled));
    }

    @Test
    void votesCastAtTheSameInstantCountEach() {
        assertEquals(List.of(new Reached(10, START)), Milestones.reached(Collections.nCopies(10, START)));
    }

    @Test
    void theLargestMilestoneBoundsHowManyVotesAreRead() {
        assertEquals(1000, Milestones.LARGEST);
    }
}
