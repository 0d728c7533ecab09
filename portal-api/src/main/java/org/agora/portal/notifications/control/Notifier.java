package org.agora.portal.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import org.agora.portal.changes.control.ChangeFeed;
import org.agora.portal.changes.entity.Change;
import org.agora.portal.notifications.entity.NotificationKind;
import org.agora.portal.platform.control.BackgroundWork;

/**
 * Turns the change log into inbox entries, once per (member, change): followers of the post hear
 * of comments, responses, status changes and merges; voters of status changes and merges (they
 * asked for it); followers of the area or a tag of new posts and of status changes. Nobody is told
 * of their own action, and nobody of what they may not see.
 */
@ApplicationScoped
public class Notifier implements BackgroundWork {

    static final String CONSUMER = "notifications";
    private static final String POST_FOLLOWERS =
            "select member_id from follows where target_type = 'POST' and target = cast(?2 as text)";
    private static final String VOTERS = "select member_id from votes where post_id = ?2";
    private static final String AREA_AND_TAG_FOLLOWERS = "select f.member_id from follows f"
            + " join posts p on p.id = ?2 join product_areas a on a.id = p.area_id"
            + " where f.target_type = 'AREA' and f.target = a.slug"
            + " union select f.member_id from follows f join post_tags t on t.post_id = ?2"
            + " where f.target_type = 'TAG' and f.target = t.tag";

    @Inject
    ChangeFeed feed;

    @PersistenceContext
    EntityManager em;

    @Override
    public int runBatch() {
        return feed.next(CONSUMER, 200, this::notifyAll);
    }

    void notifyAll(List<Change> changes) {
        changes.forEach(this::notify);
    }

    private void notify(Change change) {
        if (change.postId() == null) {
            return;
        }
        switch (change.kind()) {
            // a held post is announced when a moderator approves it (the statement only tells of published posts)
            case POST_SUBMITTED, POST_APPROVED -> insert(change, NotificationKind.NEW_POST, AREA_AND_TAG_FOLLOWERS);
            case COMMENT_ADDED ->
                insert(
                        change,
                        official(change.commentId()) ? NotificationKind.RESPONSE : NotificationKind.COMMENT,
                        POST_FOLLOWERS);
            case POST_STATUS_CHANGED ->
                insert(
                        change,
                        NotificationKind.STATUS,
                        POST_FOLLOWERS + " union " + VOTERS + " union " + AREA_AND_TAG_FOLLOWERS);
            case POST_MERGED -> insert(change, NotificationKind.MERGE, POST_FOLLOWERS + " union " + VOTERS);
            default -> {
                // other changes tell nobody
            }
        }
    }

    private boolean official(Long commentId) {
        return commentId != null
                && !em.createNativeQuery("select 1 from comments where id = ?1 and official")
                        .setParameter(1, commentId)
                        .getResultList()
                        .isEmpty();
    }

    /**
     * One statement per change: the recipients, minus the actor and anonymised members, only
     * while the post (and the comment) is published; a repeated change adds nothing.
     */
    private void insert(Change change, NotificationKind kind, String recipients) {
        em.createNativeQuery("insert into notifications"
                        + " (member_id, kind, post_id, comment_id, actor_id, change_seq, created_at)"
                        + " select r.member_id, ?3, ?2, cast(?4 as bigint), cast(?5 as bigint), ?1, ?6 from ("
                        + recipients + ") r"
                        + " join members m on m.id = r.member_id and m.status <> 'ANONYMISED'"
                        + " where r.member_id <> coalesce(cast(?5 as bigint), -1)"
                        + " and exists (select 1 from posts p where p.id = ?2 and p.state = 'PUBLISHED'"
                        + " and p.deleted_at is null)"
                        + " and (cast(?4 as bigint) is null or exists (select 1 from comments c"
                        + " where c.id = cast(?4 as bigint) and c.state = 'PUBLISHED' and c.deleted_at is null))"
                        + " on conflict do nothing")
                .setParameter(1, change.seq())
                .setParameter(2, change.postId())
                .setParameter(3, kind.name())
                .setParameter(4, change.commentId())
                .setParameter(5, change.actorId())
                .setParameter(6, Timestamp.from(change.createdAt()))
                .executeUpdate();
    }
}
