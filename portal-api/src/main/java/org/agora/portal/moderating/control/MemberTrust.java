package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.trust.control.TrustLevels;
import org.agora.moderation.trust.entity.Activity;

/**
 * A member's trust level: moderation's {@link TrustLevels} over the activity counted in the
 * database (days with a post, comment or vote; published posts and comments; votes received on
 * their posts; flags upheld against them); a level set by staff wins.
 */
@ApplicationScoped
public class MemberTrust {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrustLevels levels;

    @Inject
    Reviews reviews;

    /** The trust level 0–4 in effect; 0 for an unknown member. */
    public int levelOf(long memberId) {
        List<?> rows = em.createNativeQuery("select m.trust_override,"
                        + " (select count(*) from (select created_at::date from posts where author_id = m.id"
                        + " union select created_at::date from comments where author_id = m.id"
                        + " union select created_at::date from votes where member_id = m.id) d),"
                        + " (select count(*) from posts where author_id = m.id and state = 'PUBLISHED'"
                        + " and deleted_at is null)"
                        + " + (select count(*) from comments where author_id = m.id and state = 'PUBLISHED'"
                        + " and deleted_at is null),"
                        + " (select coalesce(sum(vote_count), 0) from posts where author_id = m.id)"
                        + " from members m where m.id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object[] r = (Object[]) rows.get(0);
        if (r[0] != null) {
            return ((Number) r[0]).intValue();
        }
        return levels.levelOf(Activity.of(
                ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(),
                reviews.upheldFlagsAgainst(memberId)));
    }
}
