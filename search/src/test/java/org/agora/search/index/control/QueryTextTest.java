package org.agora.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.agora.search.index.control.QueryText.Part;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    static Part word(String w) {
        return new Part(w, false);
    }

    @Test
    void wordsPhrasesExclusionsAndOr() {
        QueryText q = QueryText.parse("aufzug \"am bahnhof\" -rolltreppe tür OR tor");
        assertEquals(
                List.of(
                        List.of(word("aufzug")),
                        List.of(new Part("am bahnhof", true)),
                        List.of(word("tür"), word("tor"))),
                q.groups());
        assertEquals(List.of(word("rolltreppe")), q.excluded());
    }

    @Test
    void unbalancedQuoteClosesAtTheEnd() {
        assertEquals(
                List.of(List.of(new Part("haus tür", true))),
                QueryText.parse("\"haus tür").groups());
    }

    @Test
    void loneOperatorsMeanNothing() {
        QueryText q = QueryText.parse("OR - \"\" OR");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertEquals(2, QueryText.parse("this or").groups().size());
    }

    @Test
    void partsAreBounded() {
        assertEquals(
                QueryText.MAX_PARTS, QueryText.parse("a ".repeat(1000)).groups().size());
    }
}
