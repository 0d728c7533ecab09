package org.agora.moderation.reviews.entity;

/**
 * A published post that the search finds like the item's post: where a duplicate could be merged.
 *
 * @param score the search's similarity, to order by (relative, not a probability)
 */
public record MergeCandidate(long postId, String title, double score) {}
