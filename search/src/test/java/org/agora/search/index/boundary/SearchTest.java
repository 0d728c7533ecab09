package org.agora.search.index.boundary;

import static org.agora.search.index.boundary.Post.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.agora.search.index.entity.FacetCount;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.Ranking;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SearchResult;
import org.agora.search.index.entity.SimilarPost;
import org.agora.search.index.entity.Suggestion;
import org.agora.search.language.control.LanguageDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @TempDir
    static Path dir;

    SearchIndex index;

    static final List<PostDocument> POSTS = List.of(
            post(1).german()
                    .kind("criticism")
                    .area("stations")
                    .tags("accessibility", "lift")
                    .title("Bahnhofsaufzug seit Wochen kaputt")
                    .body("Der Aufzug am Gleis 3 ist wieder defekt, mit dem Rollstuhl komme ich nicht zum Zug.")
                    .votes(12)
                    .doc(),
            post(2).german()
                    .kind("idea")
                    .area("home")
                    .tags("doors")
                    .title("Haustür mit App öffnen")
                    .body("Ich möchte die Haustür per App öffnen können, wenn Besuch klingelt.")
                    .doc(),
            post(3).english()
                    .kind("idea")
                    .area("app")
                    .tags("export")
                    .title("Export notes to PDF")
                    .body("It would be great to export all my notes as PDF documents for printing.")
                    .votes(40)
                    .doc(),
            post(4).english()
                    .kind("experience")
                    .area("app")
                    .tags("sync")
                    .title("Sync stopped working")
                    .body("Since the last update my notes don't sync between phone and laptop.")
                    .votes(3)
                    .doc(),
            post(5).english()
                    .kind("idea")
                    .area("app")
                    .stage("triage")
                    .title("Dark mode")
                    .body("Please add a dark mode <script>alert('x')</script>, the white background hurts at night.")
                    .votes(100)
                    .doc(),
            post(6).english()
                    .kind("criticism")
                    .area("app")
                    .pending()
                    .title("Pending complaint about export")
                    .body("export is slow")
                    .doc(),
            post(7).german()
                    .kind("experience")
                    .area("stations")
                    .tags("lift")
                    .title("Rolltreppe und Treppe")
                    .body("Die Rolltreppe steht still, über die Treppe geht es mit Kinderwagen nicht.")
                    .doc(),
            post(8).english()
                    .kind("idea")
                    .area("app")
                    .hidden()
                    .title("Hidden spam about dark patterns")
                    .body("buy now")
                    .doc(),
            post(9).english()
                    .kind("idea")
                    .area("app")
                    .tags("export")
                    .title("Export to Excel")
                    .body("Export spreadsheets of my notes to Excel, not PDF.")
                    .votes(1)
                    .doc(),
            post(10).german()
                    .kind("idea")
                    .area("home")
                    .title("Tür zur Garage klemmt")
                    .body("Die Tür klemmt im Winter.")
                    .doc());

    @BeforeAll
    void fill() throws Exception {
        Clock clock = Clock.fixed(Post.NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        index = new SearchIndex(dir, IndexSettings.DEFAULT, clock, new LanguageDetector());
        index.open();
        index.rebuild(new RebuildSource() {
                    public long snapshotSequence() {
                        return 1;
                    }

                    public long count() {
                        return POSTS.size();
                    }

                    public void forEach(Consumer<PostDocument> sink) {
                        POSTS.forEach(sink);
                    }
                })
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    void close() {
        index.close();
    }

    List<Long> ids(SearchRequest request) {
        return index.search(request).hits().stream().map(SearchHit::id).toList();
    }

    List<Long> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    @Test
    void germanPartsFindTheirCompounds() {
        assertTrue(ids("Tür").containsAll(List.of(2L, 10L)), ids("Tür").toString());
        assertTrue(ids("Aufzug").contains(1L));
        assertTrue(ids("Bahnhof").contains(1L));
        assertTrue(ids("Türen").containsAll(List.of(2L, 10L)));
    }

    @Test
    void theWholeCompoundRanksAboveItsPartsSpreadOut() {
        assertEquals(2L, ids("Haustür").get(0));
    }

    @Test
    void umlautsNeedNotBeTyped() {
        assertTrue(ids("oeffnen").contains(2L) || ids("offnen").contains(2L));
        assertTrue(ids("Tur").contains(10L));
    }

    @Test
    void postsWithMoreOfTheWordsComeFirst() {
        // by default a hit needs one of the words (ranked retrieval measured best, see SearchEvaluation)
        assertEquals(List.of(3L, 9L), ids("export pdf printing"));
    }

    @Test
    void phrasesMatchWordsInOrder() {
        assertEquals(List.of(3L), ids("\"export all my notes\""));
        assertEquals(List.of(), ids("\"notes export\""));
    }

    @Test
    void exclusionRemovesHits() {
        List<Long> hits = ids("export -excel");
        assertTrue(hits.contains(3L));
        assertFalse(hits.contains(9L));
    }

    @Test
    void orFindsEither() {
        List<Long> hits = ids("excel OR printing");
        assertEquals(List.of(3L, 9L), hits.stream().sorted().toList());
    }

    @Test
    void typosInLongerWordsAreForgiven() {
        assertTrue(ids("exprot").contains(3L));
        assertTrue(ids("Aufzgu").contains(1L));
        assertTrue(ids("spreadshets").contains(9L));
        // short words must match exactly: "mode" is not "node"
        assertEquals(List.of(), ids("node"));
    }

    @Test
    void customersNeverSeePendingOrHiddenPosts() {
        assertFalse(ids("export").contains(6L));
        assertFalse(ids("dark").contains(8L));
        SearchResult all = index.search(SearchRequest.of(""));
        assertEquals(8, all.total());
    }

    @Test
    void staffSeeEverythingAndCanFilterByStatus() {
        assertTrue(ids(SearchRequest.of("export").includingHidden()).contains(6L));
        assertEquals(
                List.of(6L, 8L),
                ids(SearchRequest.of("").includingHidden().withFilter(FacetField.STATUS, "pending", "hidden")).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void filtersNarrowByFacetValues() {
        assertEquals(
                List.of(3L, 9L),
                ids(SearchRequest.of("export").withFilter(FacetField.TAG, "export")).stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of(1L, 7L),
                ids(SearchRequest.of("").withFilter(FacetField.AREA, "stations")).stream()
                        .sorted()
                        .toList());
        assertEquals(List.of(5L), ids(SearchRequest.of("").withFilter(FacetField.STAGE, "triage")));
        assertEquals(
                List.of(1L, 2L, 7L, 10L),
                ids(SearchRequest.of("").withFilter(FacetField.LANGUAGE, "de")).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void facetsCountTheHits() {
        SearchResult result = index.search(SearchRequest.of("export"));
        assertEquals(2, result.total());
        assertEquals(List.of(new FacetCount("idea", 2)), result.facets().get(FacetField.KIND));
        assertEquals(List.of(new FacetCount("export", 2)), result.facets().get(FacetField.TAG));
        SearchResult all = index.search(SearchRequest.of(""));
        assertTrue(
                all.facets()
                        .get(FacetField.LANGUAGE)
                        .containsAll(List.of(new FacetCount("de", 4), new FacetCount("en", 4))),
                all.facets().toString());
        assertTrue(all.facets().get(FacetField.TAG).contains(new FacetCount("lift", 2)));
    }

    @Test
    void highlightsAreEscapedAndOnlyMarkIsAdded() {
        SearchHit hit = index.search(SearchRequest.of("dark night")).hits().get(0);
        assertEquals(5L, hit.id());
        assertEquals("<mark>Dark</mark> mode", hit.title());
        assertTrue(hit.snippet().contains("at <mark>night</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), hit.snippet());
        String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), hit.snippet());
    }

    @Test
    void germanCompoundsAreHighlightedAsWholeWords() {
        SearchHit hit = index.search(SearchRequest.of("Aufzug")).hits().get(0);
        assertEquals("<mark>Bahnhofsaufzug</mark> seit Wochen kaputt", hit.title());
        assertTrue(hit.snippet().contains("Der <mark>Aufzug</mark> am Gleis"), hit.snippet());
    }

    @Test
    void votesBreakTiesButRelevanceComesFirst() {
        // both match "export" in title and body; 3 has 40 votes, 9 has 1
        assertEquals(List.of(3L, 9L), ids("export"));
        assertEquals(List.of(3L, 9L), ids(SearchRequest.of("export").rankedBy(Ranking.DEFAULT)));
        // text alone: post 9 says "export" twice, in a shorter text
        assertEquals(List.of(9L, 3L), ids(SearchRequest.of("export").rankedBy(Ranking.TEXT_ONLY)));
    }

    @Test
    void pagesDoNotOverlap() {
        List<Long> first = ids(SearchRequest.of("").page(0, 3));
        List<Long> second = ids(SearchRequest.of("").page(3, 3));
        assertEquals(3, first.size());
        assertEquals(3, second.size());
        assertTrue(first.stream().noneMatch(second::contains));
        assertEquals(8, index.search(SearchRequest.of("").page(3, 3)).total());
        assertEquals(List.of(), ids(SearchRequest.of("").page(100, 3)));
    }

    @Test
    void suggestCompletesTitlesAsYouType() {
        assertEquals(
                List.of(new Suggestion(3, "Export notes to PDF"), new Suggestion(9, "Export to Excel")),
                index.suggest("Exp", 5, false));
        assertEquals(List.of(new Suggestion(9, "Export to Excel")), index.suggest("export exc", 5, false));
        assertEquals(
                List.of(1L),
                index.suggest("bahnhofsau", 5, false).stream()
                        .map(Suggestion::id)
                        .toList());
        assertFalse(index.suggest("pending", 5, false).stream().anyMatch(s -> s.id() == 6));
        assertTrue(index.suggest("pending", 5, true).stream().anyMatch(s -> s.id() == 6));
        assertEquals(List.of(), index.suggest("  ", 5, false));
    }

    @Test
    void similarFindsTheLikelyDuplicateFirst() {
        List<SimilarPost> similar = index.similar(
                "Aufzug am Bahnhof defekt", "Seit Wochen ist der Aufzug kaputt, mit Rollstuhl keine Chance", 5, false);
        assertEquals(1L, similar.get(0).id());
        assertTrue(similar.get(0).score() > 0);
        List<SimilarPost> english = index.similar("Export my notes as PDF", "for printing", 5, false);
        assertEquals(3L, english.get(0).id());
        assertTrue(english.size() <= 5);
        assertTrue(index.similar("export complaint", "", 5, false).stream().noneMatch(s -> s.id() == 6));
    }
}
