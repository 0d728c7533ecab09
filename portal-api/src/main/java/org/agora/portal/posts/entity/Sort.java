package org.agora.portal.posts.entity;

/** The orders of a listing, each with the column its keyset pagination runs on (id breaks ties). */
public enum Sort {
    NEW("createdAt"),
    TOP("voteCount"),
    DISCUSSED("commentCount"),
    UPDATED("updatedAt");

    public final String attribute;

    Sort(String attribute) {
        this.attribute = attribute;
    }
}
