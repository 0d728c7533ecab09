package org.agora.portal.posts.entity;

/**
 * The orders of a listing, each with the column its keyset pagination runs on (id breaks ties).
 * Trending is {@code log10(1 + votes + comments / 2) + age / 2 days}: see the V2 migration.
 */
public enum Sort {
    NEW("created_at"),
    TOP("vote_count"),
    TRENDING("trending"),
    DISCUSSED("comment_count"),
    UPDATED("updated_at");

    public final String column;

    Sort(String column) {
        this.column = column;
    }
}
