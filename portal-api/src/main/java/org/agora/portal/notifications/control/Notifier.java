package org.agora.portal.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.AuthorNote;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.changes.control.ChangeFeed;
import org.agora.portal.changes.entity.Change;
import org.agora.portal.notifications.entity.NotificationKind;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.entity.Kind;

/**
 * Turns the change log into inbox entries, once per (member, change): followers of the post hear
 * of comments, responses, status changes and merges; voters of official responses, status changes
 * and merges (they asked for it), and when an idea ships they are asked whether it solved their
 * problem instead of being told of the status; followers of the area or a tag of new posts and of status changes. Authors hear
 * when a moderator approves their held contribution, rejects, hides or restores it, or flags hide
 * it, with the reason in their language; moderators hear of review items waiting too long. Nobody
 * is told of their own action, and nobody of what they may not see.
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

    /** Moderators and admins, as their latest token said (the roles live in the identity provider). */
    private static final String MODERATORS = "select id as member_id from members"
            + " where string_to_array(roles, ',') && array['" + Actor.MODERATOR + "', '" + Actor.ADMIN + "']";

    @PersistenceContext
    EntityManager em;

    @Inject
    Reviews reviews;

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
            case POST_SUBMITTED -> insert(change, NotificationKind.NEW_POST, AREA_AND_TAG_FOLLOWERS);
            case POST_APPROVED -> {
                // the author first: one entry per member and change, and theirs is the decision
                tellAuthor(change);
                insert(change, NotificationKind.NEW_POST, AREA_AND_TAG_FOLLOWERS);
            }
            case COMMENT_ADDED -> {
                if (official(change.commentId())) {
                    insert(change, NotificationKind.RESPONSE, POST_FOLLOWERS + " union " + VOTERS);
                } else {
                    insert(change, NotificationKind.COMMENT, POST_FOLLOWERS);
                }
            }
            case POST_STATUS_CHANGED -> {
                if (shipsAnIdea(change)) {
                    // the voters' one entry of this change is the question (it names the status too)
                    insert(change, NotificationKind.SOLVED_QUESTION, VOTERS);
                }
                insert(
                        change,
                        NotificationKind.STATUS,
                        POST_FOLLOWERS + " union " + VOTERS + " union " + AREA_AND_TAG_FOLLOWERS);
            }
            case POST_MERGED -> insert(change, NotificationKind.MERGE, POST_FOLLOWERS + " union " + VOTERS);
            case POST_MODERATED, COMMENT_MODERATED -> tellAuthor(change);
            case REVIEW_OVERDUE -> insert(change, NotificationKind.REVIEW_OVERDUE, MODERATORS, false, null);
            default -> {
                // other changes tell nobody
            }
        }
    }

    /**
     * Tells the author what a moderator decided (or flags did), as the review says now: approved,
     * rejected, hidden or restored; a contribution held again after an edit tells nothing (the
     * author sees it on their post at once).
     */
    private void tellAuthor(Change change) {
        TargetType type = change.commentId() == null ? TargetType.POST : TargetType.COMMENT;
        long targetId = type == TargetType.POST ? change.postId() : change.commentId();
        List<?> rows = em.createNativeQuery("select t.state, coalesce(m.locale, 'en') from "
                        + (type == TargetType.POST ? "posts" : "comments")
                        + " t join members m on m.id = t.author_id where t.id = ?1")
                .setParameter(1, targetId)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) rows.get(0);
        Locale locale = Locale.forLanguageTag((String) row[1]);
        AuthorNote note = reviews.notes(type, List.of(targetId), locale).get(targetId);
        if (note == null) {
            return;
        }
        String decided = "DECIDED".equals(note.review()) ? note.decision() : null;
        NotificationKind kind =
                switch ((String) row[0]) {
                    case "PUBLISHED" ->
                        "RESTORE".equals(decided)
                                ? NotificationKind.RESTORED
                                : decided != null ? NotificationKind.APPROVED : null;
                    case "REJECTED" -> NotificationKind.REJECTED;
                    case "HIDDEN" -> NotificationKind.HIDDEN;
                    default -> null;
                };
        if (kind == null) {
            return;
        }
        String detail = decided != null ? note.decisionReason() : String.join(" ", note.reasons());
        insert(
                change,
                kind,
                "select author_id as member_id from " + (type == TargetType.POST ? "posts" : "comments")
                        + " where id = " + targetId,
                false,
                detail == null || detail.isBlank() ? null : detail);
    }

    /** Whether this change moved an idea to {@link Kind#SHIPPED} (found by the change's transaction). */
    private boolean shipsAnIdea(Change change) {
        return !em.createNativeQuery("select 1 from status_changes s join posts p on p.id = s.post_id"
                        + " where s.post_id = ?1 and s.tx = (select tx from changes where seq = ?2)"
                        + " and s.to_status = ?3 and p.kind = 'IDEA'")
                .setParameter(1, change.postId())
                .setParameter(2, change.seq())
                .setParameter(3, Kind.SHIPPED)
                .getResultList()
                .isEmpty();
    }

    private boolean official(Long commentId) {
        return commentId != null
                && !em.createNativeQuery("select 1 from comments where id = ?1 and official")
                        .setParameter(1, commentId)
                        .getResultList()
                        .isEmpty();
    }

    private void insert(Change change, NotificationKind kind, String recipients) {
        insert(change, kind, recipients, true, null);
    }

    /**
     * One statement per change: the recipients, minus the actor and anonymised members, only
     * while the post (and the comment) is published unless told otherwise; a repeated change adds
     * nothing.
     */
    private void insert(Change change, NotificationKind kind, String recipients, boolean onlyPublished, String detail) {
        em.createNativeQuery("insert into notifications"
                        + " (member_id, kind, post_id, comment_id, actor_id, change_seq, created_at, detail)"
                        + " select r.member_id, ?3, ?2, cast(?4 as bigint), cast(?5 as bigint), ?1, ?6,"
                        + " cast(?7 as text) from (" + recipients + ") r"
                        + " join members m on m.id = r.member_id and m.status <> 'ANONYMISED'"
                        + " where r.member_id <> coalesce(cast(?5 as bigint), -1)"
                        + (onlyPublished
                                ? " and exists (select 1 from posts p where p.id = ?2 and p.state = 'PUBLISHED'"
                                        + " and p.deleted_at is null)"
                                        + " and (cast(?4 as bigint) is null or exists (select 1 from comments c"
                                        + " where c.id = cast(?4 as bigint) and c.state = 'PUBLISHED'"
                                        + " and c.deleted_at is null))"
                                : "")
                        + " on conflict do nothing")
                .setParameter(1, change.seq())
                .setParameter(2, change.postId())
                .setParameter(3, kind.name())
                .setParameter(4, change.commentId())
                .setParameter(5, change.actorId())
                .setParameter(6, Timestamp.from(change.createdAt()))
                .setParameter(7, detail)
                .executeUpdate();
    }
}
