package org.agora.moderation.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.delivery.control.Forwarding;
import org.agora.moderation.delivery.entity.TriageView;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.control.ProductTeams.Team;
import org.agora.moderation.teams.entity.Idea;
import org.agora.moderation.teams.entity.Staff;
import org.agora.moderation.triage.entity.TriageAction;

/**
 * Product managers' actions on one idea in triage, each one transaction on the locked triage row
 * with the version the caller read (stale → 409), each audited. Declining and setting a status go
 * through the portal's own workflow ({@link Ideas#respond}), with the public response it requires.
 */
@ApplicationScoped
public class TriageActions {

    public static final int RESPONSE_MAX = 5000;
    public static final int NOTE_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    ProductTeams teams;

    @Inject
    Forwarding forwarding;

    @Inject
    TriageQueue queue;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public TriageView act(Staff staff, long postId, TriageAction request) {
        Forwarding.requireProductStaff(staff);
        if (request == null || request.action == null) {
            throw Refusal.invalid("action", "one of ACCEPT, DECLINE, STATUS, ASSIGN, NOTE");
        }
        String action = request.action.strip().toUpperCase(Locale.ROOT);
        if (request.version == null) {
            throw Refusal.invalid("version", "required: the triage version read");
        }
        Idea idea = ideas.idea(postId).orElseThrow(() -> Refusal.notFound("post", postId));
        Team team = forwarding.owner(idea);
        teams.requireTeamStaff(staff, team, "triage its ideas");
        Instant now = clock.instant();
        if ("ACCEPT".equals(action) && idea.forwardable()) {
            queue.enter(postId, team, staff.memberId(), null, now);
        }
        List<?> rows = em.createNativeQuery(
                        "select state, version, owner_id from triage_ideas where post_id = ?1" + " for update")
                .setParameter(1, postId)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.conflict("not-in-triage", "Not in triage", "The idea is not in triage.");
        }
        Object[] row = (Object[]) rows.get(0);
        String state = (String) row[0];
        if (((Number) row[1]).intValue() != request.version) {
            throw Refusal.stale();
        }
        String after = state;
        Map<String, Object> details = new HashMap<>();
        details.put("team", team.slug());
        String reason = null;
        switch (action) {
            case "ACCEPT" -> {
                if (!state.equals("NEW") && !state.equals("DECLINED")) {
                    throw Refusal.conflict(
                            "not-new",
                            "Not new",
                            "Only new or declined ideas are accepted for review; this one is " + state + ".");
                }
                after = "REVIEW";
            }
            case "DECLINE" -> {
                reason = response(request.response);
                ideas.respond(postId, "declined", reason);
                after = "DECLINED";
            }
            case "STATUS" -> {
                if (request.status == null || !request.status.matches("[a-z][a-z_]{0,31}")) {
                    throw Refusal.invalid("status", "a status code such as planned");
                }
                reason = response(request.response);
                ideas.respond(postId, request.status, reason);
                details.put("status", request.status);
                if ("declined".equals(request.status)) {
                    after = "DECLINED";
                }
            }
            case "ASSIGN" -> {
                if (request.owner == null
                        || !teams.isMember(team.id(), request.owner)
                        || ideas.productManager(request.owner).isEmpty()) {
                    throw Refusal.invalid("owner", "a product manager of team " + team.slug());
                }
                em.createNativeQuery("update triage_ideas set owner_id = ?2 where post_id = ?1")
                        .setParameter(1, postId)
                        .setParameter(2, request.owner)
                        .executeUpdate();
                details.put("owner", request.owner);
                details.put("previousOwner", row[2] == null ? null : ((Number) row[2]).longValue());
            }
            case "NOTE" -> {
                String note = request.note == null ? "" : request.note.strip();
                if (note.isEmpty() || note.length() > NOTE_MAX) {
                    throw Refusal.invalid("note", "1 to " + NOTE_MAX + " characters");
                }
                em.createNativeQuery("insert into triage_notes (post_id, author_id, body, created_at)"
                                + " values (?1, ?2, ?3, ?4)")
                        .setParameter(1, postId)
                        .setParameter(2, staff.memberId())
                        .setParameter(3, note)
                        .setParameter(4, Timestamp.from(now))
                        .executeUpdate();
                details.put("note", note);
            }
            default -> throw Refusal.invalid("action", "one of ACCEPT, DECLINE, STATUS, ASSIGN, NOTE");
        }
        em.createNativeQuery("update triage_ideas set state = ?2, version = version + 1, updated_at = ?3"
                        + " where post_id = ?1")
                .setParameter(1, postId)
                .setParameter(2, after)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        audit.record(
                staff.memberId(),
                "TRIAGE_" + action,
                TargetType.POST,
                postId,
                null,
                reason,
                state,
                after,
                details,
                now);
        return forwarding.view(postId);
    }

    private static String response(String response) {
        String text = response == null ? "" : response.strip();
        if (text.isEmpty() || text.length() > RESPONSE_MAX) {
            throw Refusal.invalid("response", "a public response of 1 to " + RESPONSE_MAX + " characters is required");
        }
        return text;
    }
}
