package org.agora.portal.follows.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.follows.entity.Following;

/** Starts and stops follows; both are idempotent. Targets are checked by the caller. */
@ApplicationScoped
public class Followings {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Following follow(long memberId, FollowTarget type, String target) {
        em.createNativeQuery(
                        "insert into follows (member_id, target_type, target) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, memberId)
                .setParameter(2, type.name())
                .setParameter(3, target)
                .executeUpdate();
        return new Following(type.name(), target, true);
    }

    @Transactional
    public Following unfollow(long memberId, FollowTarget type, String target) {
        em.createNativeQuery("delete from follows where member_id = ?1 and target_type = ?2 and target = ?3")
                .setParameter(1, memberId)
                .setParameter(2, type.name())
                .setParameter(3, target)
                .executeUpdate();
        return new Following(type.name(), target, false);
    }

    public boolean follows(long memberId, FollowTarget type, String target) {
        return !em.createNativeQuery("select 1 from follows where member_id = ?1 and target_type = ?2 and target = ?3")
                .setParameter(1, memberId)
                .setParameter(2, type.name())
                .setParameter(3, target)
                .getResultList()
                .isEmpty();
    }

    public List<Following> of(long memberId) {
        return em
                .createNativeQuery("select target_type, target from follows where member_id = ?1 order by created_at")
                .setParameter(1, memberId)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Following((String) r[0], (String) r[1], true);
                })
                .toList();
    }
}
