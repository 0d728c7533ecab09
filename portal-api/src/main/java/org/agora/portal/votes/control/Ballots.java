package org.agora.portal.votes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.agora.portal.posts.control.PostNotFound;
import org.agora.portal.votes.entity.VoteState;

/**
 * Casts and withdraws votes. Repeating either is harmless: the unique (post, member) row decides,
 * and the counter moves only with a row that was really inserted or deleted, in the same
 * transaction. PostgreSQL's row lock on the post serialises concurrent counter updates.
 */
@ApplicationScoped
public class Ballots {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public VoteState vote(long memberId, long postId) {
        requirePublished(postId);
        int inserted = em.createNativeQuery(
                        "insert into votes (post_id, member_id, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return new VoteState(postId, true, inserted == 1 ? move(postId, +1) : count(postId));
    }

    @Transactional
    public VoteState withdraw(long memberId, long postId) {
        requirePublished(postId);
        int deleted = em.createNativeQuery("delete from votes where post_id = ?1 and member_id = ?2")
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .executeUpdate();
        return new VoteState(postId, false, deleted == 1 ? move(postId, -1) : count(postId));
    }

    private void requirePublished(long postId) {
        List<?> state = em.createNativeQuery("select state from posts where id = ?1")
                .setParameter(1, postId)
                .getResultList();
        if (state.isEmpty() || !"PUBLISHED".equals(state.get(0))) {
            throw new PostNotFound(postId);
        }
    }

    private int move(long postId, int delta) {
        return ((Number) em.createNativeQuery(
                                "update posts set vote_count = vote_count + ?2 where id = ?1 returning vote_count")
                        .setParameter(1, postId)
                        .setParameter(2, delta)
                        .getSingleResult())
                .intValue();
    }

    private int count(long postId) {
        return ((Number) em.createNativeQuery("select vote_count from posts where id = ?1")
                        .setParameter(1, postId)
                        .getSingleResult())
                .intValue();
    }
}
