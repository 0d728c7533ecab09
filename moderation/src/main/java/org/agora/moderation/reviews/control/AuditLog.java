package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;

/** The moderation log: one row per action, written in the action's transaction; read by moderators and admins. */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_MAX = 200;

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
        em.createNativeQuery("insert into moderation_log (actor_id, action, target_type, target_id, review_item_id,"
                        + " reason, before_state, after_state, created_at) values (cast(?1 as bigint), ?2, ?3, ?4,"
                        + " cast(?5 as bigint), ?6, ?7, ?8, ?9)")
                .setParameter(1, actorId)
                .setParameter(2, action)
                .setParameter(3, type.name())
                .setParameter(4, targetId)
                .setParameter(5, reviewItemId)
                .setParameter(6, reason)
                .setParameter(7, before == null ? null : before.toString())
                .setParameter(8, after == null ? null : after.toString())
                .setParameter(9, Timestamp.from(at))
                .executeUpdate();
    }

    /** Newest first; optionally one target's entries; {@code beforeId} pages back. */
    public List<AuditEntry> entries(Reviewer reviewer, TargetType type, Long targetId, Long beforeId, int limit) {
        Reviews.requireModerator(reviewer);
        List<?> rows = em.createNativeQuery("select id, actor_id, action, target_type, target_id, review_item_id,"
                        + " reason, before_state, after_state, created_at from moderation_log"
                        + " where (cast(?1 as text) is null or target_type = cast(?1 as text))"
                        + " and (cast(?2 as bigint) is null or target_id = cast(?2 as bigint))"
                        + " and (cast(?3 as bigint) is null or id < cast(?3 as bigint))"
                        + " order by id desc limit ?4")
                .setParameter(1, type == null ? null : type.name())
                .setParameter(2, targetId)
                .setParameter(3, beforeId)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new AuditEntry(
                        ((Number) r[0]).longValue(),
                        r[1] == null ? null : ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        r[5] == null ? null : ((Number) r[5]).longValue(),
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        Rows.instant(r[9])))
                .toList();
    }
}
