package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.agora.moderation.sanitizing.control.HtmlPolicy;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.NewPost;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * Takes a member's new post: checks what the request alone cannot (area, stage, tags), sanitizes
 * the body with moderation's one policy, stores it, lets the author follow it and records the
 * change for everyone who reacts to it.
 *
 * <p>Until the moderation pipeline decides (automatic checks, trust levels), posts are published
 * at once.
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
    Clock clock;

    @Transactional
    public Post submit(Member author, NewPost draft) {
        List<FieldError> errors = new ArrayList<>();
        Long areaId = fields.areaId(draft.area, errors);
        fields.checkStage(draft.stage, errors);
        List<String> tags = PostFields.tags(draft.tags, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are not valid.", errors);
        }
        String body = html.sanitize(draft.body);
        Post post = new Post(
                Kind.valueOf(draft.kind),
                draft.title,
                draft.body,
                body,
                languages.of(draft.language, draft.title, body, author.locale()),
                areaId,
                draft.stage,
                author.id(),
                Visibility.PUBLISHED,
                clock.instant());
        em.persist(post);
        em.flush();
        fields.replaceTags(post.id(), tags);
        followings.follow(author.id(), FollowTarget.POST, post.id().toString());
        changes.record(ChangeKind.POST_SUBMITTED, post.id(), null, author.id());
        return post;
    }
}
