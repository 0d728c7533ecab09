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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.search.index.entity.IndexStatus;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SearchResult;
import org.agora.search.index.entity.SimilarPost;
import org.agora.search.index.entity.Suggestion;
import org.agora.search.index.entity.IndexStatus.State;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the index directory for the application's life. Opening is explicit ({@link #open()}) so
 * that the application decides when; a failure to open leaves the portal running and readiness
 * reporting why.
 */
@ApplicationScoped
public class SearchIndex {

    static final String APPLIED_SEQUENCE = "agora.appliedSequence";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "portal.search.index-dir", defaultValue = "data/index")
    String indexDir;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "not opened yet");

    void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        open();
    }

    public synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Path path = Path.of(indexDir);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(new StandardAnalyzer())
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (writer.getLiveCommitData() == null) {
                writer.setLiveCommitData(Map.of(APPLIED_SEQUENCE, "0").entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
            status = new IndexStatus(State.READY, writer.getDocStats().numDocs, readAppliedSequence(), null);
            LOG.info(() -> "Search index open at " + path.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index could not be opened at " + indexDir, e);
            status = new IndexStatus(State.FAILED, 0, 0, e.getMessage());
            closeQuietly();
        }
    }

    public IndexStatus status() {
        return status;
    }

    /** Runs a read against a current searcher and releases it whatever happens. */
    public <T> T read(Read<T> read) {
        SearcherManager current = searchers;
        if (current == null) {
            throw new IllegalStateException("search index is not open: " + status.detail());
        }
        try {
            IndexSearcher searcher = current.acquire();
            try {
                return read.apply(searcher);
            } finally {
                current.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long readAppliedSequence() throws IOException {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (APPLIED_SEQUENCE.equals(entry.getKey())) {
                return Long.parseLong(entry.getValue());
            }
        }
        return 0;
    }

    @PreDestroy
    synchronized void close() {
        closeQuietly();
        status = new IndexStatus(State.STARTING, 0, 0, "closed");
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the search index", e);
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }


    /**
     * Applies a batch of changes: upserts by post id, deletes by post id, and records
     * {@code sequence} as the last applied database change sequence in the same commit as the
     * documents (the commit data keeps the highest sequence seen). Visible to searches within about
     * a second (the near-real-time reopen thread); durable when this method returns.
     *
     * @return the applied sequence after this batch
     */
    public long apply(List<PostDocument> upserts, List<Long> deletedIds, long sequence) {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** The last database change sequence whose changes are in the index (0 for a new index). */
    public long appliedSequence() {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** True when the index was missing, corrupt or of an old schema and is waiting for {@link #rebuild}. */
    public boolean rebuildNeeded() {
        return status.state() == State.REBUILD_NEEDED;
    }

    /**
     * Rebuilds the index in the background from {@code source} into a new directory while the
     * current index keeps serving (an empty one, if it was missing or corrupt); swaps when complete.
     * {@link #apply} calls during the rebuild go to both indexes; a document applied during the
     * rebuild wins over the source's copy. {@link #status()} says "rebuilding n of m".
     *
     * @return completes with the status after the swap, or exceptionally if the rebuild failed (the
     *     old index then keeps serving)
     */
    public CompletableFuture<IndexStatus> rebuild(RebuildSource source) {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** Searches; never throws on any query text. */
    public SearchResult search(SearchRequest request) {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** Titles starting with (words starting with) {@code prefix}, best first. */
    public List<Suggestion> suggest(String prefix, int limit, boolean includeHidden) {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** Posts resembling a draft, best first, at most {@code limit} (5 is what the post form shows). */
    public List<SimilarPost> similar(String title, String body, int limit, boolean includeHidden) {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    @FunctionalInterface
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
