package org.agora.moderation.teams.control;

import java.util.Map;
import java.util.Optional;
import org.agora.moderation.teams.entity.Idea;
import org.agora.moderation.teams.entity.Staff;

/**
 * What teams, triage and delivery need from the portal, implemented by portal-api (which owns
 * members, areas, posts and their statuses and the caller's token), so that moderation never
 * imports portal-api.
 */
public interface Ideas {

    /** The signed-in caller: 401 without a token, 403 without a portal role or while suspended. */
    Staff caller();

    /** The member's display name when their last token made them a product manager; empty otherwise. */
    Optional<String> productManager(long memberId);

    /** The area's id, empty when there is no such area. */
    Optional<Long> areaId(String slug);

    /** Every area's slug by id. */
    Map<Long, String> areaSlugs();

    /** The post as triage sees it, empty when there is none. */
    Optional<Idea> idea(long postId);

    /** Tells the portal's change log that the idea was forwarded, in the forwarding transaction. */
    void forwarded(long postId, long actorId);

    /**
     * Sets the status a team's tool reported, by the workflow's rules and without a member behind it,
     * in the caller's transaction: {@code applied}, {@code unchanged}, or why it was not applied.
     */
    String applyStatus(long postId, String status);

    /**
     * Sets the post's status with a public response, as the signed-in caller, through the portal's
     * normal workflow (its transitions, notifications and change log), in the caller's transaction;
     * a transition the workflow does not allow answers 409.
     */
    void respond(long postId, String status, String response);
}
