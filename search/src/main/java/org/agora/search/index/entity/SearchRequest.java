package org.agora.search.index.entity;

import java.util.List;
import java.util.Map;

/**
 * One search.
 *
 * @param query what the user typed: words, "phrases", -exclusions, OR; any string is accepted, the
 *     first {@value #MAX_QUERY_LENGTH} characters count. Blank: all posts (filtered), best first
 * @param filters per facet field the values any of which a hit must have (OR within a field, AND
 *     across fields); absent or empty: no filter
 * @param includeHidden whether posts not visible to the public may be returned (staff only; the
 *     caller decides who is staff). Customers: always false
 * @param offset hits to skip, capped at {@value #MAX_OFFSET}
 * @param limit hits to return, 1 to {@value #MAX_LIMIT}
 * @param ranking blend of text, votes and recency; null: {@link Ranking#DEFAULT}
 */
public record SearchRequest(
        String query,
        Map<FacetField, List<String>> filters,
        boolean includeHidden,
        int offset,
        int limit,
        Ranking ranking) {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_OFFSET = 1000;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        query = query == null ? "" : query;
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        offset = Math.max(0, Math.min(offset, MAX_OFFSET));
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        ranking = ranking == null ? Ranking.DEFAULT : ranking;
    }

    /** A customer's search: public posts only, first page. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), false, 0, DEFAULT_LIMIT, Ranking.DEFAULT);
    }

    public SearchRequest withFilter(FacetField field, String... values) {
        var copy = new java.util.HashMap<>(filters);
        copy.put(field, List.of(values));
        return new SearchRequest(query, copy, includeHidden, offset, limit, ranking);
    }

    public SearchRequest includingHidden() {
        return new SearchRequest(query, filters, true, offset, limit, ranking);
    }

    public SearchRequest page(int offset, int limit) {
        return new SearchRequest(query, filters, includeHidden, offset, limit, ranking);
    }

    public SearchRequest rankedBy(Ranking ranking) {
        return new SearchRequest(query, filters, includeHidden, offset, limit, ranking);
    }
}
