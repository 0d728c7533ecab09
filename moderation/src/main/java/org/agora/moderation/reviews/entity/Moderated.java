package org.agora.moderation.reviews.entity;

/**
 * Fired synchronously inside the transaction that decided it: the contribution gets this state.
 * portal-api observes it, changes the post or comment and writes its change log in the same
 * transaction, so the search index and notifications follow.
 *
 * @param type post or comment
 * @param targetId its id
 * @param state the new state
 * @param actorId the moderator, or {@code null} when flags or checks did it
 */
public record Moderated(TargetType type, long targetId, ContentState state, Long actorId) {}
