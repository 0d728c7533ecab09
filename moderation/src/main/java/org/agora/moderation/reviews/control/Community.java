package org.agora.moderation.reviews.control;

import java.util.Optional;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;

/**
 * What moderation needs from the community it moderates, implemented by portal-api (which owns
 * members, posts and comments and the caller's token). An interface so that moderation never
 * imports portal-api: the dependency points from portal-api to here.
 */
public interface Community {

    /** The signed-in caller: 401 without a token, 403 without a portal role or while suspended. */
    Reviewer reviewer();

    Optional<MemberFacts> member(long memberId);

    /** The contribution's current state, empty when it does not exist. */
    Optional<ContentState> stateOf(TargetType type, long targetId);

    /** Sets (or, with {@code null}, clears) a member's trust override; false when there is no such member. */
    boolean overrideTrust(long memberId, Integer level);
}
