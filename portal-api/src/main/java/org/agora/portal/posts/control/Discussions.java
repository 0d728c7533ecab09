package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Moderated;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.sanitizing.control.HtmlPolicy;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.moderating.control.Screening;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.CommentEdit;
import org.agora.portal.posts.entity.CommentPage;
import org.agora.portal.posts.entity.CommentVersionView;
import org.agora.portal.posts.entity.CommentView;
import org.agora.portal.posts.entity.NewComment;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.posts.entity.Visibility;

/**
 * A post's discussion: threads of comments and replies (at most five deep), edits that keep the
 * previous body, deletion that keeps the comment's place in the thread, and official staff
 * responses. The post's comment counter counts published, undeleted comments and is moved by SQL
 * in the same transaction.
 */
@ApplicationScoped
public class Discussions {

    public static final int PAGE_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    HtmlPolicy html;

    @Inject
    PostCatalog catalog;

    @Inject
    MemberRegistry members;

    @Inject
    Followings followings;

    @Inject
    ChangeLog changes;

    @Inject
    Screening screening;

    @Inject
    Event<Moderated> moderated;

    @Inject
    Clock clock;

    @Transactional
    public Comment add(Actor actor, long postId, NewComment draft) {
        // a merge of the post waits for this comment, or this comment waits and sees the merge
        em.createNativeQuery("select id from posts where id = ?1 for no key update")
                .setParameter(1, postId)
                .getResultList();
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (!post.open()) {
            throw new Conflict(
                    "post-closed",
                    "Post closed",
                    post.mergedIntoId() != null
                            ? "This post was merged into post " + post.mergedIntoId() + "; discuss it there."
                            : "Only published posts can be discussed.");
        }
        if (draft.official && !actor.staff()) {
            throw new NotPermitted("Only staff write official responses.");
        }
        Comment parent = null;
        if (draft.parentId != null) {
            parent = em.find(Comment.class, draft.parentId);
            if (parent == null || !parent.postId().equals(postId) || !parent.counted()) {
                throw new InvalidInput(
                        "There is no such comment to reply to.",
                        List.of(new FieldError("parentId", "no such comment on this post")));
            }
            if (!parent.canReplyTo()) {
                throw new InvalidInput(
                        "Replies nest at most " + Comment.DEPTH_MAX + " deep.",
                        List.of(new FieldError("parentId", "thread too deep: reply further up")));
            }
        }
        Member author = members.find(actor.memberId()).orElseThrow();
        Verdict verdict = screening.screenNew(
                author, actor.staff(), ContributionKind.COMMENT, null, "", draft.body, post.language());
        Instant now = clock.instant();
        Comment comment = new Comment(
                postId,
                parent,
                actor.memberId(),
                draft.body,
                verdict.sanitizedHtml(),
                draft.official,
                verdict.publishes() ? Visibility.PUBLISHED : Visibility.PENDING,
                now);
        em.persist(comment);
        em.flush();
        if (comment.counted()) {
            em.createNativeQuery("update posts set comment_count = comment_count + 1, updated_at = ?2 where id = ?1")
                    .setParameter(1, postId)
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate();
        }
        screening.review(verdict, TargetType.COMMENT, comment.id(), postId, actor.memberId(), "", comment.bodyHtml());
        followings.follow(actor.memberId(), FollowTarget.POST, Long.toString(postId));
        changes.record(ChangeKind.COMMENT_ADDED, postId, comment.id(), actor.memberId());
        return comment;
    }

    @Transactional
    public Comment edit(Actor actor, long postId, long commentId, CommentEdit edit) {
        Comment comment = own(actor, postId, commentId, "edit");
        if (comment.version() != edit.version) {
            throw new StaleVersion();
        }
        if (comment.deletedAt() != null) {
            throw new Conflict("comment-deleted", "Comment deleted", "A deleted comment cannot be edited.");
        }
        Instant now = clock.instant();
        em.createNativeQuery(
                        "insert into comment_versions (comment_id, version, body_raw, body_html, edited_by, edited_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, commentId)
                .setParameter(2, comment.version())
                .setParameter(3, comment.bodyRaw())
                .setParameter(4, comment.bodyHtml())
                .setParameter(5, actor.memberId())
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
        String bodyHtml = html.sanitize(edit.body);
        Verdict verdict = null;
        if (comment.authorId() == actor.memberId() && !actor.moderates()) {
            Post post = em.find(Post.class, postId);
            verdict = screening.screenEdit(
                    members.find(actor.memberId()).orElseThrow(),
                    actor.staff(),
                    ContributionKind.COMMENT,
                    null,
                    "",
                    edit.body,
                    post.language());
            bodyHtml = verdict.sanitizedHtml();
        }
        if (comment.authorId() != actor.memberId()) {
            audit.record(
                    actor.memberId(),
                    "COMMENT_EDITED",
                    TargetType.COMMENT,
                    commentId,
                    null,
                    null,
                    "version " + comment.version(),
                    "version " + (comment.version() + 1),
                    Map.of("post", postId, "author", comment.authorId()),
                    now);
        }
        comment.edit(edit.body, bodyHtml, now);
        em.flush();
        changes.record(ChangeKind.COMMENT_EDITED, postId, commentId, actor.memberId());
        if (verdict != null && verdict.needsReview()) {
            if (!verdict.publishes()) {
                moderated.fire(new Moderated(
                        org.agora.moderation.reviews.entity.TargetType.COMMENT, commentId, ContentState.PENDING, null));
            }
            screening.review(verdict, TargetType.COMMENT, commentId, postId, actor.memberId(), "", bodyHtml);
        }
        return comment;
    }

    @Transactional
    public void delete(Actor actor, long postId, long commentId) {
        Comment comment = own(actor, postId, commentId, "delete");
        if (comment.deletedAt() != null) {
            return;
        }
        boolean counted = comment.counted();
        Instant now = clock.instant();
        if (comment.authorId() != actor.memberId()) {
            audit.record(
                    actor.memberId(),
                    "COMMENT_DELETED",
                    TargetType.COMMENT,
                    commentId,
                    null,
                    null,
                    comment.state().name(),
                    "DELETED",
                    Map.of("post", postId, "author", comment.authorId()),
                    now);
        }
        comment.delete(now);
        if (counted) {
            em.createNativeQuery("update posts set comment_count = comment_count - 1 where id = ?1")
                    .setParameter(1, postId)
                    .executeUpdate();
        }
        changes.record(ChangeKind.COMMENT_DELETED, postId, commentId, actor.memberId());
    }

    /** The comment, if the actor wrote it or moderates; 404 when the reader may not see it. */
    private Comment own(Actor actor, long postId, long commentId, String action) {
        catalog.visible(postId, actor.memberId(), actor.staff());
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || !comment.postId().equals(postId) || !visible(comment, actor.memberId(), actor.staff())) {
            throw new CommentNotFound(commentId);
        }
        if (comment.authorId() != actor.memberId() && !actor.moderates()) {
            throw new NotPermitted("Only the writer, moderators and admins " + action + " a comment.");
        }
        return comment;
    }

    private static boolean visible(Comment comment, long readerId, boolean staff) {
        return staff || comment.state() == Visibility.PUBLISHED || comment.authorId() == readerId;
    }

    /**
     * A page of threads: top-level comments oldest first, each with all its replies. The cursor is
     * the id of the last thread of the previous page (ids grow with time).
     */
    public CommentPage page(long postId, Long readerId, boolean staff, int limit, String cursor) {
        Post post = catalog.visible(postId, readerId == null ? -1 : readerId, staff);
        long after = 0;
        if (cursor != null) {
            try {
                after = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw new InvalidInput(
                        "The cursor does not belong to this listing.", List.of(new FieldError("cursor", "invalid")));
            }
        }
        long reader = readerId == null ? -1 : readerId;
        List<?> roots = em.createNativeQuery(
                        "select id from comments where post_id = ?1 and parent_id is null and id > ?2"
                                + " and (state = 'PUBLISHED' or author_id = ?3 or ?4) order by id limit ?5")
                .setParameter(1, postId)
                .setParameter(2, after)
                .setParameter(3, reader)
                .setParameter(4, staff)
                .setParameter(5, limit + 1)
                .getResultList();
        boolean more = roots.size() > limit;
        Long[] rootIds =
                roots.stream().limit(limit).map(v -> ((Number) v).longValue()).toArray(Long[]::new);
        List<Comment> thread = rootIds.length == 0
                ? List.of()
                : em.createNativeQuery(
                                "with recursive thread as (select * from comments where id = any(?1)"
                                        + " union all select c.* from comments c join thread t on c.parent_id = t.id)"
                                        + " select * from thread order by id",
                                Comment.class)
                        .setParameter(1, rootIds)
                        .getResultList();
        Map<Long, String> names =
                members.displayNames(thread.stream().map(Comment::authorId).collect(Collectors.toSet()));
        Map<Long, List<CommentView>> children = new HashMap<>();
        Map<Long, Comment> byId = new LinkedHashMap<>();
        thread.stream().filter(c -> visible(c, reader, staff)).forEach(c -> byId.put(c.id(), c));
        // ids grow with time, so walking them backwards builds every reply list before its parent needs it
        List<Comment> newestFirst = new ArrayList<>(byId.values());
        Collections.reverse(newestFirst);
        Map<Long, CommentView> views = new HashMap<>();
        for (Comment c : newestFirst) {
            List<CommentView> replies = new ArrayList<>(children.getOrDefault(c.id(), List.of()));
            Collections.reverse(replies);
            CommentView view = view(c, names, replies);
            views.put(c.id(), view);
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(view);
            }
        }
        List<CommentView> items =
                Arrays.stream(rootIds).map(views::get).filter(v -> v != null).toList();
        return new CommentPage(items, post.commentCount(), more ? Long.toString(rootIds[rootIds.length - 1]) : null);
    }

    private static CommentView view(Comment c, Map<Long, String> names, List<CommentView> replies) {
        boolean deleted = c.deletedAt() != null;
        return new CommentView(
                c.id(),
                c.parentId(),
                c.depth(),
                deleted
                        ? null
                        : new PostView.Author(
                                c.authorId(), names.getOrDefault(c.authorId(), MemberRegistry.FORMER_MEMBER)),
                deleted ? null : c.bodyHtml(),
                c.official(),
                c.state().name(),
                deleted,
                c.createdAt(),
                c.editedAt(),
                c.version(),
                replies);
    }

    public CommentView one(long postId, long commentId, Long readerId, boolean staff) {
        Comment comment = visible(postId, commentId, readerId == null ? -1 : readerId, staff);
        return view(comment, members.displayNames(List.of(comment.authorId())), List.of());
    }

    /** The comment on the post, if the reader may see both; 404 otherwise. */
    public Comment visible(long postId, long commentId, long readerId, boolean staff) {
        catalog.visible(postId, readerId, staff);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || !comment.postId().equals(postId) || !visible(comment, readerId, staff)) {
            throw new CommentNotFound(commentId);
        }
        return comment;
    }

    /** Earlier bodies of a comment, newest first; nothing of a deleted comment except for staff. */
    public List<CommentVersionView> versions(long postId, long commentId, Long readerId, boolean staff) {
        CommentView comment = one(postId, commentId, readerId, staff);
        if (comment.deleted() && !staff) {
            return List.of();
        }
        return em
                .createNativeQuery("select version, body_html, edited_by, edited_at from comment_versions"
                        + " where comment_id = ?1 order by id desc")
                .setParameter(1, commentId)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new CommentVersionView(
                            ((Number) r[0]).intValue(), (String) r[1], Rows.id(r[2]), Rows.instant(r[3]));
                })
                .toList();
    }
}
