package org.agora.portal.votes.entity;

/** Whether the member now votes for the post, and the post's count after the change. */
public record VoteState(long postId, boolean voted, int voteCount) {}
