package org.agora.portal.solved.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostView.Solved;
import org.agora.portal.solved.entity.SolvedAnswer;
import org.agora.portal.solved.entity.SolvedAnswerView;
import org.agora.portal.solved.entity.SolvedAnswers;

/**
 * Voters of a shipped idea answer whether it solved their problem (once, changeable); staff read
 * the answers; everyone who sees the idea sees the counts.
 */
@ApplicationScoped
public class SolvedQuestions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PostCatalog catalog;

    @Inject
    Clock clock;

    /** Whether a post is asked the question: a shipped idea. */
    public static boolean asks(Post post) {
        return post.kind() == Kind.IDEA && Kind.SHIPPED.equals(post.status());
    }

    /** The voter's answer, replacing an earlier one; only while the idea is shipped (409 otherwise). */
    @Transactional
    public SolvedAnswers answer(Actor actor, long postId, SolvedAnswer answer) {
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (em.createNativeQuery("select 1 from votes where post_id = ?1 and member_id = ?2")
                .setParameter(1, postId)
                .setParameter(2, actor.memberId())
                .getResultList()
                .isEmpty()) {
            throw new NotPermitted("Only the idea's voters answer whether it solved their problem.");
        }
        if (!asks(post) || post.deletedAt() != null || post.mergedIntoId() != null) {
            throw new Conflict(
                    "not-shipped", "Not shipped", "Voters are asked once the idea has shipped, and not after.");
        }
        String comment = answer.comment == null || answer.comment.isBlank() ? null : answer.comment.strip();
        em.createNativeQuery(
                        "insert into solved_answers (post_id, member_id, solved, comment, answered_at)"
                                + " values (?1, ?2, ?3, cast(?4 as text), ?5) on conflict (post_id, member_id) do update"
                                + " set solved = excluded.solved, comment = excluded.comment, answered_at = excluded.answered_at")
                .setParameter(1, postId)
                .setParameter(2, actor.memberId())
                .setParameter(3, answer.solved)
                .setParameter(4, comment)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        return new SolvedAnswers(postId, counts(postId), answers(postId, actor.memberId()));
    }

    /** All answers with the voters' names, oldest first: staff only. */
    public SolvedAnswers answers(Actor actor, long postId) {
        if (!actor.staff()) {
            throw new NotPermitted("Only staff read the voters' answers.");
        }
        catalog.visible(postId, actor.memberId(), true);
        return new SolvedAnswers(postId, counts(postId), answers(postId, null));
    }

    public Solved counts(long postId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where solved),"
                        + " count(*) filter (where not solved) from solved_answers where post_id = ?1")
                .setParameter(1, postId)
                .getSingleResult();
        return new Solved(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The answers of a post (only one member's, when given), oldest answer first. */
    public List<SolvedAnswerView> answers(long postId, Long memberId) {
        return em
                .createNativeQuery("select a.member_id, m.display_name, a.solved, a.comment, a.answered_at"
                        + " from solved_answers a join members m on m.id = a.member_id where a.post_id = ?1"
                        + " and (cast(?2 as bigint) is null or a.member_id = cast(?2 as bigint))"
                        + " order by a.answered_at, a.member_id")
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new SolvedAnswerView(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (Boolean) r[2],
                            (String) r[3],
                            Rows.instant(r[4]));
                })
                .toList();
    }
}
