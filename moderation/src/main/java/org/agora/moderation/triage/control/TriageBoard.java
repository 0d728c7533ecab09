package org.agora.moderation.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.moderation.delivery.control.Forwarding;
import org.agora.moderation.reviews.control.Rows;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.control.ProductTeams.Team;
import org.agora.moderation.teams.entity.Idea;
import org.agora.moderation.teams.entity.Staff;
import org.agora.moderation.triage.entity.Board;
import org.agora.moderation.triage.entity.BulkAction;
import org.agora.moderation.triage.entity.BulkResult;
import org.agora.moderation.triage.entity.TriageAction;

/**
 * The team's triage board, and bulk actions on it: each item is its own transaction (one stale
 * item does not undo the others) and answers for itself, like bulk moderation decisions.
 */
@ApplicationScoped
public class TriageBoard {

    public static final List<String> STATES = List.of("NEW", "REVIEW", "FORWARDED", "DECLINED");
    public static final int COLUMN_MAX = 200;
    public static final int BULK_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    @Inject
    ProductTeams teams;

    @Inject
    TriageActions actions;

    /** The ideas in the team's triage (of one of its areas, when named), by state and score. */
    public Board board(Staff staff, String teamSlug, String areaSlug) {
        Forwarding.requireProductStaff(staff);
        if (teamSlug == null || teamSlug.isBlank()) {
            throw Refusal.invalid("team", "required");
        }
        Team team = teams.require(teamSlug);
        teams.requireTeamStaff(staff, team, "see its triage");
        Long areaId = null;
        if (areaSlug != null) {
            areaId = ideas.areaId(areaSlug)
                    .filter(id -> teams.ownerOf(id).filter(teamSlug::equals).isPresent())
                    .orElseThrow(() -> Refusal.invalid("area", "team " + teamSlug + " owns no area " + areaSlug));
        }
        Map<Long, String> slugs = ideas.areaSlugs();
        Map<String, List<Board.Card>> columns = new LinkedHashMap<>();
        STATES.forEach(state -> columns.put(state, new ArrayList<>()));
        List<?> rows = em.createNativeQuery("select i.post_id, i.state, i.owner_id, i.entered_at, i.version, s.score"
                        + " from triage_ideas i left join idea_scores s on s.post_id = i.post_id"
                        + " where i.team_id = ?1 order by s.score desc nulls last, i.post_id")
                .setParameter(1, team.id())
                .getResultList();
        for (Object each : rows) {
            Object[] r = (Object[]) each;
            List<Board.Card> column = columns.get((String) r[1]);
            Optional<Idea> idea = ideas.idea(((Number) r[0]).longValue());
            if (idea.isEmpty()
                    || column.size() >= COLUMN_MAX
                    || (areaId != null && idea.get().areaId() != areaId)) {
                continue;
            }
            Long owner = Rows.longOrNull(r[2]);
            column.add(new Board.Card(
                    idea.get().id(),
                    idea.get().title(),
                    idea.get().status(),
                    slugs.get(idea.get().areaId()),
                    idea.get().votes(),
                    r[5] == null ? null : ((Number) r[5]).doubleValue(),
                    owner,
                    owner == null ? null : ideas.productManager(owner).orElse(null),
                    Rows.instant(r[3]),
                    ((Number) r[4]).intValue()));
        }
        columns.values()
                .forEach(c -> c.sort(Comparator.comparing((Board.Card card) -> card.score() == null ? 0 : card.score())
                        .reversed()));
        return new Board(
                team.slug(),
                areaSlug,
                columns.entrySet().stream()
                        .map(e -> new Board.Column(e.getKey(), e.getValue()))
                        .toList());
    }

    /** ACCEPT or ASSIGN for up to {@value #BULK_MAX} ideas, each in its own transaction. */
    public List<BulkResult> bulk(Staff staff, BulkAction request) {
        Forwarding.requireProductStaff(staff);
        String action = request == null || request.action == null
                ? ""
                : request.action.strip().toUpperCase(Locale.ROOT);
        if (!action.equals("ACCEPT") && !action.equals("ASSIGN")) {
            throw Refusal.invalid("action", "ACCEPT or ASSIGN (the others need a response or note per idea)");
        }
        if (request.items == null || request.items.isEmpty() || request.items.size() > BULK_MAX) {
            throw Refusal.invalid("items", "1 to " + BULK_MAX + " items");
        }
        List<BulkResult> results = new ArrayList<>();
        for (BulkAction.Item item : request.items) {
            if (item == null || item.post == null) {
                throw Refusal.invalid("items", "each item names a post");
            }
            TriageAction one = new TriageAction();
            one.action = action;
            one.version = item.version;
            one.owner = request.owner;
            try {
                results.add(new BulkResult(
                        item.post, 200, actions.act(staff, item.post, one).version(), null, null));
            } catch (Refusal refusal) {
                results.add(new BulkResult(item.post, refusal.status(), null, refusal.type(), refusal.getMessage()));
            }
        }
        return results;
    }
}
