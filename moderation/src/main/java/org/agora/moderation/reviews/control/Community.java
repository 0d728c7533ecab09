package org.agora.moderation.reviews.control;

import java.util.List;
import java.util.Optional;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MergeCandidate;
import org.agora.moderation.reviews.entity.Placement;
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

    /** The area and kind of the post, as the queue's filters need them; empty when there is no such post. */
    Optional<Placement> placementOf(long postId);

    /**
     * The caller corrects a post (title and body) or a comment (body) as a normal edit, in the
     * deciding transaction: the previous content stays in its history, the body is stored as the
     * one HTML policy sanitizes it. {@code null} leaves a field as it is; invalid input is refused (400).
     */
    void correct(TargetType type, long targetId, String title, String body);

    /** The caller merges the post into a published one with the portal's merge, in the deciding transaction. */
    void merge(long postId, long intoPostId);

    /** Up to {@code limit} published posts like this one, best first, not itself; empty while search is unavailable. */
    List<MergeCandidate> similarTo(long postId, int limit);
}
