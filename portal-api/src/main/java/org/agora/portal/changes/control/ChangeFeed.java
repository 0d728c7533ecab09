package org.agora.portal.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import org.agora.portal.changes.entity.Change;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.platform.control.Rows;

/**
 * Hands the change log to a named consumer, batch by batch, exactly once.
 *
 * <p>A sequence alone is not a safe position: a transaction can draw a lower sequence number and
 * commit after a higher one was read. So the log is read in (transaction id, seq) order and only
 * for transactions older than the oldest one still running ({@code pg_snapshot_xmin}): no new
 * entry can appear below that point. The consumer's row is locked ({@code skip locked}), so on
 * several nodes one works while the others pass, and its position moves in the same transaction
 * as the consumer's own writes.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The next changes after a position (?1 transaction id, ?2 sequence): at most ?3, none still uncertain. */
    public static final String NEXT_BATCH = "select tx::text, seq, kind, post_id, comment_id, actor_id, created_at"
            + " from changes where (tx, seq) > (?1::xid8, ?2)"
            + " and tx < pg_snapshot_xmin(pg_current_snapshot()) order by tx, seq limit ?3";

    @PersistenceContext
    EntityManager em;

    /**
     * Gives the next batch to the handler inside one transaction and advances the consumer past
     * it. Returns how many changes were handled: 0 when there was nothing or another node holds
     * the consumer.
     */
    @Transactional
    public int next(String consumer, int max, Consumer<List<Change>> handler) {
        em.createNativeQuery("insert into change_consumers (name) values (?1) on conflict do nothing")
                .setParameter(1, consumer)
                .executeUpdate();
        List<?> position = em.createNativeQuery(
                        "select last_tx::text, last_seq from change_consumers where name = ?1 for update skip locked")
                .setParameter(1, consumer)
                .getResultList();
        if (position.isEmpty()) {
            return 0;
        }
        Object[] at = (Object[]) position.get(0);
        List<?> rows = em.createNativeQuery(NEXT_BATCH)
                .setParameter(1, at[0])
                .setParameter(2, at[1])
                .setParameter(3, max)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // Kinds this version does not know (written by a newer node in a rolling upgrade) are passed
        // over: one of them must not stop every consumer.
        List<Change> batch = rows.stream()
                .map(ChangeFeed::change)
                .filter(change -> change.kind() != null)
                .toList();
        handler.accept(batch);
        Object[] last = (Object[]) rows.get(rows.size() - 1);
        em.createNativeQuery(
                        "update change_consumers set last_tx = ?2::text::xid8, last_seq = ?3, updated_at = now() where name = ?1")
                .setParameter(1, consumer)
                .setParameter(2, last[0])
                .setParameter(3, last[1])
                .executeUpdate();
        return rows.size();
    }

    private static ChangeKind kind(String name) {
        try {
            return ChangeKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Change change(Object row) {
        Object[] r = (Object[]) row;
        return new Change(
                Long.parseLong((String) r[0]),
                ((Number) r[1]).longValue(),
                kind((String) r[2]),
                id(r[3]),
                id(r[4]),
                id(r[5]),
                Rows.instant(r[6]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
