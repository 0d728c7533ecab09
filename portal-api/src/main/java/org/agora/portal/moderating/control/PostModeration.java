package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.agora.moderation.flags.control.Flags;
import org.agora.moderation.flags.entity.FlagReceipt;
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.AppealRequest;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * What members ask of moderation about a post: a flag (any signed-in member who can see the
 * published post, with the trust it takes; moderation scores it and may hide the post) and the
 * author's one appeal against a hold, rejection or hiding.
 */
@ApplicationScoped
public class PostModeration {

    @Inject
    PostCatalog catalog;

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
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (!post.open()) {
            throw new Conflict("not-flaggable", "Not flaggable", "Only published posts can be flagged.");
        }
        Locale locale = members.find(actor.memberId()).map(Member::language).orElse(Locale.ENGLISH);
        return flags.flag(
                new Flags.Target(
                        TargetType.POST,
                        postId,
                        postId,
                        post.authorId(),
                        trust.levelOf(post.authorId()),
                        post.title(),
                        post.bodyHtml()),
                new Flags.Flagger(actor.memberId(), trust.levelOf(actor.memberId()), actor.moderates(), locale),
                request == null ? new FlagRequest() : request);
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
