package org.agora.moderation.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.moderation.delivery.entity.ForwardRequest;
import org.agora.moderation.delivery.entity.TriageView;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Rows;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.control.ProductTeams.Team;
import org.agora.moderation.teams.entity.Idea;
import org.agora.moderation.teams.entity.Staff;
import org.agora.moderation.triage.entity.Note;

/**
 * Forwards a published idea to the team owning its area: one transaction writes the triage row,
 * one delivery per channel of the team (the outbox), the audit entry and the portal's change-log
 * entry. Forwarding again is a new forward (the team hears of the idea again, e.g. with a new
 * note) and must name the triage version read, so that a repeated request answers 409 instead of
 * delivering twice.
 */
@ApplicationScoped
public class Forwarding {

    public static final int NOTE_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    ProductTeams teams;

    @Inject
    Deliveries deliveries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public TriageView forward(Staff staff, long postId, ForwardRequest request) {
        requireProductStaff(staff);
        String note = request == null || request.note == null || request.note.isBlank() ? null : request.note.strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw Refusal.invalid("note", "at most " + NOTE_MAX + " characters");
        }
        Integer version = request == null ? null : request.version;
        Idea idea = ideas.idea(postId).orElseThrow(() -> Refusal.notFound("post", postId));
        Team team = owner(idea);
        teams.requireTeamStaff(staff, team, "forward its ideas");
        if (!idea.forwardable()) {
            throw Refusal.conflict("not-forwardable", "Not forwardable", "Only published ideas are forwarded.");
        }
        // the row first, so that two first forwards at once queue on it instead of both inserting
        em.createNativeQuery("insert into triage_ideas (post_id, team_id, updated_at, entered_at, entered_by)"
                        + " values (?1, ?2, ?3, ?3, ?4) on conflict do nothing")
                .setParameter(1, postId)
                .setParameter(2, team.id())
                .setParameter(3, Timestamp.from(clock.instant()))
                .setParameter(4, staff.memberId())
                .executeUpdate();
        Object[] triage = (Object[])
                em.createNativeQuery("select forwards, version from triage_ideas where post_id = ?1 for update")
                        .setParameter(1, postId)
                        .getSingleResult();
        int current = ((Number) triage[1]).intValue();
        if (version == null && current != 0) {
            throw Refusal.conflict(
                    "already-forwarded",
                    "Already forwarded",
                    "This idea was forwarded before; send the version read to forward it again.");
        }
        if (version != null && version != current) {
            throw Refusal.stale();
        }
        int forward = ((Number) triage[0]).intValue() + 1;
        em.createNativeQuery(
                        "update triage_ideas set team_id = ?2, forwards = forwards + 1, version = version + 1, state = 'FORWARDED',"
                                + " updated_at = ?3 where post_id = ?1")
                .setParameter(1, postId)
                .setParameter(2, team.id())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        Instant now = clock.instant();
        List<?> channels = em.createNativeQuery(
                        "select id from team_channels where team_id = ?1 and enabled order by id")
                .setParameter(1, team.id())
                .getResultList();
        if (channels.isEmpty()) {
            throw Refusal.conflict("no-channels", "No channels", "Team " + team.slug() + " has no channel yet.");
        }
        String payload = payload(idea, team, forward, note, staff.memberId(), now);
        for (Object channel : channels) {
            em.createNativeQuery("insert into deliveries (team_id, channel_id, post_id, forward, idempotency_key,"
                            + " payload, next_attempt_at, window_start, created_at, forwarded_by)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, ?8)")
                    .setParameter(1, team.id())
                    .setParameter(2, ((Number) channel).longValue())
                    .setParameter(3, postId)
                    .setParameter(4, forward)
                    .setParameter(5, "msg_" + UUID.randomUUID().toString().replace("-", ""))
                    .setParameter(6, payload)
                    .setParameter(7, Timestamp.from(now))
                    .setParameter(8, staff.memberId())
                    .executeUpdate();
        }
        audit.record(
                staff.memberId(),
                "IDEA_FORWARDED",
                TargetType.POST,
                postId,
                null,
                note,
                null,
                team.slug(),
                Map.of("team", team.slug(), "forward", forward, "deliveries", channels.size()),
                now);
        ideas.forwarded(postId, staff.memberId());
        return view(postId);
    }

    /** The idea's triage row with its deliveries: admins and the product managers of its team. */
    public TriageView triage(Staff staff, long postId) {
        requireProductStaff(staff);
        Idea idea = ideas.idea(postId).orElseThrow(() -> Refusal.notFound("post", postId));
        teams.requireTeamStaff(staff, owner(idea), "see its triage");
        return view(postId);
    }

    /** The team owning the idea's area; 409 when no team owns it. */
    public Team owner(Idea idea) {
        return teams.ownerOf(idea.areaId())
                .map(teams::require)
                .orElseThrow(() ->
                        Refusal.conflict("no-team", "No team", "The idea's product area is not owned by a team yet."));
    }

    /** The idea's triage row with its score and deliveries, as the caller was allowed to see it. */
    public TriageView view(long postId) {
        List<?> rows = em.createNativeQuery("select t.slug, i.forwards, i.external_status, i.external_url, i.version,"
                        + " i.state, s.score, i.entered_at, i.entered_by, i.owner_id from triage_ideas i"
                        + " join teams t on t.id = i.team_id left join idea_scores s on s.post_id = i.post_id"
                        + " where i.post_id = ?1")
                .setParameter(1, postId)
                .getResultList();
        if (rows.isEmpty()) {
            List<?> score = em.createNativeQuery("select score from idea_scores where post_id = ?1")
                    .setParameter(1, postId)
                    .getResultList();
            Double known = score.isEmpty() ? null : ((Number) score.get(0)).doubleValue();
            return new TriageView(postId, null, null, known, null, null, null, 0, null, null, 0, List.of(), List.of());
        }
        Object[] r = (Object[]) rows.get(0);
        return new TriageView(
                postId,
                (String) r[0],
                (String) r[5],
                r[6] == null ? null : ((Number) r[6]).doubleValue(),
                Rows.instant(r[7]),
                Rows.longOrNull(r[8]),
                Rows.longOrNull(r[9]),
                ((Number) r[1]).intValue(),
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).intValue(),
                deliveries.ofPost(postId),
                notes(postId));
    }

    private List<Note> notes(long postId) {
        List<?> rows = em.createNativeQuery(
                        "select id, author_id, body, created_at from triage_notes where post_id = ?1 order by id")
                .setParameter(1, postId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Note(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], Rows.instant(r[3])))
                .toList();
    }

    public static void requireProductStaff(Staff staff) {
        if (!staff.administers() && !staff.managesProducts()) {
            throw Refusal.notPermitted("Only product managers and admins triage ideas.");
        }
    }

    /** The Standard Webhooks payload shape: type, timestamp, data. */
    static String payload(Idea idea, Team team, int forward, String note, long by, Instant now) {
        var post = Json.createObjectBuilder()
                .add("id", idea.id())
                .add("title", idea.title())
                .add("text", idea.text())
                .add("url", idea.url())
                .add("status", idea.status())
                .add("votes", idea.votes());
        var data = Json.createObjectBuilder()
                .add("post", post)
                .add("team", team.slug())
                .add("forward", forward)
                .add("forwardedBy", by);
        if (note != null) {
            data.add("note", note);
        }
        return Json.createObjectBuilder()
                .add("type", "idea.forwarded")
                .add("timestamp", now.toString())
                .add("data", data)
                .build()
                .toString();
    }
}
