package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.moderation.triage.control.TriageQueue;
import org.agora.moderation.triage.entity.Vote;
import org.agora.portal.changes.control.ChangeFeed;
import org.agora.portal.changes.entity.Change;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.portal.platform.control.Rows;

/**
 * Recomputes the scores of ideas whose votes changed, following the change log like the search
 * index and the notifier do: the round and the consumer's position commit together, so a crash
 * neither loses a vote nor counts it twice, and an idea voted on a hundred times in one batch is
 * scored once. Votes fire no event (they are the hot path), so this round runs on the workers'
 * interval; an idea reaching its area's threshold enters triage in the round's transaction.
 */
@ApplicationScoped
public class IdeaScoring implements BackgroundWork {

    static final String CONSUMER = "idea-scores";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    TriageQueue queue;

    @Override
    public int runBatch() {
        return feed.next(CONSUMER, 500, this::rescore);
    }

    void rescore(List<Change> changes) {
        changes.stream()
                .filter(c -> c.kind() == ChangeKind.POST_VOTED && c.postId() != null)
                .map(Change::postId)
                .distinct()
                .forEach(post -> queue.scored(post, votes(post)));
    }

    private List<Vote> votes(long postId) {
        List<?> rows = em.createNativeQuery("select v.created_at, m.segment_weight from votes v"
                        + " join members m on m.id = v.member_id where v.post_id = ?1")
                .setParameter(1, postId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Vote(Rows.instant(r[0]), ((Number) r[1]).doubleValue()))
                .toList();
    }
}
