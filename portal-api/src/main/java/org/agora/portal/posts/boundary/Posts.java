package org.agora.portal.posts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.control.Submissions;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.NewPost;
import org.agora.portal.posts.entity.PostPage;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.posts.entity.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts: anyone reads what is published; signed-in members submit. */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class Posts {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    Submissions submissions;

    @Inject
    PostCatalog catalog;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit an idea, experience or criticism")
    public Response submit(NewPost draft, @Context UriInfo uri) {
        Member author = members.acting(caller.requireAnyRole(Caller.CUSTOMER));
        long id = submissions.submit(author, inputs.valid(draft)).id();
        PostView created = catalog.find(id, author.id(), caller.staff());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One post; unpublished ones only for their author and staff")
    public PostView post(@PathParam("id") long id) {
        return catalog.find(id, readerId(), caller.staff());
    }

    @GET
    @Operation(
            summary = "Published posts: sort new, top, discussed or updated; keyset pagination with the cursor 'next'")
    public PostPage list(
            @QueryParam("sort") @DefaultValue("new") String sort,
            @QueryParam("kind") String kind,
            @QueryParam("area") String area,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > PostCatalog.PAGE_MAX) {
            throw invalid("limit", "must be between 1 and " + PostCatalog.PAGE_MAX);
        }
        return catalog.list(
                new PostCatalog.Filter(parse(Kind.class, "kind", kind), area, status),
                parse(Sort.class, "sort", sort),
                limit,
                cursor,
                readerId());
    }

    private Long readerId() {
        return caller.token()
                .map(token -> members.registerOnFirstUse(token).id())
                .orElse(null);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(
                    field,
                    "must be one of "
                            + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
        }
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput("Some parameters are not valid.", List.of(new FieldError(field, message)));
    }
}
