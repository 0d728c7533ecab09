package org.agora.search.index.entity;

/**
 * A post resembling a draft. {@code score} is relative: 1.0 for the best match's text score
 * against its own terms would be a copy; use it to order, and a threshold only after measuring.
 */
public record SimilarPost(long id, String title, float score) {}
