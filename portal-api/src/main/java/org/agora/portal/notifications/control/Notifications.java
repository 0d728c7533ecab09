package org.agora.portal.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.agora.portal.notifications.entity.Inbox;
import org.agora.portal.notifications.entity.NotificationView;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Problem.FieldError;

/** A member's inbox: read it page by page (newest first), mark entries read. */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Inbox inbox(long memberId, boolean unreadOnly, int limit, String before) {
        long beforeId = Long.MAX_VALUE;
        if (before != null) {
            try {
                beforeId = Long.parseLong(before);
            } catch (NumberFormatException e) {
                throw new InvalidInput(
                        "The cursor does not belong to this listing.", List.of(new FieldError("cursor", "invalid")));
            }
        }
        List<?> rows = em.createNativeQuery("select n.id, n.kind, n.post_id, p.title, p.status, p.merged_into_id,"
                        + " n.comment_id, coalesce(m.display_name, ''), n.created_at, n.read_at is not null, n.detail"
                        + " from notifications n left join posts p on p.id = n.post_id"
                        + " left join members m on m.id = n.actor_id"
                        + " where n.member_id = ?1 and n.id < ?2 and (?3 = false or n.read_at is null)"
                        + " order by n.id desc limit ?4")
                .setParameter(1, memberId)
                .setParameter(2, beforeId)
                .setParameter(3, unreadOnly)
                .setParameter(4, limit + 1)
                .getResultList();
        List<NotificationView> items = rows.stream()
                .limit(limit)
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new NotificationView(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            Rows.id(r[2]),
                            (String) r[3],
                            (String) r[4],
                            Rows.id(r[5]),
                            Rows.id(r[6]),
                            (String) r[7],
                            Rows.instant(r[8]),
                            (Boolean) r[9],
                            (String) r[10]);
                })
                .toList();
        String next = rows.size() > limit ? Long.toString(items.get(limit - 1).id()) : null;
        return new Inbox(items, unread(memberId), next);
    }

    public long unread(long memberId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from notifications where member_id = ?1 and read_at is null")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .longValue();
    }

    /** Marks the member's notifications up to and including {@code upTo} read (all when null). */
    @Transactional
    public long markRead(long memberId, Long upTo) {
        em.createNativeQuery("update notifications set read_at = ?3"
                        + " where member_id = ?1 and read_at is null and id <= ?2")
                .setParameter(1, memberId)
                .setParameter(2, upTo == null ? Long.MAX_VALUE : upTo)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return unread(memberId);
    }
}
