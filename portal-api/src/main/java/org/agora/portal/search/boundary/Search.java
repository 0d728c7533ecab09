package org.agora.portal.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.search.control.Searches;
import org.agora.portal.search.entity.SearchAnswer;
import org.agora.portal.search.entity.SimilarDraft;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SimilarPost;
import org.agora.search.index.entity.Suggestion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Full-text search over posts in German and English. Query syntax: words (all must match; longer
 * words tolerate typos), "phrases", -exclusion, OR between alternatives. Any input is answered;
 * nothing is a server error.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class Search {

    private static final int SUGGEST_MAX = 10;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    Searches searches;

    @GET
    @Operation(
            summary = "Search posts: hits with highlighted title and snippet, facet counts; filters repeatable"
                    + " (kind, status, area, tag, stage, language); visibility=all (staff) includes unpublished posts")
    public SearchAnswer search(
            @QueryParam("q") @DefaultValue("") String query,
            @QueryParam("kind") List<String> kind,
            @QueryParam("status") List<String> status,
            @QueryParam("area") List<String> area,
            @QueryParam("tag") List<String> tag,
            @QueryParam("stage") List<String> stage,
            @QueryParam("language") List<String> language,
            @QueryParam("visibility") @DefaultValue("public") String visibility,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        requireQuery(query);
        if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
            throw Params.invalid("offset", "must be between 0 and " + SearchRequest.MAX_OFFSET);
        }
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        put(filters, FacetField.KIND, kind);
        put(filters, FacetField.STATUS, status);
        put(filters, FacetField.AREA, area);
        put(filters, FacetField.TAG, tag);
        put(filters, FacetField.STAGE, stage);
        put(filters, FacetField.LANGUAGE, language);
        return searches.search(
                reader(), query, filters, everything(visibility), offset, Params.limit(limit, SearchRequest.MAX_LIMIT));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles completing what is typed, for search boxes")
    public List<Suggestion> suggest(
            @QueryParam("q") @DefaultValue("") String prefix,
            @QueryParam("visibility") @DefaultValue("public") String visibility,
            @QueryParam("limit") @DefaultValue("8") int limit) {
        requireQuery(prefix);
        return searches.suggest(reader(), prefix, Params.limit(limit, SUGGEST_MAX), everything(visibility));
    }

    @POST
    @Path("similar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Posts like a draft (title and body), best first with scores: duplicates before posting")
    public List<SimilarPost> similar(
            SimilarDraft draft, @QueryParam("visibility") @DefaultValue("public") String visibility) {
        SimilarDraft valid = inputs.valid(draft);
        int limit = valid.limit == null ? 5 : valid.limit;
        return searches.similar(reader(), valid.title, valid.body, limit, everything(visibility));
    }

    @POST
    @Path("rebuild")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rebuild this node's index from the database in the background (admins); search keeps serving")
    public Response rebuild() {
        searches.rebuild(members.actor(caller, Caller.ADMIN));
        return Response.accepted().build();
    }

    private Actor reader() {
        Long id = members.readerId(caller);
        return id == null ? null : caller.actor(id);
    }

    private static boolean everything(String visibility) {
        return switch (visibility) {
            case "public" -> false;
            case "all" -> true;
            default -> throw Params.invalid("visibility", "must be public or all");
        };
    }

    private static void requireQuery(String query) {
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw Params.invalid("q", "must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
    }

    private static void put(Map<FacetField, List<String>> filters, FacetField field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(field, values);
        }
    }
}
