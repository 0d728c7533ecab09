package org.agora.search.index.boundary;

import static org.agora.search.index.boundary.Post.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any string is a query: no exception, whatever the user (or an attacker) types. */
class QueryFuzzTest {

    static final String[] PIECES = {
        "\"",
        "-",
        "OR",
        "AND",
        "NOT",
        "+",
        "!",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "^",
        "~",
        "*",
        "?",
        ":",
        "\\",
        "/",
        "&&",
        "||",
        " ",
        "  ",
        "\t",
        "\n",
        "aufzug",
        "Haustür",
        "export",
        "pdf",
        "a",
        "ß",
        "é",
        "中文",
        "🚀",
        "\u0000",
        "\uD800",
        "%",
        "'",
        ";",
        "<script>",
        "&amp;",
        "title:",
        "*:*",
        "-\"",
        "\"-",
        "OR OR",
        "-OR",
        "~2",
        "^10",
        "verylongwordwithoutanyspacesatallinsidethequerystring",
        "0",
        "1e309",
        "NaN"
    };

    @TempDir
    Path dir;

    @Test
    void fiveThousandRandomQueriesNeverThrow() {
        SearchIndex index = SearchIndex.openAt(dir);
        try {
            index.apply(
                    List.of(
                            post(1).german()
                                    .title("Haustür klemmt")
                                    .body("Die Tür klemmt <b>sehr</b>")
                                    .doc(),
                            post(2).english()
                                    .title("Export to PDF")
                                    .body("export all notes")
                                    .doc()),
                    List.of(),
                    1);
            index.refresh();
            Random random = new Random(4711);
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                String query = randomQuery(random, i);
                try {
                    SearchResult result = index.search(new SearchRequest(
                            query, java.util.Map.of(FacetField.TAG, List.of(query)), i % 2 == 0, i % 7, i % 30, null));
                    assertNotNull(result);
                    for (SearchHit hit : result.hits()) {
                        String text = (hit.title() + hit.snippet())
                                .replace("<mark>", "")
                                .replace("</mark>", "");
                        assertTrue(!text.contains("<") && !text.contains(">"), hit.toString());
                    }
                    index.suggest(query, 5, false);
                    if (i % 10 == 0) {
                        index.similar(query, query, 5, false);
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(query + " -> " + e);
                }
            }
            assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " failures");
        } finally {
            index.close();
        }
    }

    static String randomQuery(Random random, int i) {
        StringBuilder q = new StringBuilder();
        if (i % 500 == 0) {
            // huge input
            for (int k = 0; k < 20_000; k++) {
                q.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return q.toString();
        }
        int n = random.nextInt(12);
        for (int k = 0; k < n; k++) {
            if (random.nextInt(4) == 0) {
                // arbitrary code points, including unpaired surrogates and control characters
                q.append((char) random.nextInt(0x10000));
            } else {
                q.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return q.toString();
    }
}
