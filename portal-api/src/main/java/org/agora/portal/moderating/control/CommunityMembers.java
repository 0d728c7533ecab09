package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.agora.moderation.reviews.control.Community;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.Post;

/** Answers moderation's questions about the caller and the community (see {@link Community}). */
@ApplicationScoped
public class CommunityMembers implements Community {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    MemberTrust trust;

    @Override
    public Reviewer reviewer() {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        String language = members.find(actor.memberId()).map(Member::locale).orElse(null);
        return new Reviewer(actor.memberId(), actor.moderates(), language, actor.has(Caller.ADMIN));
    }

    @Override
    public Optional<MemberFacts> member(long memberId) {
        return members.find(memberId).map(m -> {
            Object override = em.createNativeQuery("select trust_override from members where id = ?1")
                    .setParameter(1, memberId)
                    .getSingleResult();
            return new MemberFacts(
                    memberId,
                    m.displayName(),
                    trust.levelOf(memberId),
                    override == null ? null : ((Number) override).intValue());
        });
    }

    @Override
    public Optional<ContentState> stateOf(TargetType type, long targetId) {
        return switch (type) {
            case POST ->
                Optional.ofNullable(em.find(Post.class, targetId))
                        .map(p -> ContentState.valueOf(p.state().name()));
            case COMMENT ->
                Optional.ofNullable(em.find(Comment.class, targetId))
                        .map(c -> ContentState.valueOf(c.state().name()));
            case MEMBER, AREA -> Optional.empty();
        };
    }

    @Override
    public boolean overrideTrust(long memberId, Integer level) {
        boolean found = em.createNativeQuery("update members set trust_override = cast(?1 as smallint) where id = ?2")
                        .setParameter(1, level)
                        .setParameter(2, memberId)
                        .executeUpdate()
                > 0;
        if (found) {
            em.createNativeQuery("update members set trust_level = ?1 where id = ?2")
                    .setParameter(1, trust.levelOf(memberId))
                    .setParameter(2, memberId)
                    .executeUpdate();
        }
        return found;
    }
}
