package org.agora.search.index.boundary;

import static org.agora.search.index.boundary.Post.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.IndexStatus;
import org.agora.search.index.entity.IndexStatus.State;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.language.control.LanguageDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    SearchIndex index;

    SearchIndex open(IndexSettings settings) {
        index = new SearchIndex(dir, settings, Clock.systemUTC(), new LanguageDetector());
        index.open();
        return index;
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    List<Long> ids(String query) {
        index.refresh();
        return index.search(SearchRequest.of(query)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void aNewIndexIsEmptyAndAsksForARebuild() {
        open(IndexSettings.DEFAULT);
        assertEquals(State.REBUILD_NEEDED, index.status().state());
        assertEquals(0, index.appliedSequence());
        assertEquals(0, index.search(SearchRequest.of("")).total());
    }

    @Test
    void upsertsAndDeletesAreKeyedByPostId() {
        open(IndexSettings.DEFAULT);
        index.apply(
                List.of(
                        post(1).title("Dark mode for the app").doc(),
                        post(2).title("Export to CSV").doc()),
                List.of(),
                10);
        assertEquals(List.of(1L), ids("dark"));

        index.apply(List.of(post(1).title("Light theme please").doc()), List.of(), 11);
        assertEquals(List.of(), ids("dark"));
        assertEquals(List.of(1L), ids("theme"));

        index.apply(List.of(), List.of(2L), 12);
        assertEquals(List.of(), ids("export"));
        assertEquals(1, index.search(SearchRequest.of("")).total());
    }

    @Test
    void voteCountsChangeTheRankingWithoutReindexingAndCarryTheirPosition() {
        open(IndexSettings.DEFAULT);
        index.apply(
                List.of(
                        post(1).title("Offline maps please").votes(50).doc(),
                        post(2).title("Offline maps please").votes(0).doc()),
                List.of(),
                new org.agora.search.index.entity.IndexPosition(7, 1));
        assertEquals(List.of(1L, 2L), ids("offline maps"));

        index.applyVotes(
                java.util.Map.of(1L, 0, 2L, 5000, 99L, 3), new org.agora.search.index.entity.IndexPosition(7, 2));
        assertEquals(List.of(2L, 1L), ids("offline maps"));
        assertEquals(new org.agora.search.index.entity.IndexPosition(7, 2), index.position());
        assertEquals(2, index.search(SearchRequest.of("")).total(), "a vote for a post not indexed adds nothing");
    }

    @Test
    void theAppliedSequenceSurvivesAReopenAndNeverGoesBack() throws Exception {
        open(IndexSettings.DEFAULT);
        index.rebuild(source(0, 0, i -> {})).get(10, TimeUnit.SECONDS);
        index.apply(List.of(post(1).title("Offline maps").doc()), List.of(), 41);
        index.apply(List.of(), List.of(), 40);
        assertEquals(41, index.appliedSequence());
        index.close();

        open(IndexSettings.DEFAULT);
        assertEquals(41, index.appliedSequence());
        assertEquals(List.of(1L), ids("offline"));
    }

    @Test
    void changesAreSearchableWithinOneSecondWithoutRefresh() {
        open(IndexSettings.DEFAULT);
        index.apply(List.of(post(7).title("Calendar sync").doc()), List.of(), 1);
        Duration took = Deadline.await(
                Duration.ofSeconds(1),
                () -> index.search(SearchRequest.of("calendar")).total() == 1);
        index.apply(List.of(), List.of(7L), 2);
        Duration gone = Deadline.await(
                Duration.ofSeconds(1),
                () -> index.search(SearchRequest.of("calendar")).total() == 0);
        assertTrue(took.plus(gone).toMillis() < 2000);
    }

    @Test
    void rebuildReplacesTheIndexAndReportsProgress() throws Exception {
        open(IndexSettings.DEFAULT);
        index.apply(
                List.of(post(1).title("stale post that is gone from the database")
                        .doc()),
                List.of(),
                5);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        RebuildSource source = source(50, 9, i -> {
            if (i == 25) {
                halfway.countDown();
                await(proceed);
            }
        });
        var done = index.rebuild(source);
        assertTrue(halfway.await(5, TimeUnit.SECONDS));
        IndexStatus during = index.status();
        assertEquals(State.REBUILDING, during.state());
        assertEquals(50, during.toRebuild());
        assertTrue(during.detail().startsWith("rebuilding "), during.detail());
        // the old index still serves while the new one is built
        assertEquals(List.of(1L), ids("stale"));
        // a change applied during the rebuild wins over the source's older copy
        index.apply(List.of(post(30).title("edited during the rebuild").doc()), List.of(), 12);
        proceed.countDown();

        IndexStatus after = done.get(10, TimeUnit.SECONDS);
        assertEquals(State.READY, after.state());
        assertEquals(12, index.appliedSequence());
        assertEquals(List.of(), ids("stale"));
        assertEquals(List.of(30L), ids("edited"));
        assertEquals(50, index.search(SearchRequest.of("")).total());
        index.close();

        open(IndexSettings.DEFAULT);
        assertEquals(State.READY, index.status().state());
        assertEquals(12, index.appliedSequence());
        assertEquals(50, index.search(SearchRequest.of("")).total());
    }

    @Test
    void anOldSchemaIsDetectedAndRebuilt() throws Exception {
        open(IndexSettings.DEFAULT);
        index.rebuild(source(3, 7, i -> {})).get(10, TimeUnit.SECONDS);
        assertEquals(State.READY, index.status().state());
        index.close();

        // other analysis settings: the stored documents no longer fit the queries
        open(IndexSettings.DEFAULT.withEnglishStemmer(IndexSettings.EnglishStemmer.MINIMAL));
        assertEquals(State.REBUILD_NEEDED, index.status().state());
        assertTrue(
                index.status().detail().contains("old schema"), index.status().detail());
        assertEquals(0, index.search(SearchRequest.of("")).total());
        index.rebuild(source(3, 7, i -> {})).get(10, TimeUnit.SECONDS);
        assertEquals(3, index.search(SearchRequest.of("")).total());
    }

    @Test
    void aCorruptIndexIsDetectedAndRebuilt() throws Exception {
        open(IndexSettings.DEFAULT);
        index.rebuild(source(3, 7, i -> {})).get(10, TimeUnit.SECONDS);
        index.close();
        index = null;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        open(IndexSettings.DEFAULT);
        assertEquals(State.REBUILD_NEEDED, index.status().state());
        assertTrue(index.status().detail().startsWith("corrupt"), index.status().detail());
        index.rebuild(source(3, 7, i -> {})).get(10, TimeUnit.SECONDS);
        assertEquals(State.READY, index.status().state());
        assertEquals(List.of(2L), ids("banana"));
    }

    @Test
    void anInterruptedRebuildIsNotMistakenForAComplete() throws Exception {
        open(IndexSettings.DEFAULT);
        index.rebuild(source(2, 1, i -> {})).get(10, TimeUnit.SECONDS);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        index.rebuild(source(10, 3, i -> {
            if (i == 5) {
                started.countDown();
                await(never);
            }
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        index.close();
        never.countDown();

        // the complete older generation serves; the unfinished one is discarded
        open(IndexSettings.DEFAULT);
        assertEquals(State.READY, index.status().state());
        assertEquals(2, index.search(SearchRequest.of("")).total());
        try (Stream<Path> gens = Files.list(dir)) {
            assertEquals(1, gens.count());
        }
    }

    @Test
    void whenAllWordsAreRequiredOrStillFindsEither() throws Exception {
        open(IndexSettings.DEFAULT.withMinimumMatch(1));
        index.apply(
                List.of(
                        post(1).title("Export to Excel").doc(),
                        post(2).title("Printing notes").doc()),
                List.of(),
                1);
        assertEquals(List.of(), ids("excel printing"));
        assertEquals(List.of(1L, 2L), ids("excel OR printing").stream().sorted().toList());
        assertEquals(List.of(1L), ids("excel export"));
    }

    @Test
    void writersReadersAndARebuildAtOnceLoseNothing() throws Exception {
        open(IndexSettings.DEFAULT);
        List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    index.search(SearchRequest.of("apple OR post"));
                    index.suggest("pos", 5, false);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }
        });
        reader.start();
        var rebuilt = index.rebuild(source(2000, 1, i -> {}));
        // posts 2001..2200 arrive through the change feed while the rebuild runs
        for (int i = 2001; i <= 2200; i++) {
            index.apply(List.of(post(i).title("fresh " + i).doc()), List.of(), i);
        }
        rebuilt.get(30, TimeUnit.SECONDS);
        stop.set(true);
        reader.join();
        assertEquals(List.of(), errors);
        index.refresh();
        assertEquals(2200, index.search(SearchRequest.of("")).total());
        assertEquals(2200, index.appliedSequence());
    }

    static final List<String> WORDS = List.of("apple", "orange", "banana", "cherry");

    static RebuildSource source(int count, long sequence, Consumer<Integer> beforeEach) {
        return new RebuildSource() {
            public long snapshotSequence() {
                return sequence;
            }

            public long count() {
                return count;
            }

            public void forEach(Consumer<PostDocument> sink) {
                for (int i = 1; i <= count; i++) {
                    beforeEach.accept(i);
                    sink.accept(
                            post(i).title("post " + WORDS.get(i % WORDS.size())).doc());
                }
            }
        };
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void indexDirectoryIsWhereItWasToldToBe() throws IOException {
        Path elsewhere = dir.resolve("nested/index");
        index = SearchIndex.openAt(elsewhere);
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("gen-")));
        }
    }
}
