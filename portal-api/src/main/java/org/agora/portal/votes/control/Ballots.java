package org.agora.portal.votes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.members.control.MemberNotFound;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.PostNotFound;
import org.agora.portal.votes.entity.Channel;
import org.agora.portal.votes.entity.VoteAuditEntry;
import org.agora.portal.votes.entity.VoteState;
import org.agora.portal.votes.entity.Voter;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Casts and withdraws votes. Repeating either is harmless: the unique (post, member) row decides,
 * and the counter moves only with a row that was really inserted or deleted, in the same
 * transaction. PostgreSQL's row lock on the post serialises concurrent counter updates. Staff
 * may vote for a customer; each such vote says who cast it, why, and is kept in the audit.
 */
@ApplicationScoped
public class Ballots {

    /**
     * One statement per vote: it locks the post (a merge or deletion of the post waits for this
     * vote, or this vote waits for it and then sees the merged post), inserts or deletes the vote
     * row only on an open post, and moves the counter only by a row really inserted or deleted.
     */
    private static final String CAST = "with post as (select id, state, merged_into_id, deleted_at, vote_count"
            + "  from posts where id = ?1 for no key update),"
            + " moved as (insert into votes (post_id, member_id, created_at, cast_by, channel, note)"
            + "  select id, ?2, ?3, cast(?4 as bigint), ?5, ?6 from post"
            + "  where state = 'PUBLISHED' and deleted_at is null and merged_into_id is null"
            + "  on conflict do nothing returning post_id),"
            + " counted as (update posts set vote_count = vote_count + 1 where id in (select post_id from moved)"
            + "  returning vote_count)"
            + " select state, merged_into_id, deleted_at, coalesce((select vote_count from counted), vote_count),"
            + "  (select count(*) from moved) from post";

    private static final String WITHDRAW = "with post as (select id, state, merged_into_id, deleted_at, vote_count"
            + "  from posts where id = ?1 for no key update),"
            + " moved as (delete from votes where post_id = ?1 and member_id = ?2 and exists (select 1 from post"
            + "  where state = 'PUBLISHED' and deleted_at is null and merged_into_id is null) returning post_id),"
            + " counted as (update posts set vote_count = vote_count - 1 where id in (select post_id from moved)"
            + "  returning vote_count)"
            + " select state, merged_into_id, deleted_at, coalesce((select vote_count from counted), vote_count),"
            + "  (select count(*) from moved) from post";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    MemberRegistry members;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** The token's member votes, in one transaction with finding (or registering) the member. */
    @Transactional
    public VoteState vote(JsonWebToken voter, long postId) {
        Member member = members.acting(voter);
        members.requireVoice(member);
        long memberId = member.id();
        return cast(memberId, postId, null, null, null);
    }

    @Transactional
    public VoteState withdraw(JsonWebToken voter, long postId) {
        long memberId = members.acting(voter).id();
        return remove(memberId, postId, memberId);
    }

    @Transactional
    public VoteState voteFor(Actor actor, long memberId, long postId, Channel channel, String note) {
        requireCustomer(actor, memberId);
        VoteState state = cast(memberId, postId, actor.memberId(), channel, note);
        audit(postId, memberId, "CAST", actor.memberId(), channel, note);
        auditLog.record(
                actor.memberId(),
                "VOTE_CAST_FOR",
                TargetType.POST,
                postId,
                null,
                note,
                null,
                "voted",
                Map.of("member", memberId, "channel", channel.name()),
                clock.instant());
        return state;
    }

    @Transactional
    public VoteState withdrawFor(Actor actor, long memberId, long postId, Channel channel, String note) {
        requireCustomer(actor, memberId);
        VoteState state = remove(memberId, postId, actor.memberId());
        audit(postId, memberId, "WITHDRAWN", actor.memberId(), channel, note);
        auditLog.record(
                actor.memberId(),
                "VOTE_WITHDRAWN_FOR",
                TargetType.POST,
                postId,
                null,
                note,
                null,
                "not voted",
                Map.of("member", memberId, "channel", channel.name()),
                clock.instant());
        return state;
    }

    private VoteState cast(long memberId, long postId, Long castBy, Channel channel, String note) {
        List<?> rows = em.createNativeQuery(CAST)
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .setParameter(3, Timestamp.from(clock.instant()))
                .setParameter(4, castBy)
                .setParameter(5, channel == null ? null : channel.name())
                .setParameter(6, note)
                .getResultList();
        return settle(rows, postId, true, castBy == null ? memberId : castBy);
    }

    private VoteState remove(long memberId, long postId, long actorId) {
        List<?> rows = em.createNativeQuery(WITHDRAW)
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .getResultList();
        return settle(rows, postId, false, actorId);
    }

    private VoteState settle(List<?> rows, long postId, boolean voted, long actorId) {
        if (rows.isEmpty()) {
            throw new PostNotFound(postId);
        }
        Object[] post = (Object[]) rows.get(0);
        if (!"PUBLISHED".equals(post[0]) || post[2] != null) {
            throw new PostNotFound(postId);
        }
        if (post[1] != null) {
            throw new Conflict(
                    "post-merged", "Post merged", "This post was merged into post " + post[1] + "; vote there.");
        }
        if (((Number) post[4]).intValue() > 0) {
            changes.record(ChangeKind.POST_VOTED, postId, null, actorId);
        }
        return new VoteState(postId, voted, ((Number) post[3]).intValue());
    }

    private void requireCustomer(Actor actor, long memberId) {
        if (!actor.staff()) {
            throw new NotPermitted("Only staff vote on behalf of a customer.");
        }
        List<?> status = em.createNativeQuery("select status from members where id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        if (status.isEmpty() || "ANONYMISED".equals(status.get(0))) {
            throw new MemberNotFound(memberId);
        }
    }

    private void audit(long postId, long memberId, String action, long actedBy, Channel channel, String note) {
        em.createNativeQuery("insert into vote_audit (post_id, member_id, action, acted_by, channel, note, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, postId)
                .setParameter(2, memberId)
                .setParameter(3, action)
                .setParameter(4, actedBy)
                .setParameter(5, channel.name())
                .setParameter(6, note)
                .setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** The voters of a post, newest first, for staff. */
    public List<Voter> voters(Actor actor, long postId, int limit) {
        if (!actor.staff()) {
            throw new NotPermitted("Only staff see who voted.");
        }
        requireExists(postId);
        return em
                .createNativeQuery("select v.member_id, m.display_name, v.created_at, v.cast_by, v.channel, v.note"
                        + " from votes v join members m on m.id = v.member_id where v.post_id = ?1"
                        + " order by v.created_at desc, v.member_id limit ?2")
                .setParameter(1, postId)
                .setParameter(2, limit)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Voter(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            Rows.instant(r[2]),
                            Rows.id(r[3]),
                            (String) r[4],
                            (String) r[5]);
                })
                .toList();
    }

    /** Votes staff cast or withdrew for customers on this post, oldest first. */
    public List<VoteAuditEntry> audit(Actor actor, long postId) {
        if (!actor.staff()) {
            throw new NotPermitted("Only staff see the vote audit.");
        }
        requireExists(postId);
        return em
                .createNativeQuery("select member_id, action, acted_by, channel, note, created_at from vote_audit"
                        + " where post_id = ?1 order by id")
                .setParameter(1, postId)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new VoteAuditEntry(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            ((Number) r[2]).longValue(),
                            (String) r[3],
                            (String) r[4],
                            Rows.instant(r[5]));
                })
                .toList();
    }

    private void requireExists(long postId) {
        if (em.createNativeQuery("select 1 from posts where id = ?1")
                .setParameter(1, postId)
                .getResultList()
                .isEmpty()) {
            throw new PostNotFound(postId);
        }
    }

    /** Ids of published posts the member voted for, newest vote first. */
    public List<Long> votedBy(long memberId, int limit) {
        return Rows.ids(em.createNativeQuery("select v.post_id from votes v join posts p on p.id = v.post_id"
                        + " where v.member_id = ?1 and p.state = 'PUBLISHED' and p.deleted_at is null"
                        + " order by v.created_at desc limit ?2")
                .setParameter(1, memberId)
                .setParameter(2, limit)
                .getResultList());
    }
}
