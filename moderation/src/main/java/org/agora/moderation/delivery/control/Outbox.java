package org.agora.moderation.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.agora.moderation.delivery.entity.Claimed;
import org.agora.moderation.delivery.entity.Outcome;
import org.agora.moderation.reviews.control.Rows;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's two short transactions around a send: claiming due rows under a lease, and
 * recording how the attempt ended. Nothing is sent inside a transaction.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "delivery.lease", defaultValue = "PT5M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "delivery.retry.base", defaultValue = "PT10S")
    Duration base;

    @Inject
    @ConfigProperty(name = "delivery.retry.cap", defaultValue = "PT1H")
    Duration cap;

    @Inject
    @ConfigProperty(name = "delivery.max-age", defaultValue = "P3D")
    Duration maxAge;

    /**
     * Claims up to {@code limit} due rows: pending, their time come, not leased (or their lease run
     * out: the worker holding them died), and the oldest undelivered row of their idea and channel,
     * so that the deliveries of one idea arrive in order. Several nodes claim at once without
     * waiting for each other ({@code skip locked}); each claim is an attempt, recorded at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(Instant now, int limit) {
        List<?> rows = em.createNativeQuery("select d.id from deliveries d where d.state = 'PENDING'"
                        + " and d.next_attempt_at <= ?1 and (d.lease_until is null or d.lease_until < ?1)"
                        + " and not exists (select 1 from deliveries e where e.post_id = d.post_id"
                        + " and e.channel_id = d.channel_id and e.id < d.id and e.state <> 'DELIVERED')"
                        + " order by d.next_attempt_at, d.id limit ?2 for update of d skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object id : rows) {
            UUID token = UUID.randomUUID();
            Object[] r = (Object[]) em.createNativeQuery("update deliveries d set lease_token = cast(?1 as uuid),"
                            + " lease_until = ?2, attempts = d.attempts + 1 from team_channels c"
                            + " where d.id = ?3 and c.id = d.channel_id returning d.attempts, d.window_start,"
                            + " d.idempotency_key, d.payload, c.kind, c.url, c.recipients, c.project_key,"
                            + " c.issue_type, c.auth, c.username, c.secret,"
                            + " case when c.previous_until > ?4 then c.previous_secret end")
                    .setParameter(1, token.toString())
                    .setParameter(2, Timestamp.from(now.plus(lease)))
                    .setParameter(3, ((Number) id).longValue())
                    .setParameter(4, Timestamp.from(now))
                    .getSingleResult();
            Number attempt = (Number) em.createNativeQuery(
                            "insert into delivery_attempts (delivery_id, started_at) values (?1, ?2) returning id")
                    .setParameter(1, ((Number) id).longValue())
                    .setParameter(2, Timestamp.from(now))
                    .getSingleResult();
            claimed.add(new Claimed(
                    ((Number) id).longValue(),
                    token,
                    attempt.longValue(),
                    ((Number) r[0]).intValue(),
                    Rows.instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    new Claimed.Channel(
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            (String) r[8],
                            (String) r[9],
                            (String) r[10],
                            new String[] {(String) r[11], (String) r[12]})));
        }
        return claimed;
    }

    /**
     * Records the attempt and moves the row on: delivered, or due again after the backoff, or dead
     * past the maximum age. A worker that lost its lease (it took longer than the lease) changes
     * nothing but its attempt: the row belongs to whoever claimed it since.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(Claimed claimed, Outcome outcome, Instant started, Instant now) {
        em.createNativeQuery("update delivery_attempts set duration_ms = ?2, status_code = cast(?3 as integer),"
                        + " error = ?4 where id = ?1")
                .setParameter(1, claimed.attemptId())
                .setParameter(2, (int) Math.min(
                        Integer.MAX_VALUE, Duration.between(started, now).toMillis()))
                .setParameter(3, outcome.statusCode())
                .setParameter(4, truncate(outcome.error()))
                .executeUpdate();
        if (outcome.delivered()) {
            em.createNativeQuery("update deliveries set state = 'DELIVERED', delivered_at = ?2, lease_token = null,"
                            + " lease_until = null, last_error = null, external_ref = ?4, external_url = ?5"
                            + " where id = ?1 and lease_token = cast(?3 as uuid)")
                    .setParameter(1, claimed.id())
                    .setParameter(2, Timestamp.from(now))
                    .setParameter(3, claimed.lease().toString())
                    .setParameter(4, outcome.externalRef())
                    .setParameter(5, truncate(outcome.externalUrl(), 2000))
                    .executeUpdate();
            return;
        }
        Instant next = new Backoff(base, cap, maxAge)
                .next(claimed.attempts(), now, claimed.windowStart(), ThreadLocalRandom.current()::nextDouble);
        em.createNativeQuery("update deliveries set state = ?2, next_attempt_at = ?3, lease_token = null,"
                        + " lease_until = null, last_error = ?4 where id = ?1 and lease_token = cast(?5 as uuid)")
                .setParameter(1, claimed.id())
                .setParameter(2, next == null ? "DEAD" : "PENDING")
                .setParameter(3, Timestamp.from(next == null ? now : next))
                .setParameter(4, truncate(outcome.error()))
                .setParameter(5, claimed.lease().toString())
                .executeUpdate();
    }

    private static String truncate(String text) {
        return truncate(text, 500);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
