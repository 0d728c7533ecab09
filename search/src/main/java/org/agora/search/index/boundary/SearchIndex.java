package org.agora.search.index.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.agora.search.index.control.Analysis;
import org.agora.search.index.control.Fields;
import org.agora.search.index.control.Highlights;
import org.agora.search.index.control.Queries;
import org.agora.search.index.control.QueryText;
import org.agora.search.index.control.RankingBoost;
import org.agora.search.index.entity.FacetCount;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.IndexPosition;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.IndexStatus;
import org.agora.search.index.entity.IndexStatus.State;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.Ranking;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SearchResult;
import org.agora.search.index.entity.SimilarPost;
import org.agora.search.index.entity.Suggestion;
import org.agora.search.language.control.LanguageDetector;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one owner of the search index: one {@link IndexWriter} for the application's life (per index
 * generation: a rebuild writes a new one and swaps), a {@link SearcherManager} with acquire and
 * release, a near-real-time reopen thread (changes searchable within {@value #MAX_STALE_SEC} s),
 * and in each commit the schema and the last applied database change sequence.
 *
 * <p>Layout: {@code <index-dir>/gen-<n>}, one folder per generation. On {@link #open()} the newest
 * generation whose commit says "complete" and has this build's schema is used; older and unusable
 * ones are deleted. If none is usable (missing, corrupt, old schema, a rebuild interrupted by a
 * crash) an empty generation is opened, it takes {@link #apply} calls (so new posts are found at
 * once), and {@link IndexStatus.State#REBUILD_NEEDED} tells the caller to {@link #rebuild}.
 *
 * <p>Rebuild policy: the current index keeps serving until the new one is complete (no partial
 * results from the new one); then both swap atomically for readers.
 */
@ApplicationScoped
public class SearchIndex {

    static final String APPLIED_SEQUENCE = "agora.appliedSequence";
    static final String APPLIED_TRANSACTION = "agora.appliedTransaction";
    static final String SCHEMA = "agora.schema";
    static final String COMPLETE = "agora.complete";
    static final double MAX_STALE_SEC = 0.5;
    private static final double MIN_STALE_SEC = 0.02;
    private static final String GENERATION_PREFIX = "gen-";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private Path root;
    private IndexSettings settings;
    private Clock clock;
    private Analysis analysis;
    private Fields fields;
    private Queries queries;

    private final Object writeLock = new Object();
    private volatile Generation live;
    private volatile Rebuild rebuilding;
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "not opened yet");
    private volatile FacetState facetState;

    /** For CDI's proxy. */
    protected SearchIndex() {}

    @Inject
    public SearchIndex(
            @ConfigProperty(name = "portal.search.index-dir", defaultValue = "data/index") String indexDir,
            LanguageDetector detector) {
        this(Path.of(indexDir), IndexSettings.DEFAULT, Clock.systemUTC(), detector);
    }

    public SearchIndex(Path indexDir, IndexSettings settings, Clock clock, LanguageDetector detector) {
        this.root = indexDir;
        this.settings = settings;
        this.clock = clock;
        this.analysis = new Analysis(settings);
        this.fields = new Fields(detector);
        this.queries = new Queries(analysis);
    }

    /** An index in {@code indexDir} with the default settings, opened. */
    public static SearchIndex openAt(Path indexDir) {
        SearchIndex index = new SearchIndex(indexDir, IndexSettings.DEFAULT, Clock.systemUTC(), new LanguageDetector());
        index.open();
        return index;
    }

    void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        open();
    }

    /** The schema signature in the commit data: an index with another one is rebuilt. */
    String schema() {
        return Fields.SCHEMA_VERSION + "/" + settings.analysisSignature();
    }

    public synchronized void open() {
        if (live != null) {
            return;
        }
        try {
            Files.createDirectories(root);
            List<Path> generations = generations();
            String reason = generations.isEmpty() ? "no index yet" : null;
            Generation chosen = null;
            for (Path candidate : generations) {
                String unusable = unusable(candidate);
                if (unusable == null) {
                    try {
                        chosen = Generation.open(candidate, false, analysis, null);
                        break;
                    } catch (IOException | RuntimeException e) {
                        unusable = "corrupt: " + e;
                    }
                }
                LOG.warning(() -> "search index " + candidate + " not usable");
                reason = reason == null ? unusable : reason;
            }
            boolean empty = chosen == null;
            if (empty) {
                chosen = Generation.open(nextGeneration(generations), true, analysis, schema());
            }
            for (Path other : generations) {
                if (!other.equals(chosen.dir)) {
                    deleteQuietly(other);
                }
            }
            live = chosen;
            updateStatus(empty ? State.REBUILD_NEEDED : State.READY, empty ? reason : null);
            LOG.info(() -> "search index open at " + live.dir.toAbsolutePath() + ": " + status);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "search index could not be opened at " + root, e);
            status = new IndexStatus(State.FAILED, 0, 0, String.valueOf(e));
        }
    }

    /** Why the generation cannot serve, or null if it can. */
    private String unusable(Path dir) {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!schema().equals(data.get(SCHEMA))) {
                return "old schema " + data.get(SCHEMA) + ", this build has " + schema();
            }
            if (!"true".equals(data.get(COMPLETE))) {
                return "incomplete (a rebuild did not finish)";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "corrupt: " + e;
        }
    }

    public IndexStatus status() {
        if (rebuilding != null) {
            updateStatus(State.REBUILDING, null);
        }
        return status;
    }

    /**
     * Applies a batch of changes: upserts by post id, then deletes by post id, and records
     * {@code sequence} as the last applied database change sequence in the same commit as the
     * documents (the commit data keeps the highest sequence seen). Searchable within about a second
     * (the near-real-time reopen thread); durable when this method returns.
     *
     * @return the applied sequence after this batch
     */
    public long apply(List<PostDocument> upserts, List<Long> deletedIds, long sequence) {
        return apply(upserts, deletedIds, new IndexPosition(0, sequence)).sequence();
    }

    /** {@link #apply(List, List, long)} at a position of the change log ordered by transaction, then sequence. */
    public IndexPosition apply(List<PostDocument> upserts, List<Long> deletedIds, IndexPosition position) {
        List<Document> docs = new ArrayList<>(upserts == null ? 0 : upserts.size());
        try {
            for (PostDocument post : upserts == null ? List.<PostDocument>of() : upserts) {
                docs.add(fields.toDocument(post));
            }
            synchronized (writeLock) {
                Generation g = requireOpen();
                Rebuild r = rebuilding;
                for (int i = 0; i < docs.size(); i++) {
                    long id = upserts.get(i).id();
                    g.writer.updateDocument(Fields.idTerm(id), docs.get(i));
                    if (r != null) {
                        r.generation.writer.updateDocument(Fields.idTerm(id), docs.get(i));
                        r.touched.add(id);
                    }
                }
                for (Long id : deletedIds == null ? List.<Long>of() : deletedIds) {
                    if (id == null) {
                        continue;
                    }
                    g.writer.deleteDocuments(Fields.idTerm(id));
                    if (r != null) {
                        r.generation.writer.deleteDocuments(Fields.idTerm(id));
                        r.touched.add(id);
                    }
                }
                IndexPosition applied = IndexPosition.max(g.applied, position);
                g.record(applied);
                if (r != null) {
                    r.maxPosition = IndexPosition.max(r.maxPosition, position);
                }
                updateStatus(status.state(), status.detail());
                return applied;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes new vote counts without analysing the posts again (their ranking reads the count from an
     * updatable doc value), with the position in the same commit. Posts not in the index are passed
     * over; a rebuild running meanwhile gets the counts for the posts it already holds.
     */
    public IndexPosition applyVotes(Map<Long, Integer> votes, IndexPosition position) {
        try {
            synchronized (writeLock) {
                Generation g = requireOpen();
                Rebuild r = rebuilding;
                for (Map.Entry<Long, Integer> each : votes.entrySet()) {
                    long count = Math.max(0, each.getValue());
                    g.writer.updateNumericDocValue(Fields.idTerm(each.getKey()), Fields.VOTES, count);
                    if (r != null) {
                        r.generation.writer.updateNumericDocValue(Fields.idTerm(each.getKey()), Fields.VOTES, count);
                    }
                }
                IndexPosition applied = IndexPosition.max(g.applied, position);
                g.record(applied);
                if (r != null) {
                    r.maxPosition = IndexPosition.max(r.maxPosition, position);
                }
                return applied;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last database change sequence whose changes are in the index (0 for a new index). */
    public long appliedSequence() {
        return position().sequence();
    }

    /** The last change of the database's log whose effects are in the index. */
    public IndexPosition position() {
        Generation g = live;
        return g == null ? IndexPosition.START : g.applied;
    }

    /** True when the index was missing, corrupt or of an old schema and is waiting for {@link #rebuild}. */
    public boolean rebuildNeeded() {
        return status.state() == State.REBUILD_NEEDED;
    }

    /**
     * Rebuilds the index in the background from {@code source} into a new generation while the
     * current one keeps serving (an empty one, if it was missing or corrupt); swaps when complete.
     * {@link #apply} calls during the rebuild go to both; a post applied during the rebuild wins over
     * the source's copy. {@link #status()} says "rebuilding n of m". A second call while one runs
     * returns the running one.
     *
     * @return completes with the status after the swap, or exceptionally if the rebuild failed (the
     *     current index then keeps serving)
     */
    public CompletableFuture<IndexStatus> rebuild(RebuildSource source) {
        synchronized (writeLock) {
            Generation g = requireOpen();
            if (rebuilding != null) {
                return rebuilding.done;
            }
            Generation next;
            try {
                next = Generation.open(nextGeneration(generations()), true, analysis, schema());
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            Rebuild r = new Rebuild(next, g.complete ? State.READY : State.REBUILD_NEEDED);
            rebuilding = r;
            updateStatus(State.REBUILDING, "rebuilding 0 of ?");
            Thread worker = new Thread(() -> runRebuild(r, source), "search-index-rebuild");
            worker.setDaemon(true);
            worker.start();
            return r.done;
        }
    }

    private void runRebuild(Rebuild r, RebuildSource source) {
        try {
            IndexPosition snapshot = source.snapshotPosition();
            r.total = Math.max(0, source.count());
            source.forEach(post -> {
                if (r.cancelled) {
                    throw new IllegalStateException("search index closed during rebuild");
                }
                try {
                    Document doc = fields.toDocument(post);
                    synchronized (writeLock) {
                        // add, not update: the source yields each post once, and apply() replaces
                        // by id whatever it writes later; what it wrote earlier (touched) wins
                        if (!r.touched.contains(post.id())) {
                            r.generation.writer.addDocument(doc);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long n = r.written.incrementAndGet();
                if (n % 1000 == 0) {
                    updateStatus(State.REBUILDING, null);
                }
            });
            IndexStatus after;
            synchronized (writeLock) {
                if (r.cancelled) {
                    throw new IllegalStateException("search index closed during rebuild");
                }
                Generation next = r.generation;
                next.commit(IndexPosition.max(snapshot, r.maxPosition), true);
                next.startSearching();
                // readers see the whole new index from the first search after the swap
                next.searchers.maybeRefreshBlocking();
                Generation old = live;
                live = next;
                rebuilding = null;
                old.close(false);
                deleteQuietly(old.dir);
                updateStatus(State.READY, null);
                after = status;
            }
            LOG.info(() -> "search index rebuilt: " + after);
            r.done.complete(after);
        } catch (Throwable e) {
            LOG.log(Level.SEVERE, "search index rebuild failed", e);
            synchronized (writeLock) {
                if (rebuilding == r) {
                    rebuilding = null;
                }
                r.generation.close(true);
                deleteQuietly(r.generation.dir);
                if (live != null) {
                    updateStatus(r.before, "rebuild failed: " + e);
                }
            }
            r.done.completeExceptionally(e);
        }
    }

    /** Searches; never throws on any query text. */
    public SearchResult search(SearchRequest request) {
        QueryText parsed = QueryText.parse(request.query());
        try {
            return read(searcher ->
                    search(searcher, request, queries.text(parsed, Queries.Vocabulary.of(searcher.getIndexReader()))));
        } catch (IndexSearcher.TooManyClauses e) {
            // pathological input (many long words, each expanding): answer without typo tolerance
            Query plain = new Queries(new Analysis(settings.withTypoTolerance(false))).text(parsed);
            return read(searcher -> search(searcher, request, plain));
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query typed) throws IOException {
        // rewritten once: typo-tolerant words become the index terms they stand for, so that neither
        // the search nor the highlighter (which would per hit) builds Levenshtein automata again
        Query text = typed == null ? null : searcher.rewrite(typed);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        for (Query filter : Queries.filters(request)) {
            b.add(filter, Occur.FILTER);
        }
        Query ranked = FunctionScoreQuery.boostByValue(
                b.build(), new RankingBoost(request.ranking(), clock.millis() / 60_000 * 60_000));
        int n = request.offset() + request.limit();
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, ranked, n, new FacetsCollectorManager());
        FacetsCollector collector = result.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        Map<FacetField, List<FacetCount>> facets = facets(searcher.getIndexReader(), collector);
        ScoreDoc[] all = result.topDocs().scoreDocs;
        int from = Math.min(request.offset(), all.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
        return new SearchResult(total, hits(searcher, page, text), facets);
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query text) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        // the highlighter wants documents in index order
        ScoreDoc[] byDoc = page.clone();
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        TopDocs topDocs = new TopDocs(new TotalHits(byDoc.length, TotalHits.Relation.EQUAL_TO), byDoc);
        Query highlight = text == null ? new MatchAllDocsQuery() : text;
        Map<String, String[]> titles = UnifiedHighlighter.builder(searcher, analysis.perField())
                .withFormatter(new Highlights())
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .build()
                .highlightFields(new String[] {Fields.TITLE_DE, Fields.TITLE_EN}, highlight, topDocs, new int[] {1, 1});
        Map<String, String[]> bodies = UnifiedHighlighter.builder(searcher, analysis.perField())
                .withFormatter(new Highlights())
                .withMaxLength(20_000)
                .build()
                .highlightFields(new String[] {Fields.BODY_DE, Fields.BODY_EN}, highlight, topDocs, new int[] {2, 2});
        Map<Integer, SearchHit> byDocId = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < byDoc.length; i++) {
            Document doc = stored.document(byDoc[i].doc, Set.of(Fields.ID_VALUE, Fields.TITLE, Fields.LANGUAGE));
            boolean german = Fields.GERMAN.equals(doc.get(Fields.LANGUAGE));
            String title = german ? titles.get(Fields.TITLE_DE)[i] : titles.get(Fields.TITLE_EN)[i];
            String body = german ? bodies.get(Fields.BODY_DE)[i] : bodies.get(Fields.BODY_EN)[i];
            if (title == null) {
                title = Highlights.escape(doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE));
            }
            byDocId.put(
                    byDoc[i].doc,
                    new SearchHit(
                            doc.getField(Fields.ID_VALUE).numericValue().longValue(),
                            byDoc[i].score,
                            title,
                            body == null ? "" : body,
                            german ? Fields.GERMAN : Fields.ENGLISH));
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc d : page) {
            hits.add(byDocId.get(d.doc));
        }
        return hits;
    }

    private Map<FacetField, List<FacetCount>> facets(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        Map<FacetField, List<FacetCount>> facets = new java.util.EnumMap<>(FacetField.class);
        if (state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (FacetField field : FacetField.values()) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult result = counts.getTopChildren(50, field.field());
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException noSuchDimension) {
                // no document has this field yet
            }
            facets.put(field, values);
        }
        return facets;
    }

    /** Per reader: building the ordinal map costs a pass over the facet values. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Object key = helper == null ? reader : helper.getKey();
        if (cached != null && cached.key == key) {
            return cached.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, fields.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(key, state);
        return state;
    }

    private record FacetState(Object key, SortedSetDocValuesReaderState state) {}

    /** Titles whose words start with what was typed (every word of it), best first. */
    public List<Suggestion> suggest(String prefix, int limit, boolean includeHidden) {
        String text = prefix == null ? "" : prefix.length() > 100 ? prefix.substring(0, 100) : prefix;
        int n = Math.max(1, Math.min(limit, 20));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int words = 0;
        try (TokenStream stream = analysis.suggestQuery().tokenStream(Fields.TITLE_SUGGEST, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words < 8) {
                String t = term.length() > 20 ? term.subSequence(0, 20).toString() : term.toString();
                b.add(new TermQuery(new Term(Fields.TITLE_SUGGEST, t)), Occur.MUST);
                words++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words == 0) {
            return List.of();
        }
        if (!includeHidden) {
            b.add(new TermQuery(new Term(Fields.PUBLIC, "true")), Occur.FILTER);
        }
        Query ranked = FunctionScoreQuery.boostByValue(b.build(), new RankingBoost(new Ranking(1, 0, 30), 0));
        return read(searcher -> {
            List<Suggestion> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(ranked, n).scoreDocs) {
                Document doc = stored.document(d.doc, Set.of(Fields.ID_VALUE, Fields.TITLE));
                out.add(new Suggestion(
                        doc.getField(Fields.ID_VALUE).numericValue().longValue(), doc.get(Fields.TITLE)));
            }
            return out;
        });
    }

    /** Posts resembling a draft, best first, at most {@code limit} (5 is what the post form shows). */
    public List<SimilarPost> similar(String title, String body, int limit, boolean includeHidden) {
        String t = clip(title, 1_000);
        String bd = clip(body, 20_000);
        int n = Math.max(1, Math.min(limit, 20));
        return read(searcher -> {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analysis.perField());
            mlt.setFieldNames(Fields.TEXT_FIELDS.toArray(String[]::new));
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Map<String, java.util.Collection<Object>> draft = new HashMap<>();
            // the title counts twice: it is what a duplicate most often repeats
            draft.put(Fields.TITLE_DE, List.of(t, t));
            draft.put(Fields.TITLE_EN, List.of(t, t));
            draft.put(Fields.BODY_DE, List.of(bd));
            draft.put(Fields.BODY_EN, List.of(bd));
            Query like = mlt.like(draft);
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST);
            if (!includeHidden) {
                b.add(new TermQuery(new Term(Fields.PUBLIC, "true")), Occur.FILTER);
            }
            List<SimilarPost> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(b.build(), n).scoreDocs) {
                Document doc = stored.document(d.doc, Set.of(Fields.ID_VALUE, Fields.TITLE));
                out.add(new SimilarPost(
                        doc.getField(Fields.ID_VALUE).numericValue().longValue(), doc.get(Fields.TITLE), d.score));
            }
            return out;
        });
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** Runs a read against a current searcher and releases it whatever happens. */
    public <T> T read(Read<T> read) {
        for (int attempt = 0; ; attempt++) {
            Generation g = requireOpen();
            IndexSearcher searcher;
            try {
                searcher = g.searchers.acquire();
            } catch (AlreadyClosedException swapped) {
                if (attempt < 3) {
                    continue;
                }
                throw swapped;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return read.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    g.searchers.release(searcher);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "release", e);
                }
            }
        }
    }

    /** Makes everything applied so far searchable now (tests, and callers that must read their writes). */
    public void refresh() {
        try {
            requireOpen().searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Generation requireOpen() {
        Generation g = live;
        if (g == null) {
            throw new IllegalStateException("search index is not open: " + status.detail());
        }
        return g;
    }

    private void updateStatus(State state, String detail) {
        Generation g = live;
        Rebuild r = rebuilding;
        long docs = g == null ? 0 : g.writer.getDocStats().numDocs;
        long seq = g == null ? 0 : g.applied.sequence();
        if (r != null && state == State.REBUILDING) {
            long done = r.written.get();
            status = new IndexStatus(
                    State.REBUILDING,
                    docs,
                    seq,
                    done,
                    r.total,
                    "rebuilding " + done + " of " + (r.total > 0 ? r.total : "?"));
        } else {
            status = new IndexStatus(state, docs, seq, detail);
        }
    }

    private List<Path> generations() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> Files.isDirectory(p) && generationNumber(p) >= 0)
                    .sorted(Comparator.comparingLong(SearchIndex::generationNumber)
                            .reversed())
                    .toList();
        }
    }

    private Path nextGeneration(List<Path> existing) {
        long max = 0;
        for (Path p : existing) {
            max = Math.max(max, generationNumber(p));
        }
        Generation g = live;
        if (g != null) {
            max = Math.max(max, generationNumber(g.dir));
        }
        return root.resolve(String.format("%s%06d", GENERATION_PREFIX, max + 1));
    }

    private static long generationNumber(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(GENERATION_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(GENERATION_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Best effort: what is left is removed by the next {@link #open()}. */
    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not delete old search index " + dir, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @PreDestroy
    public void close() {
        synchronized (writeLock) {
            Rebuild r = rebuilding;
            if (r != null) {
                r.cancelled = true;
                rebuilding = null;
                r.generation.close(true);
            }
            Generation g = live;
            live = null;
            if (g != null) {
                g.close(false);
            }
            status = new IndexStatus(State.STARTING, 0, 0, "closed");
        }
    }

    @FunctionalInterface
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** A rebuild in progress: the new generation and the ids that {@link #apply} already wrote to it. */
    private static final class Rebuild {
        final Generation generation;
        final State before;
        final Set<Long> touched = ConcurrentHashMap.newKeySet();
        final AtomicLong written = new AtomicLong();
        final CompletableFuture<IndexStatus> done = new CompletableFuture<>();
        volatile long total;
        volatile IndexPosition maxPosition = IndexPosition.START;
        volatile boolean cancelled;

        Rebuild(Generation generation, State before) {
            this.generation = generation;
            this.before = before;
        }
    }

    /** One index folder with its writer, and once it serves, its searchers and reopen thread. */
    private static final class Generation {
        final Path dir;
        final FSDirectory directory;
        final IndexWriter writer;
        SearcherManager searchers;
        ControlledRealTimeReopenThread<IndexSearcher> reopen;
        IndexPosition applied = IndexPosition.START;
        boolean complete;
        String schema;
        long committedAt = System.nanoTime();
        static final long COMMIT_EVERY_MS = 1_000;

        private Generation(Path dir, FSDirectory directory, IndexWriter writer) {
            this.dir = dir;
            this.directory = directory;
            this.writer = writer;
        }

        /** Opens an existing generation (serving), or creates an empty one (serving if {@code serve}). */
        static Generation open(Path dir, boolean create, Analysis analysis, String schema) throws IOException {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriter writer = null;
            Generation g = null;
            try {
                IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
                        .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                        .setRAMBufferSizeMB(64)
                        .setSimilarity(
                                new BM25Similarity(1.2f, analysis.settings().lengthNormalisation()))
                        .setCommitOnClose(false);
                writer = new IndexWriter(directory, config);
                g = new Generation(dir, directory, writer);
                if (create) {
                    g.schema = schema;
                    g.commit(IndexPosition.START, false);
                } else {
                    Map<String, String> data = new HashMap<>();
                    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
                        data.put(e.getKey(), e.getValue());
                    }
                    g.schema = data.get(SCHEMA);
                    g.applied = new IndexPosition(
                            Long.parseLong(data.getOrDefault(APPLIED_TRANSACTION, "0")),
                            Long.parseLong(data.getOrDefault(APPLIED_SEQUENCE, "0")));
                    g.complete = "true".equals(data.get(COMPLETE));
                }
                // a reader over every segment: fails now, not at the first search, if one is damaged
                g.startSearching();
                IndexSearcher check = g.searchers.acquire();
                try {
                    check.getIndexReader().leaves().forEach(leaf -> leaf.reader()
                            .numDocs());
                } finally {
                    g.searchers.release(check);
                }
                return g;
            } catch (IOException | RuntimeException e) {
                if (g != null) {
                    g.close(true);
                } else {
                    if (writer != null) {
                        writer.rollback();
                    }
                    directory.close();
                }
                throw e;
            }
        }

        void startSearching() throws IOException {
            if (searchers != null) {
                return;
            }
            Similarity similarity = writer.getConfig().getSimilarity();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(similarity);
                    return searcher;
                }
            });
            reopen = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SEC, MIN_STALE_SEC);
            reopen.setName("search-index-reopen " + dir.getFileName());
            reopen.setDaemon(true);
            reopen.start();
        }

        void commit(IndexPosition position, boolean completeNow) throws IOException {
            remember(position, completeNow);
            writer.commit();
            committedAt = System.nanoTime();
        }

        /**
         * Takes the position of changes just applied; commits (with it in the commit data) at most
         * every {@value #COMMIT_EVERY_MS} ms. A commit is a flush and an fsync: once per vote it was
         * most of a vote's cost. Searchers see the changes anyway (near real time); what a crash
         * loses is only the stored position, and the feed then applies those changes again (writes
         * are keyed by post id and set vote counts, so applying twice changes nothing). Closing commits.
         */
        void record(IndexPosition position) throws IOException {
            remember(position, complete);
            if (System.nanoTime() - committedAt >= COMMIT_EVERY_MS * 1_000_000L) {
                writer.commit();
                committedAt = System.nanoTime();
            }
        }

        private void remember(IndexPosition position, boolean completeNow) {
            writer.setLiveCommitData(Map.of(
                            APPLIED_TRANSACTION, Long.toString(position.transaction()),
                            APPLIED_SEQUENCE, Long.toString(position.sequence()),
                            SCHEMA, schema,
                            COMPLETE, Boolean.toString(completeNow))
                    .entrySet());
            applied = position;
            complete = completeNow;
        }

        void close(boolean discard) {
            try {
                if (reopen != null) {
                    reopen.close();
                }
                if (searchers != null) {
                    searchers.close();
                }
                if (discard) {
                    writer.rollback();
                } else {
                    // what record() has not committed yet, with its position
                    writer.commit();
                    writer.close();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "closing search index " + dir, e);
            } finally {
                try {
                    directory.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing directory", e);
                }
            }
        }
    }
}
