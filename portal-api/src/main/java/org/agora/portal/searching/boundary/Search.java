package org.agora.portal.searching.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Params;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over posts: customers find published posts only, staff every post. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class Search {

    @Inject
    Caller caller;

    @Inject
    SearchIndex index;

    @GET
    @Operation(
            summary = "Search posts (German and English): words, \"phrases\", -exclusions, OR; filters area and kind;"
                    + " hits with highlighted title and snippet, facets. Unpublished posts only for staff.")
    public SearchResult search(
            @QueryParam("q") String query,
            @QueryParam("area") String area,
            @QueryParam("kind") String kind,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        Params.limit(limit, SearchRequest.MAX_LIMIT);
        SearchRequest request = SearchRequest.of(query).page(offset, limit);
        if (area != null && !area.isBlank()) {
            request = request.withFilter(FacetField.AREA, area);
        }
        if (kind != null && !kind.isBlank()) {
            request = request.withFilter(FacetField.KIND, kind);
        }
        // the decision who sees unpublished posts is made here, from the verified token, never by the client
        if (caller.staff()) {
            request = request.includingHidden();
        }
        return index.search(request);
    }
}
