package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.sanitizing.control.HtmlPolicy;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.members.entity.Member;
import org.agora.portal.moderating.control.Screening;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.NewPost;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * Takes a member's new post: checks what the request alone cannot (area, stage, tags), screens it
 * (rate limits, then moderation's checks with the author's trust level: a block is refused with
 * reasons), stores the body sanitized by moderation's one policy — published, or pending review when
 * held — opens the review item of a held or flagged post, lets the author follow it and records the
 * change for everyone who reacts to it (consumers show customers only published posts).
 */
@ApplicationScoped
public class Submissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    HtmlPolicy html;

    @Inject
    PostFields fields;

    @Inject
    Languages languages;

    @Inject
    Followings followings;

    @Inject
    ChangeLog changes;

    @Inject
    Screening screening;

    @Inject
    Clock clock;

    @Transactional
    public Post submit(Member author, boolean staff, NewPost draft) {
        List<FieldError> errors = new ArrayList<>();
        Long areaId = fields.areaId(draft.area, errors);
        fields.checkStage(draft.stage, errors);
        List<String> tags = PostFields.tags(draft.tags, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are not valid.", errors);
        }
        String language = languages.of(draft.language, draft.title, html.sanitize(draft.body), author.locale());
        Verdict verdict = screening.screenNew(
                author, staff, ContributionKind.POST, draft.area, draft.title, draft.body, language);
        Post post = new Post(
                Kind.valueOf(draft.kind),
                draft.title,
                draft.body,
                verdict.sanitizedHtml(),
                language,
                areaId,
                draft.stage,
                author.id(),
                verdict.publishes() ? Visibility.PUBLISHED : Visibility.PENDING,
                clock.instant());
        em.persist(post);
        em.flush();
        screening.review(verdict, TargetType.POST, post.id(), post.id(), author.id(), post.title(), post.bodyHtml());
        fields.replaceTags(post.id(), tags);
        followings.follow(author.id(), FollowTarget.POST, post.id().toString());
        changes.record(ChangeKind.POST_SUBMITTED, post.id(), null, author.id());
        return post;
    }
}
