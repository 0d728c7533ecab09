package org.agora.portal.search.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.search.index.entity.FacetCount;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchResult;

/**
 * A page of hits with the facet counts, keyed by the names the filters take ({@code kind},
 * {@code status}, {@code area}, {@code tag}, {@code stage}, {@code language}). Titles and snippets
 * are escaped HTML in which only {@code <mark>} was added.
 */
public record SearchAnswer(long total, int offset, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public static SearchAnswer of(SearchResult result, int offset) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((field, counts) -> facets.put(field.field(), counts));
        return new SearchAnswer(result.total(), offset, result.hits(), facets);
    }
}
