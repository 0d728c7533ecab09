package org.agora.search.index.entity;

/**
 * One hit.
 *
 * @param id the post's id (the caller reads the rest from the database)
 * @param score the blended score (only comparable within one result)
 * @param title the title as HTML: escaped text, matches wrapped in {@code <mark>}
 * @param snippet the best passages of the body as HTML, escaped, matches in {@code <mark>}; the
 *     start of the body when nothing in it matched
 * @param language the language the post was analysed in
 */
public record SearchHit(long id, float score, String title, String snippet, String language) {}
