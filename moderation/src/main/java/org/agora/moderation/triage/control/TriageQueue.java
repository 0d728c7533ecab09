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
import java.util.Map;
import java.util.Optional;
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
import org.agora.moderation.triage.entity.Vote;

/**
 * The triage queue: ideas enter it automatically when their score reaches their area's threshold,
 * or when a product manager of the owning team (or an admin) pulls them in. Entering is one
 * {@code insert … on conflict do nothing} on the idea's triage row, so an idea enters once however
 * many votes or pulls arrive at the same time, and only the insert that made the row is audited.
 */
@ApplicationScoped
public class TriageQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    ProductTeams teams;

    @Inject
    Forwarding forwarding;

    @Inject
    IdeaScores scores;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Stores the idea's score computed from these votes (all of them, as they are now); a published
     * idea whose score reaches its area's threshold enters the owning team's queue. Runs in the
     * scoring round's transaction. Returns whether the idea entered now.
     */
    @Transactional
    public boolean scored(long postId, List<Vote> votes) {
        Instant now = clock.instant();
        double score = scores.score(votes, now);
        em.createNativeQuery("insert into idea_scores (post_id, score, votes, computed_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict (post_id) do update set score = excluded.score, votes = excluded.votes,"
                        + " computed_at = excluded.computed_at")
                .setParameter(1, postId)
                .setParameter(2, score)
                .setParameter(3, votes.size())
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        Optional<Idea> idea = ideas.idea(postId).filter(Idea::forwardable);
        if (idea.isEmpty() || !IdeaScores.crosses(score, threshold(idea.get().areaId()))) {
            return false;
        }
        return teams.ownerOf(idea.get().areaId())
                .map(teams::require)
                .map(team -> enter(postId, team, null, score, now))
                .orElse(false);
    }

    /** A product manager of the owning team (or an admin) takes a published idea into triage; again is no change. */
    @Transactional
    public TriageView pull(Staff staff, long postId) {
        Forwarding.requireProductStaff(staff);
        Idea idea = ideas.idea(postId).orElseThrow(() -> Refusal.notFound("post", postId));
        Team team = forwarding.owner(idea);
        teams.requireTeamStaff(staff, team, "take ideas into its triage");
        if (!idea.forwardable()) {
            throw Refusal.conflict("not-an-idea", "Not a published idea", "Only published ideas enter triage.");
        }
        enter(postId, team, staff.memberId(), null, clock.instant());
        return forwarding.view(postId);
    }

    /** The threshold of the area, if an admin set one. */
    public Double threshold(long areaId) {
        List<?> rows = em.createNativeQuery("select threshold from triage_thresholds where area_id = ?1")
                .setParameter(1, areaId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).doubleValue();
    }

    boolean enter(long postId, Team team, Long by, Double score, Instant now) {
        int inserted = em.createNativeQuery("insert into triage_ideas (post_id, team_id, state, entered_at,"
                        + " entered_by, updated_at) values (?1, ?2, 'NEW', ?3, cast(?4 as bigint), ?3)"
                        + " on conflict do nothing")
                .setParameter(1, postId)
                .setParameter(2, team.id())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, by)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Map<String, Object> details = new HashMap<>();
        details.put("team", team.slug());
        details.put("automatic", by == null);
        details.put("score", score);
        audit.record(by, "TRIAGE_ENTERED", TargetType.POST, postId, null, null, null, "NEW", details, now);
        return true;
    }
}
