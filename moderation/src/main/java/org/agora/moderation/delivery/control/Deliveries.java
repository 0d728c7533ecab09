package org.agora.moderation.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.moderation.delivery.entity.AttemptView;
import org.agora.moderation.delivery.entity.Claimed;
import org.agora.moderation.delivery.entity.DeliveryView;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Rows;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.control.ProductTeams.Team;
import org.agora.moderation.teams.entity.Staff;

/** The outbox's worker, and what admins see and do of deliveries. */
@ApplicationScoped
public class Deliveries {

    public static final int BATCH = 10;
    public static final int PAGE_MAX = 200;
    private static final Set<String> STATES = Set.of("PENDING", "DELIVERED", "DEAD");

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Couriers couriers;

    @Inject
    ProductTeams teams;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Claims a batch of due deliveries, sends each outside any transaction and records how it went;
     * returns how many it tried (0: nothing due). Safe on several nodes and threads at once.
     */
    public int deliverDue() {
        List<Claimed> claimed = outbox.claim(clock.instant(), BATCH);
        for (Claimed delivery : claimed) {
            Instant started = clock.instant();
            var outcome = couriers.send(delivery);
            outbox.finish(delivery, outcome, started, clock.instant());
        }
        return claimed.size();
    }

    /** A team's deliveries, newest first, optionally of one state: admins and the team's product managers. */
    public List<DeliveryView> ofTeam(Staff staff, String slug, String state, int limit) {
        Team team = teams.require(slug);
        teams.requireTeamStaff(staff, team, "see its deliveries");
        String wanted = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATES.contains(wanted)) {
            throw Refusal.invalid("state", "one of PENDING, DELIVERED, DEAD");
        }
        if (limit < 1 || limit > PAGE_MAX) {
            throw Refusal.invalid("limit", "1 to " + PAGE_MAX);
        }
        return views(em.createNativeQuery(SELECT + " where d.team_id = ?1 and (cast(?2 as text) is null"
                        + " or d.state = cast(?2 as text)) order by d.id desc limit ?3")
                .setParameter(1, team.id())
                .setParameter(2, wanted)
                .setParameter(3, limit)
                .getResultList());
    }

    /** An idea's deliveries in the order they were made. */
    public List<DeliveryView> ofPost(long postId) {
        return views(em.createNativeQuery(SELECT + " where d.post_id = ?1 order by d.id")
                .setParameter(1, postId)
                .getResultList());
    }

    /** An admin sends a dead delivery again: due now, with a fresh maximum age. */
    @Transactional
    public DeliveryView retry(Staff staff, String slug, long id) {
        ProductTeams.requireAdmin(staff);
        Team team = teams.require(slug);
        List<?> state = em.createNativeQuery("select state from deliveries where id = ?1 and team_id = ?2 for update")
                .setParameter(1, id)
                .setParameter(2, team.id())
                .getResultList();
        if (state.isEmpty()) {
            throw Refusal.notFound("delivery", id);
        }
        if (!"DEAD".equals(state.get(0))) {
            throw Refusal.conflict(
                    "not-dead", "Not dead", "Only dead deliveries are retried; this one is " + state.get(0) + ".");
        }
        Instant now = clock.instant();
        em.createNativeQuery("update deliveries set state = 'PENDING', next_attempt_at = ?2, window_start = ?2"
                        + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        audit.record(
                staff.memberId(),
                "DELIVERY_RETRIED",
                TargetType.TEAM,
                team.id(),
                null,
                null,
                "DEAD",
                "PENDING",
                Map.of("slug", slug, "delivery", id),
                now);
        return views(em.createNativeQuery(SELECT + " where d.id = ?1")
                        .setParameter(1, id)
                        .getResultList())
                .get(0);
    }

    private static final String SELECT = "select d.id, d.post_id, d.channel_id, c.kind, d.forward,"
            + " d.idempotency_key, d.state, d.attempts, d.next_attempt_at, d.created_at, d.delivered_at,"
            + " d.external_ref, d.external_url, d.last_error from deliveries d"
            + " join team_channels c on c.id = d.channel_id";

    private List<DeliveryView> views(List<?> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
        Map<Long, List<AttemptView>> attempts = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select delivery_id, started_at, duration_ms, status_code, error"
                                + " from delivery_attempts where delivery_id = any(cast(string_to_array(?1, ',') as bigint[])) order by id")
                .setParameter(
                        1, String.join(",", ids.stream().map(String::valueOf).toList()))
                .getResultList()) {
            Object[] a = (Object[]) row;
            attempts.computeIfAbsent(((Number) a[0]).longValue(), k -> new ArrayList<>())
                    .add(new AttemptView(Rows.instant(a[1]), integer(a[2]), integer(a[3]), (String) a[4]));
        }
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new DeliveryView(
                            id,
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(),
                            (String) r[3],
                            ((Number) r[4]).intValue(),
                            (String) r[5],
                            (String) r[6],
                            ((Number) r[7]).intValue(),
                            "PENDING".equals(r[6]) ? Rows.instant(r[8]) : null,
                            Rows.instant(r[9]),
                            Rows.instant(r[10]),
                            (String) r[11],
                            (String) r[12],
                            (String) r[13],
                            attempts.getOrDefault(id, List.of()));
                })
                .toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
