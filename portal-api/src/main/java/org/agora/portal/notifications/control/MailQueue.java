package org.agora.portal.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.portal.platform.control.Cadence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns unmailed notifications into e-mails: at once for members who chose INSTANT (one mail per
 * member and round, however many notifications arrived), once a day for DAILY. Notifications the
 * member has already read in the inbox are not mailed. Each member's batch is one transaction
 * with the member's notifications locked, so two nodes never mail the same notification.
 */
@ApplicationScoped
public class MailQueue implements BackgroundWork {

    private static final int MEMBERS_PER_BATCH = 20;
    private static final int LINES_MAX = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "portal.mail.digest-hour", defaultValue = "7")
    int digestHour;

    @Inject
    @ConfigProperty(name = "portal.mail.interval", defaultValue = "PT10S")
    Duration interval;

    private final Cadence cadence = new Cadence();

    /** Mail is not urgent: it runs on its own, slower cadence, not on every committed change. */
    @Override
    @Transactional
    public int runBatch() {
        Instant now = clock.instant();
        if (!cadence.due(now, interval)) {
            return 0;
        }
        scheduleFirstDigests(now);
        List<?> due = em.createNativeQuery("select m.id, m.email, coalesce(m.locale, 'en'), m.email_mode,"
                        + " m.unsubscribe_token::text from members m"
                        + " where m.email is not null and m.status = 'ACTIVE'"
                        + " and (m.email_mode = 'INSTANT' or (m.email_mode = 'DAILY' and m.digest_due_at <= ?1))"
                        + " and exists (select 1 from notifications n where n.member_id = m.id and n.mailed_at is null)"
                        + " order by m.id limit ?2 for update of m skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, MEMBERS_PER_BATCH)
                .getResultList();
        for (Object row : due) {
            Object[] m = (Object[]) row;
            queue(((Number) m[0]).longValue(), (String) m[1], (String) m[2], "DAILY".equals(m[3]), (String) m[4], now);
        }
        // Members who switched to NONE: their backlog is never mailed.
        em.createNativeQuery(
                        "update notifications n set mailed_at = ?1 from members m"
                                + " where m.id = n.member_id and n.mailed_at is null and (m.email_mode = 'NONE' or m.email is null)")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
        if (due.isEmpty()) {
            cadence.caughtUp(now);
        }
        return due.size();
    }

    private void scheduleFirstDigests(Instant now) {
        em.createNativeQuery(
                        "update members set digest_due_at = ?1 where email_mode = 'DAILY' and digest_due_at is null"
                                + " and exists (select 1 from notifications n where n.member_id = members.id and n.mailed_at is null)")
                .setParameter(1, Timestamp.from(nextDigest(now)))
                .executeUpdate();
    }

    Instant nextDigest(Instant now) {
        ZonedDateTime slot = now.atZone(ZoneOffset.UTC)
                .withHour(digestHour)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return (slot.toInstant().isAfter(now) ? slot : slot.plusDays(1)).toInstant();
    }

    private void queue(long memberId, String email, String language, boolean digest, String token, Instant now) {
        List<?> rows = em.createNativeQuery("select n.kind, p.id, p.title, p.status, n.detail from notifications n"
                        + " join posts p on p.id = n.post_id where n.member_id = ?1 and n.mailed_at is null"
                        + " and n.read_at is null order by n.id")
                .setParameter(1, memberId)
                .getResultList();
        if (!rows.isEmpty()) {
            Letters letters = new Letters(language, publicUrl);
            List<String> lines = rows.stream()
                    .limit(LINES_MAX)
                    .map(row -> {
                        Object[] r = (Object[]) row;
                        return letters.line(
                                (String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String)
                                        r[4]);
                    })
                    .toList();
            String unsubscribe = publicUrl + "/api/unsubscribe?token=" + token;
            em.createNativeQuery("insert into mails (member_id, recipient, subject, body, unsubscribe_url, created_at,"
                            + " next_attempt_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?6)")
                    .setParameter(1, memberId)
                    .setParameter(2, email)
                    .setParameter(3, letters.subject(digest, rows.size()))
                    .setParameter(4, letters.body(lines, rows.size() - lines.size(), unsubscribe))
                    .setParameter(5, unsubscribe)
                    .setParameter(6, Timestamp.from(now))
                    .executeUpdate();
        }
        em.createNativeQuery("update notifications set mailed_at = ?2 where member_id = ?1 and mailed_at is null")
                .setParameter(1, memberId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        if (digest) {
            em.createNativeQuery("update members set digest_due_at = ?2 where id = ?1")
                    .setParameter(1, memberId)
                    .setParameter(2, Timestamp.from(nextDigest(now)))
                    .executeUpdate();
        }
    }
}
