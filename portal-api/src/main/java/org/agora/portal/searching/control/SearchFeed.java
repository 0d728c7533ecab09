package org.agora.portal.searching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.moderation.checks.control.Text;
import org.agora.portal.changes.control.ChangeFeed;
import org.agora.portal.changes.entity.Change;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.IndexStatus;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.RebuildSource;

/**
 * Keeps this node's search index in step with the database: reads the change log as a consumer of
 * its own (each node has its own index), reloads the changed posts and upserts them by id — their
 * state decides whether customers find them — and rebuilds the index from the database when it
 * opened empty (missing, corrupt, old schema). Applying is idempotent, so the at-least-once
 * delivery of the feed (the index commits before the feed position does) is enough.
 */
@ApplicationScoped
public class SearchFeed implements BackgroundWork {

    private static final Logger LOG = Logger.getLogger(SearchFeed.class.getName());
    static final String SELECT = "select p.id, p.kind, p.status, (p.state = 'PUBLISHED' and p.deleted_at is null"
            + " and p.merged_into_id is null), a.slug,"
            + " (select string_agg(t.tag, ',') from post_tags t where t.post_id = p.id), p.stage, p.language,"
            + " p.title, p.body_html, p.vote_count, p.comment_count, p.created_at, p.updated_at"
            + " from posts p join product_areas a on a.id = p.area_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    SearchIndex index;

    private final String consumer = "search@" + host();

    @Override
    public int runBatch() {
        if (index.status().state() == IndexStatus.State.REBUILD_NEEDED) {
            rebuild();
        }
        return feed.next(consumer, 500, this::apply);
    }

    void apply(List<Change> changes) {
        Set<Long> ids = new LinkedHashSet<>();
        long sequence = 0;
        for (Change change : changes) {
            if (change.postId() != null) {
                ids.add(change.postId());
            }
            sequence = Math.max(sequence, change.seq());
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, PostDocument> found = new HashMap<>();
        for (PostDocument doc : documents(" where p.id = any(cast(?1 as bigint[]))", array(ids))) {
            found.put(doc.id(), doc);
        }
        List<Long> gone = ids.stream().filter(id -> !found.containsKey(id)).toList();
        index.apply(new ArrayList<>(found.values()), gone, sequence);
    }

    /**
     * Reads every post in one transaction and hands them to the index's background rebuild; the
     * feed goes on applying changes meanwhile (they reach both generations).
     */
    private void rebuild() {
        Object max = em.createNativeQuery("select coalesce(max(seq), 0) from changes")
                .getSingleResult();
        List<PostDocument> all = documents("", null);
        long snapshot = ((Number) max).longValue();
        LOG.info(() -> "search index: rebuilding from " + all.size() + " posts");
        index.rebuild(new RebuildSource() {
                    @Override
                    public long snapshotSequence() {
                        return snapshot;
                    }

                    @Override
                    public long count() {
                        return all.size();
                    }

                    @Override
                    public void forEach(Consumer<PostDocument> sink) {
                        all.forEach(sink);
                    }
                })
                .exceptionally(failure -> {
                    LOG.log(Level.WARNING, "search index rebuild failed; retried next round", failure);
                    return null;
                });
    }

    private List<PostDocument> documents(String where, String ids) {
        var query = em.createNativeQuery(SELECT + where);
        if (ids != null) {
            query.setParameter(1, ids);
        }
        List<?> rows = query.getResultList();
        List<PostDocument> docs = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            docs.add(new PostDocument(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Boolean.TRUE.equals(r[3]),
                    (String) r[4],
                    r[5] == null ? List.of() : Arrays.asList(((String) r[5]).split(",")),
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    Text.plain((String) r[9]),
                    ((Number) r[10]).intValue(),
                    ((Number) r[11]).intValue(),
                    ((Timestamp) r[12]).toInstant(),
                    ((Timestamp) r[13]).toInstant()));
        }
        return docs;
    }

    private static String array(Collection<Long> ids) {
        return ids.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .map(s -> "{" + s + "}")
                .orElse("{}");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
