package org.agora.search.index.entity;

import java.util.List;
import java.util.Map;

/**
 * @param total all hits, not only this page
 * @param hits this page, best first
 * @param facets per field the values of all hits with their counts, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<FacetField, List<FacetCount>> facets) {

    public static final SearchResult EMPTY = new SearchResult(0, List.of(), Map.of());
}
