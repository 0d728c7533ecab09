package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.reviews.control.Standings;
import org.agora.moderation.reviews.entity.Contributions;
import org.agora.moderation.reviews.entity.Standing;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;

/** Answers moderation's questions about a member's standing and contributions (see {@link Standings}). */
@ApplicationScoped
public class MemberStandings implements Standings {

    private static final String CONTRIBUTIONS = "select 'POST' as type, id, id as post_id, title as excerpt, state,"
            + " created_at from posts where author_id = ?1 union all select 'COMMENT', id, post_id,"
            + " left(regexp_replace(body_html, '<[^>]*>', '', 'g'), 120), state, created_at from comments"
            + " where author_id = ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberRegistry members;

    @Override
    public Optional<Standing> standing(long memberId) {
        return members.find(memberId).map(m -> {
            Actor roles = new Actor(m.id(), m.roles());
            return new Standing(
                    m.id(),
                    m.displayName(),
                    roles.staff(),
                    roles.has(Actor.ADMIN),
                    m.status() == Member.Status.ANONYMISED,
                    m.version());
        });
    }

    @Override
    public Contributions contributions(long memberId, int recent) {
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where type = 'POST'),"
                        + " count(*) filter (where type = 'COMMENT'), count(*) filter (where state = 'PUBLISHED'),"
                        + " count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'HIDDEN'),"
                        + " count(*) filter (where state = 'REJECTED') from (" + CONTRIBUTIONS + ") c")
                .setParameter(1, memberId)
                .getSingleResult();
        List<?> rows = em.createNativeQuery(
                        "select * from (" + CONTRIBUTIONS + ") c order by created_at desc, id desc limit ?2")
                .setParameter(1, memberId)
                .setParameter(2, recent)
                .getResultList();
        return new Contributions(
                count(counts[0]),
                count(counts[1]),
                count(counts[2]),
                count(counts[3]),
                count(counts[4]),
                count(counts[5]),
                rows.stream()
                        .map(Object[].class::cast)
                        .map(r -> new Contributions.Recent(
                                (String) r[0],
                                count(r[1]),
                                count(r[2]),
                                (String) r[3],
                                (String) r[4],
                                Rows.instant(r[5])))
                        .toList());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
