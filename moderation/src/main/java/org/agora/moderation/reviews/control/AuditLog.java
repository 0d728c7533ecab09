package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.agora.moderation.reviews.entity.AuditFilter;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;

/**
 * The audit log of every staff action (and of automatic moderation): one row per action, written in
 * the action's transaction by moderation and by portal-api alike; moderators and admins read it,
 * admins export it.
 */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_MAX = 200;
    private static final int EXPORT_PAGE = 1000;
    private static final String COLUMNS = "id, actor_id, action, target_type, target_id, review_item_id, reason,"
            + " before_state, after_state, created_at, details::text";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            Long actorId,
            String action,
            TargetType type,
            long targetId,
            Long reviewItemId,
            String reason,
            Object before,
            Object after,
            Instant at) {
        record(actorId, action, type, targetId, reviewItemId, reason, before, after, null, at);
    }

    /**
     * Records an action with its details: a small map of what else it concerned (strings, numbers,
     * booleans, lists of them; null values are left out), stored as JSON.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            Long actorId,
            String action,
            TargetType type,
            long targetId,
            Long reviewItemId,
            String reason,
            Object before,
            Object after,
            Map<String, ?> details,
            Instant at) {
        em.createNativeQuery("insert into moderation_log (actor_id, action, target_type, target_id, review_item_id,"
                        + " reason, before_state, after_state, details, created_at) values (cast(?1 as bigint), ?2,"
                        + " ?3, ?4, cast(?5 as bigint), ?6, ?7, ?8, cast(?9 as jsonb), ?10)")
                .setParameter(1, actorId)
                .setParameter(2, action)
                .setParameter(3, type.name())
                .setParameter(4, targetId)
                .setParameter(5, reviewItemId)
                .setParameter(6, reason)
                .setParameter(7, before == null ? null : before.toString())
                .setParameter(8, after == null ? null : after.toString())
                .setParameter(9, details == null || details.isEmpty() ? null : json(details))
                .setParameter(10, Timestamp.from(at))
                .executeUpdate();
    }

    /** Newest first; optionally one target's entries; {@code beforeId} pages back. */
    public List<AuditEntry> entries(Reviewer reviewer, TargetType type, Long targetId, Long beforeId, int limit) {
        return entries(reviewer, new AuditFilter(null, null, type, targetId, null, null), beforeId, limit);
    }

    /** Newest first, as the filter says; {@code beforeId} pages back. Moderators and admins. */
    public List<AuditEntry> entries(Reviewer reviewer, AuditFilter filter, Long beforeId, int limit) {
        Reviews.requireModerator(reviewer);
        return page(filter, beforeId, limit);
    }

    /**
     * One target's entries, newest first, at most {@code limit}: for the portal's timeline of a post,
     * which decides itself who may read them (staff).
     */
    public List<AuditEntry> ofTarget(TargetType type, long targetId, int limit) {
        return entries(em.createNativeQuery("select " + COLUMNS + " from moderation_log where target_type = ?1"
                        + " and target_id = ?2 order by id desc limit ?3")
                .setParameter(1, type.name())
                .setParameter(2, targetId)
                .setParameter(3, limit)
                .getResultList());
    }

    /**
     * Checks that the reviewer may export (admins only) before anything is written, and answers the
     * export, which then writes the filtered log as CSV, newest first, page by page.
     */
    public Export export(Reviewer reviewer, AuditFilter filter) {
        if (!reviewer.administers()) {
            throw Refusal.notPermitted("Only admins export the audit log.");
        }
        return out -> {
            out.write(AuditCsv.HEADER);
            Long before = null;
            List<AuditEntry> page;
            do {
                page = page(filter, before, EXPORT_PAGE);
                for (AuditEntry entry : page) {
                    out.write(AuditCsv.line(entry));
                }
                before = page.isEmpty() ? null : page.get(page.size() - 1).id();
                out.flush();
            } while (page.size() == EXPORT_PAGE);
        };
    }

    /** Writes an export; outside any transaction, each page its own read. */
    @FunctionalInterface
    public interface Export {
        void writeTo(Writer out) throws IOException;
    }

    private List<AuditEntry> page(AuditFilter filter, Long beforeId, int limit) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from moderation_log"
                        + " where (cast(?1 as text) is null or target_type = cast(?1 as text))"
                        + " and (cast(?2 as bigint) is null or target_id = cast(?2 as bigint))"
                        + " and (cast(?3 as bigint) is null or id < cast(?3 as bigint))"
                        + " and (cast(?5 as bigint) is null or actor_id = cast(?5 as bigint))"
                        + " and (cast(?6 as text) is null or action = cast(?6 as text))"
                        + " and (cast(?7 as timestamptz) is null or created_at >= cast(?7 as timestamptz))"
                        + " and (cast(?8 as timestamptz) is null or created_at < cast(?8 as timestamptz))"
                        + " order by id desc limit ?4")
                .setParameter(
                        1,
                        filter.targetType() == null ? null : filter.targetType().name())
                .setParameter(2, filter.targetId())
                .setParameter(3, beforeId)
                .setParameter(4, limit)
                .setParameter(5, filter.actorId())
                .setParameter(6, filter.action())
                .setParameter(7, filter.from() == null ? null : Timestamp.from(filter.from()))
                .setParameter(8, filter.to() == null ? null : Timestamp.from(filter.to()))
                .getResultList();
        return entries(rows);
    }

    private static List<AuditEntry> entries(List<?> rows) {
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new AuditEntry(
                        ((Number) r[0]).longValue(),
                        Rows.longOrNull(r[1]),
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        Rows.longOrNull(r[5]),
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        Rows.instant(r[9]),
                        r[10] == null
                                ? null
                                : Json.createReader(new StringReader((String) r[10]))
                                        .readObject()))
                .toList();
    }

    static String json(Map<String, ?> details) {
        Map<String, Object> plain = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                plain.put(key, plain(value));
            }
        });
        return Json.createObjectBuilder(plain).build().toString();
    }

    private static Object plain(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(AuditLog::plain).toList();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        return value instanceof Number n ? n.doubleValue() : String.valueOf(value);
    }
}
