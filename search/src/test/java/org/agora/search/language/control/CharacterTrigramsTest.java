package org.agora.search.language.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterTrigramsTest {

    @Test
    void sumsTheLeaningOfTheWordsTrigramsWithBoundaries() throws IOException {
        CharacterTrigrams profile = read("# comment\n_ab\t1.5\nabc\t-0.25\nbc_\t2\nxyz\t9\n");
        assertEquals(List.of("_ab", "abc", "bc_"), CharacterTrigrams.of("abc"));
        assertEquals(3.25, profile.germanOverEnglish("abc"), 1e-6);
        assertEquals(0.0, profile.germanOverEnglish("qqq"), 1e-6);
        assertEquals(List.of("_a_"), CharacterTrigrams.of("a"));
    }

    @Test
    void rejectsLinesThatAreNotTrigrams() {
        assertThrows(IllegalArgumentException.class, () -> read("abcd\t1.0\n"));
    }

    @Test
    void shippedProfileTellsTypicalWordsApart() {
        CharacterTrigrams profile = CharacterTrigrams.load();
        for (String german : List.of("rolltreppe", "straßenbahn", "fahrplan", "zeitung", "kaputt")) {
            assertTrue(profile.germanOverEnglish(german) > 0, german);
        }
        for (String english : List.of("throughput", "which", "knowledge", "awesome", "crashes")) {
            assertTrue(profile.germanOverEnglish(english) < 0, english);
        }
    }

    private static CharacterTrigrams read(String profile) throws IOException {
        return CharacterTrigrams.read(new BufferedReader(new StringReader(profile)));
    }
}
