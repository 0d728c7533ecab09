package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.agora.moderation.flags.control.Flags;
import org.agora.moderation.flags.entity.FlagReceipt;
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.AppealRequest;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberNotFound;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.Discussions;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * What members ask of moderation about a post: a flag on it, on one of its comments or on a member
 * (any signed-in member who can see the published post or comment, with the trust it takes and not
 * silenced; moderation scores it and may hide the post or comment, or queues the member) and the
 * author's one appeal against a hold, rejection or hiding.
 */
@ApplicationScoped
public class PostModeration {

    @Inject
    PostCatalog catalog;

    @Inject
    Discussions discussions;

    @Inject
    MemberRegistry members;

    @Inject
    MemberTrust trust;

    @Inject
    Flags flags;

    @Inject
    Reviews reviews;

    @Transactional
    public FlagReceipt flag(Actor actor, long postId, FlagRequest request) {
        Flags.Flagger flagger = flagger(actor);
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (!post.open()) {
            throw new Conflict("not-flaggable", "Not flaggable", "Only published posts can be flagged.");
        }
        return flag(flagger, TargetType.POST, postId, postId, post.authorId(), post.title(), post.bodyHtml(), request);
    }

    @Transactional
    public FlagReceipt flagComment(Actor actor, long postId, long commentId, FlagRequest request) {
        Flags.Flagger flagger = flagger(actor);
        Comment comment = discussions.visible(postId, commentId, actor.memberId(), actor.staff());
        if (comment.state() != Visibility.PUBLISHED || comment.deletedAt() != null) {
            throw new Conflict("not-flaggable", "Not flaggable", "Only published comments can be flagged.");
        }
        return flag(
                flagger, TargetType.COMMENT, commentId, postId, comment.authorId(), "", comment.bodyHtml(), request);
    }

    /** A member flagged as a spam account, for abuse or otherwise: their review item opens at once. */
    @Transactional
    public FlagReceipt flagMember(Actor actor, long memberId, FlagRequest request) {
        Flags.Flagger flagger = flagger(actor);
        Member member = members.find(memberId).orElseThrow(() -> new MemberNotFound(memberId));
        if (member.status() == Member.Status.ANONYMISED) {
            throw new Conflict("not-flaggable", "Not flaggable", "The member deleted their account.");
        }
        return flag(flagger, TargetType.MEMBER, memberId, null, memberId, member.displayName(), "", request);
    }

    private FlagReceipt flag(
            Flags.Flagger flagger,
            TargetType type,
            long id,
            Long postId,
            long authorId,
            String title,
            String bodyHtml,
            FlagRequest request) {
        return flags.flag(
                new Flags.Target(type, id, postId, authorId, trust.levelOf(authorId), title, bodyHtml),
                flagger,
                request == null ? new FlagRequest() : request);
    }

    /** The flagging member: silenced members do not flag. */
    private Flags.Flagger flagger(Actor actor) {
        Member flagger = members.find(actor.memberId()).orElseThrow();
        members.requireVoice(flagger);
        return new Flags.Flagger(
                actor.memberId(), trust.levelOf(actor.memberId()), actor.moderates(), flagger.language());
    }

    @Transactional
    public long appeal(Actor actor, long postId, AppealRequest request) {
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (post.authorId() != actor.memberId()) {
            throw new NotPermitted("Only the author appeals a moderation decision.");
        }
        if (post.state() == Visibility.PUBLISHED || post.deletedAt() != null) {
            throw new Conflict(
                    "not-appealable", "Nothing to appeal", "Only held, rejected or hidden posts can be appealed.");
        }
        return reviews.appeal(
                actor.memberId(),
                TargetType.POST,
                postId,
                postId,
                request == null ? null : request.text,
                post.title(),
                post.bodyHtml());
    }
}
