package org.agora.portal.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.agora.moderation.checks.control.Text;
import org.agora.portal.changes.control.ChangeFeed;
import org.agora.portal.platform.control.Rows;
import org.agora.search.index.entity.IndexPosition;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.RebuildSource;

/**
 * Reads posts as the index sees them, and the change log after the index's position. Merged and
 * deleted posts are not indexed; pending, hidden and rejected ones are, for staff only.
 */
@ApplicationScoped
@Transactional
public class IndexedPosts {

    /** The posts to index, as rows that {@link #document} reads (public for the search benchmark's raw baseline). */
    public static final String DOCUMENTS = "select p.id, p.kind, p.status, p.state, a.slug, p.stage, p.language,"
            + " p.title, p.body_html, p.vote_count, p.comment_count, p.created_at, p.updated_at,"
            + " (select string_agg(t.tag, ',' order by t.tag) from post_tags t where t.post_id = p.id)"
            + " from posts p join product_areas a on a.id = p.area_id"
            + " where p.deleted_at is null and p.merged_into_id is null";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int REBUILD_BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** This bean through its proxy: batches read on other threads get their transaction too. */
    @Inject
    IndexedPosts self;

    /** Changes after the position, oldest first, none that could still be overtaken by a slower commit. */
    public List<Object[]> changesAfter(IndexPosition position, int max) {
        return em
                .createNativeQuery(ChangeFeed.NEXT_BATCH)
                .setParameter(1, Long.toString(position.transaction()))
                .setParameter(2, position.sequence())
                .setParameter(3, max)
                .getResultList()
                .stream()
                .map(row -> (Object[]) row)
                .toList();
    }

    public static IndexPosition positionOf(Object[] change) {
        return new IndexPosition(Long.parseLong((String) change[0]), ((Number) change[1]).longValue());
    }

    /** The indexable posts among these ids; the others are to be removed from the index. */
    public List<PostDocument> byIds(Collection<Long> ids) {
        return em
                .createNativeQuery(DOCUMENTS + " and p.id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new))
                .getResultList()
                .stream()
                .map(row -> document((Object[]) row))
                .toList();
    }

    /** Current vote counts of these posts. */
    public Map<Long, Integer> voteCounts(Collection<Long> ids) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createNativeQuery("select id, vote_count from posts where id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new))
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
                });
        return counts;
    }

    /**
     * Every indexable post, for a rebuild: the position is read first, so the documents read after
     * it reflect at least that position; changes after it are applied again (updates are by id).
     */
    public RebuildSource everything() {
        IndexPosition position = safePosition();
        long count = ((Number) em.createNativeQuery(
                                "select count(*) from posts where deleted_at is null and merged_into_id is null")
                        .getSingleResult())
                .longValue();
        return new RebuildSource() {
            @Override
            public IndexPosition snapshotPosition() {
                return position;
            }

            @Override
            public long count() {
                return count;
            }

            /** Called on the index's own thread: each batch is read on a container thread. */
            @Override
            public void forEach(Consumer<PostDocument> sink) {
                long after = 0;
                while (true) {
                    long from = after;
                    List<PostDocument> batch = onContainerThread(() -> self.batchAfter(from));
                    batch.forEach(sink);
                    if (batch.size() < REBUILD_BATCH) {
                        return;
                    }
                    after = batch.get(batch.size() - 1).id();
                }
            }
        };
    }

    public List<PostDocument> batchAfter(long id) {
        return em
                .createNativeQuery(DOCUMENTS + " and p.id > ?1 order by p.id limit " + REBUILD_BATCH)
                .setParameter(1, id)
                .getResultList()
                .stream()
                .map(row -> document((Object[]) row))
                .toList();
    }

    private <T> T onContainerThread(Callable<T> work) {
        try {
            return executor.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading posts for the index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading posts for the index failed", e.getCause());
        }
    }

    /** The last change no slower commit can come before: everything up to it is decided. */
    IndexPosition safePosition() {
        List<?> rows = em.createNativeQuery("select tx::text, seq from changes"
                        + " where tx < pg_snapshot_xmin(pg_current_snapshot()) order by tx desc, seq desc limit 1")
                .getResultList();
        return rows.isEmpty() ? IndexPosition.START : positionOf((Object[]) rows.get(0));
    }

    /** One row of {@link #DOCUMENTS}, from JPA or plain JDBC, as the index sees the post. */
    public static PostDocument document(Object[] r) {
        String tags = (String) r[13];
        return new PostDocument(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                "PUBLISHED".equals(r[3]),
                (String) r[4],
                tags == null ? List.of() : Arrays.asList(tags.split(",")),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                plainText((String) r[8]),
                ((Number) r[9]).intValue(),
                ((Number) r[10]).intValue(),
                Rows.instant(r[11]),
                Rows.instant(r[12]));
    }

    /** Sanitized HTML as plain text on one line. */
    static String plainText(String html) {
        return html == null ? "" : SPACES.matcher(Text.plain(html)).replaceAll(" ");
    }

    /** The posts the changes of the kinds named touch. */
    static Set<Long> postIds(List<Object[]> changes, Predicate<String> kinds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object[] change : changes) {
            Long id = Rows.id(change[3]);
            if (id != null && kinds.test((String) change[2])) {
                ids.add(id);
            }
        }
        return ids;
    }
}
