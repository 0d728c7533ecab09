package org.agora.moderation.reviews.entity;

import java.util.List;

/**
 * Where the post of a review item belongs, as the queue's filters need it; portal-api answers it
 * when the item opens (see {@code Community#placementOf}), and the item keeps it.
 *
 * @param area the product area's slug
 * @param kind the post's kind, one of {@link #KINDS}
 */
public record Placement(String area, String kind) {

    /** The kinds of post (portal-api's {@code Kind}; a test there keeps the two alike). */
    public static final List<String> KINDS = List.of("IDEA", "EXPERIENCE", "CRITICISM");
}
