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
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.NewPost;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * Takes a member's new post: checks what the request alone cannot (area, stage), sanitizes the
 * body with moderation's one policy and stores it.
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
    Clock clock;

    @Transactional
    public Post submit(Member author, NewPost draft) {
        List<FieldError> errors = new ArrayList<>();
        ProductArea area = em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                .setParameter("slug", draft.area)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (area == null) {
            errors.add(new FieldError("area", "no such product area"));
        }
        if (draft.stage != null && !stageExists(draft.stage)) {
            errors.add(new FieldError("stage", "no such journey stage"));
        }
        String body = html.sanitize(draft.body);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are not valid.", errors);
        }
        String language = draft.language != null ? draft.language : author.locale() != null ? author.locale() : "en";
        Post post = new Post(
                Kind.valueOf(draft.kind),
                draft.title,
                draft.body,
                body,
                language,
                area.id(),
                draft.stage,
                author.id(),
                Visibility.PUBLISHED,
                clock.instant());
        em.persist(post);
        em.flush();
        return post;
    }

    private boolean stageExists(String code) {
        return !em.createNativeQuery("select 1 from journey_stages where code = ?1")
                .setParameter(1, code)
                .getResultList()
                .isEmpty();
    }
}
