package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.agora.moderation.reviews.entity.Moderated;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.Visibility;

/**
 * Applies moderation's decisions to posts and comments, inside moderation's transaction, and
 * writes the change log in it: the search index (which shows customers only published posts) and
 * notifications follow the log. The post's comment counter counts published comments only.
 */
@ApplicationScoped
public class ModerationOutcomes {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(@Observes Moderated decided) {
        Visibility to = Visibility.valueOf(decided.state().name());
        Instant now = clock.instant();
        switch (decided.type()) {
            case POST -> {
                Post post = em.find(Post.class, decided.targetId());
                if (post == null) {
                    return;
                }
                Visibility from = post.state();
                if (post.moderate(to, now)) {
                    em.flush();
                    changes.record(
                            from == Visibility.PENDING && to == Visibility.PUBLISHED
                                    ? ChangeKind.POST_APPROVED
                                    : ChangeKind.POST_MODERATED,
                            post.id(),
                            null,
                            decided.actorId());
                }
            }
            case COMMENT -> {
                Comment comment = em.find(Comment.class, decided.targetId());
                if (comment == null) {
                    return;
                }
                boolean counted = comment.counted();
                if (comment.moderate(to, now)) {
                    em.flush();
                    int delta = (comment.counted() ? 1 : 0) - (counted ? 1 : 0);
                    if (delta != 0) {
                        em.createNativeQuery("update posts set comment_count = comment_count + ?1 where id = ?2")
                                .setParameter(1, delta)
                                .setParameter(2, comment.postId())
                                .executeUpdate();
                    }
                    changes.record(ChangeKind.COMMENT_MODERATED, comment.postId(), comment.id(), decided.actorId());
                }
            }
            case MEMBER, AREA, TEAM -> {
                // members and areas are not moderated through review items
            }
        }
    }
}
