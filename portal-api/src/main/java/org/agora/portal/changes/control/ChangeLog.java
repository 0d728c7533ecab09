package org.agora.portal.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.changes.entity.Changed;

/** Writes a change into the log, in the caller's transaction. */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Changed> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeKind kind, Long postId, Long commentId, Long actorId) {
        em.createNativeQuery(
                        "insert into changes (kind, post_id, comment_id, actor_id) values (?1, cast(?2 as bigint), cast(?3 as bigint), cast(?4 as bigint))")
                .setParameter(1, kind.name())
                .setParameter(2, postId)
                .setParameter(3, commentId)
                .setParameter(4, actorId)
                .executeUpdate();
        if (kind != ChangeKind.POST_VOTED) {
            // votes tell nobody at once; their consumers (search ranking, triage scores) poll
            changed.fire(new Changed(kind));
        }
    }
}
