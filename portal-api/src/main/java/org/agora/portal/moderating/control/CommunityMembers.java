package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.checks.control.Text;
import org.agora.moderation.reviews.control.Community;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MergeCandidate;
import org.agora.moderation.reviews.entity.Placement;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.CommentNotFound;
import org.agora.portal.posts.control.Discussions;
import org.agora.portal.posts.control.Merges;
import org.agora.portal.posts.control.PostNotFound;
import org.agora.portal.posts.control.Revisions;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.CommentEdit;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostEdit;
import org.agora.portal.search.control.Searches;
import org.agora.portal.search.control.Searches.SearchUnavailable;

/**
 * Answers moderation's questions about the caller and the community, and does on its behalf what
 * changes posts and comments (a moderator's correction, a merge) with the portal's own controls,
 * as the calling moderator (see {@link Community}).
 */
@ApplicationScoped
public class CommunityMembers implements Community {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    MemberTrust trust;

    @Inject
    Inputs inputs;

    @Inject
    Revisions revisions;

    @Inject
    Discussions discussions;

    @Inject
    Merges merges;

    @Inject
    Searches searches;

    @Override
    public Reviewer reviewer() {
        Actor actor = actor();
        String language = members.find(actor.memberId()).map(Member::locale).orElse(null);
        return new Reviewer(actor.memberId(), actor.moderates(), language, actor.has(Caller.ADMIN));
    }

    @Override
    public Optional<MemberFacts> member(long memberId) {
        return members.find(memberId).map(m -> {
            Object override = em.createNativeQuery("select trust_override from members where id = ?1")
                    .setParameter(1, memberId)
                    .getSingleResult();
            return new MemberFacts(
                    memberId,
                    m.displayName(),
                    trust.levelOf(memberId),
                    override == null ? null : ((Number) override).intValue());
        });
    }

    @Override
    public Optional<ContentState> stateOf(TargetType type, long targetId) {
        return switch (type) {
            case POST ->
                Optional.ofNullable(em.find(Post.class, targetId))
                        .map(p -> ContentState.valueOf(p.state().name()));
            case COMMENT ->
                Optional.ofNullable(em.find(Comment.class, targetId))
                        .map(c -> ContentState.valueOf(c.state().name()));
            case MEMBER, AREA, TEAM -> Optional.empty();
        };
    }

    @Override
    public boolean overrideTrust(long memberId, Integer level) {
        boolean found = em.createNativeQuery("update members set trust_override = cast(?1 as smallint) where id = ?2")
                        .setParameter(1, level)
                        .setParameter(2, memberId)
                        .executeUpdate()
                > 0;
        if (found) {
            em.createNativeQuery("update members set trust_level = ?1 where id = ?2")
                    .setParameter(1, trust.levelOf(memberId))
                    .setParameter(2, memberId)
                    .executeUpdate();
        }
        return found;
    }

    @Override
    public Optional<Placement> placementOf(long postId) {
        List<?> rows = em.createNativeQuery("select a.slug, p.kind from posts p"
                        + " join product_areas a on a.id = p.area_id where p.id = ?1")
                .setParameter(1, postId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Placement((String) r[0], (String) r[1]))
                .findFirst();
    }

    @Override
    public void correct(TargetType type, long targetId, String title, String body) {
        switch (type) {
            case POST -> {
                Post post = Optional.ofNullable(em.find(Post.class, targetId))
                        .orElseThrow(() -> new PostNotFound(targetId));
                PostEdit edit = new PostEdit();
                edit.title = title;
                edit.body = body;
                edit.version = post.version();
                revisions.revise(actor(), targetId, inputs.valid(edit));
            }
            case COMMENT -> {
                Comment comment = Optional.ofNullable(em.find(Comment.class, targetId))
                        .orElseThrow(() -> new CommentNotFound(targetId));
                CommentEdit edit = new CommentEdit();
                edit.body = body;
                edit.version = comment.version();
                discussions.edit(actor(), comment.postId(), targetId, inputs.valid(edit));
            }
            case MEMBER, AREA, TEAM -> throw new IllegalArgumentException(type + " is not edited through review items");
        }
    }

    @Override
    public void merge(long postId, long intoPostId) {
        Post post = Optional.ofNullable(em.find(Post.class, postId)).orElseThrow(() -> new PostNotFound(postId));
        merges.merge(actor(), postId, intoPostId, post.version());
    }

    @Override
    public List<MergeCandidate> similarTo(long postId, int limit) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            return List.of();
        }
        try {
            // one more than asked for: the post itself is found when it is public
            return searches.similar(null, post.title(), Text.plain(post.bodyHtml()), limit + 1, false).stream()
                    .filter(similar -> similar.id() != postId)
                    .limit(limit)
                    .map(similar -> new MergeCandidate(similar.id(), similar.title(), similar.score()))
                    .toList();
        } catch (SearchUnavailable e) {
            return List.of();
        }
    }

    private Actor actor() {
        return members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
    }
}
