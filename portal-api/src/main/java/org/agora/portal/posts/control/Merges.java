package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Post;

/**
 * Merges a duplicate (published, or held, hidden or rejected by moderation) into the published post
 * that says the same, and takes a merge back. The merge carries
 * votes (one per member: who voted on both keeps one vote), followers and comments to the target
 * and remembers exactly what it carried, so that unmerge removes that and nothing else. Both posts
 * are locked in id order; the counters are recounted under those locks, so concurrent votes stay
 * exact.
 */
@ApplicationScoped
public class Merges {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public Post merge(Actor actor, long sourceId, long targetId, int version) {
        requireStaff(actor);
        if (sourceId == targetId) {
            throw new InvalidInput(
                    "A post cannot be merged into itself.", List.of(new FieldError("into", "same post")));
        }
        lock(sourceId, targetId);
        Post source = em.find(Post.class, sourceId);
        Post target = em.find(Post.class, targetId);
        if (source == null) {
            throw new PostNotFound(sourceId);
        }
        if (target == null) {
            throw new InvalidInput("The target post does not exist.", List.of(new FieldError("into", "no such post")));
        }
        em.refresh(source);
        em.refresh(target);
        if (source.version() != version) {
            throw new StaleVersion();
        }
        // the duplicate may still wait for review (a held duplicate is merged from the review queue)
        if (source.deletedAt() != null || source.mergedIntoId() != null || !target.open()) {
            throw new Conflict(
                    "post-closed",
                    "Post closed",
                    "The target must be published; neither post deleted or merged already.");
        }
        Instant now = clock.instant();
        Long[] voters = ids(
                "insert into votes (post_id, member_id, created_at, cast_by, channel, note)"
                        + " select ?2, member_id, created_at, cast_by, channel, note from votes where post_id = ?1"
                        + " on conflict do nothing returning member_id",
                sourceId,
                targetId);
        Long[] followers = ids(
                "insert into follows (member_id, target_type, target, created_at)"
                        + " select member_id, 'POST', cast(?2 as text), created_at from follows"
                        + " where target_type = 'POST' and target = cast(?1 as text) on conflict do nothing returning member_id",
                sourceId,
                targetId);
        Long[] comments = ids("update comments set post_id = ?2 where post_id = ?1 returning id", sourceId, targetId);
        em.createNativeQuery("insert into merges (source_id, target_id, merged_by, merged_at, moved_voters,"
                        + " moved_followers, moved_comments) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, sourceId)
                .setParameter(2, targetId)
                .setParameter(3, actor.memberId())
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, voters)
                .setParameter(6, followers)
                .setParameter(7, comments)
                .executeUpdate();
        source.mergeInto(targetId, now);
        recount(sourceId, targetId);
        audit.record(
                actor.memberId(),
                "MERGED",
                TargetType.POST,
                sourceId,
                null,
                null,
                "open",
                "merged into " + targetId,
                Map.of(
                        "into",
                        targetId,
                        "movedVoters",
                        voters.length,
                        "movedFollowers",
                        followers.length,
                        "movedComments",
                        comments.length),
                now);
        changes.record(ChangeKind.POST_MERGED, sourceId, null, actor.memberId());
        changes.record(ChangeKind.POST_EDITED, targetId, null, actor.memberId());
        em.flush();
        return source;
    }

    @Transactional
    public Post unmerge(Actor actor, long sourceId) {
        requireStaff(actor);
        List<?> open = em.createNativeQuery(
                        "select id, target_id from merges where source_id = ?1 and unmerged_at is null for update")
                .setParameter(1, sourceId)
                .getResultList();
        if (open.isEmpty()) {
            if (em.find(Post.class, sourceId) == null) {
                throw new PostNotFound(sourceId);
            }
            throw new Conflict("not-merged", "Not merged", "This post is not merged into another one.");
        }
        Object[] merge = (Object[]) open.get(0);
        long mergeId = ((Number) merge[0]).longValue();
        long targetId = ((Number) merge[1]).longValue();
        lock(sourceId, targetId);
        Instant now = clock.instant();
        em.createNativeQuery(
                        "delete from votes where post_id = ?2 and member_id = any(cast((select moved_voters from merges where id = ?1) as bigint[]))")
                .setParameter(1, mergeId)
                .setParameter(2, targetId)
                .executeUpdate();
        em.createNativeQuery("delete from follows where target_type = 'POST' and target = cast(?2 as text)"
                        + " and member_id = any(cast((select moved_followers from merges where id = ?1) as bigint[]))")
                .setParameter(1, mergeId)
                .setParameter(2, targetId)
                .executeUpdate();
        em.createNativeQuery("update comments set post_id = ?3 where post_id = ?2"
                        + " and id = any(cast((select moved_comments from merges where id = ?1) as bigint[]))")
                .setParameter(1, mergeId)
                .setParameter(2, targetId)
                .setParameter(3, sourceId)
                .executeUpdate();
        em.createNativeQuery("update merges set unmerged_at = ?2, unmerged_by = ?3 where id = ?1")
                .setParameter(1, mergeId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, actor.memberId())
                .executeUpdate();
        Post source = em.find(Post.class, sourceId);
        em.refresh(source);
        source.unmerge(now);
        recount(sourceId, targetId);
        audit.record(
                actor.memberId(),
                "UNMERGED",
                TargetType.POST,
                sourceId,
                null,
                null,
                "merged into " + targetId,
                "open",
                Map.of("from", targetId),
                now);
        changes.record(ChangeKind.POST_UNMERGED, sourceId, null, actor.memberId());
        changes.record(ChangeKind.POST_EDITED, targetId, null, actor.memberId());
        em.flush();
        return source;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new NotPermitted("Only staff merge posts.");
        }
    }

    /** Row locks on both posts, always in id order, so that two opposite merges cannot deadlock. */
    private void lock(long a, long b) {
        em.createNativeQuery("select id from posts where id in (?1, ?2) order by id for update")
                .setParameter(1, a)
                .setParameter(2, b)
                .getResultList();
    }

    private void recount(long a, long b) {
        em.createNativeQuery("update posts p set vote_count = (select count(*) from votes v where v.post_id = p.id),"
                        + " comment_count = (select count(*) from comments c where c.post_id = p.id"
                        + " and c.state = 'PUBLISHED' and c.deleted_at is null) where p.id in (?1, ?2)")
                .setParameter(1, a)
                .setParameter(2, b)
                .executeUpdate();
    }

    private Long[] ids(String sql, long sourceId, long targetId) {
        return Rows.ids(em.createNativeQuery(sql)
                        .setParameter(1, sourceId)
                        .setParameter(2, targetId)
                        .getResultList())
                .toArray(Long[]::new);
    }
}
