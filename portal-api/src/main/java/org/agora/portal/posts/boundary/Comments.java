package org.agora.portal.posts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.moderating.control.PostModeration;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.Discussions;
import org.agora.portal.posts.entity.CommentEdit;
import org.agora.portal.posts.entity.CommentPage;
import org.agora.portal.posts.entity.CommentVersionView;
import org.agora.portal.posts.entity.CommentView;
import org.agora.portal.posts.entity.NewComment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A post's discussion: anyone reads it, members write, writers and moderators edit and delete. */
@Path("posts/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class Comments {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    Discussions discussions;

    @Inject
    PostModeration moderation;

    @GET
    @Operation(summary = "Threads of the post, oldest first, each with all its replies; cursor 'next'")
    public CommentPage page(
            @PathParam("id") long postId,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("cursor") String cursor) {
        Params.limit(limit, Discussions.PAGE_MAX);
        return discussions.page(postId, members.readerId(caller), caller.staff(), limit, cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Comment, or reply with parentId (at most five deep); staff may set official")
    public Response add(@PathParam("id") long postId, NewComment draft, @Context UriInfo uri) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        long id = discussions.add(actor, postId, inputs.valid(draft)).id();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(discussions.one(postId, id, actor.memberId(), actor.staff()))
                .build();
    }

    @GET
    @Path("{commentId}")
    @Operation(summary = "One comment")
    public CommentView one(@PathParam("id") long postId, @PathParam("commentId") long commentId) {
        return discussions.one(postId, commentId, members.readerId(caller), caller.staff());
    }

    @PATCH
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit a comment (its writer, moderators, admins); the previous body is kept; 409 when stale")
    public CommentView edit(@PathParam("id") long postId, @PathParam("commentId") long commentId, CommentEdit edit) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        discussions.edit(actor, postId, commentId, inputs.valid(edit));
        return discussions.one(postId, commentId, actor.memberId(), actor.staff());
    }

    @DELETE
    @Path("{commentId}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a comment (its writer, moderators, admins); its replies stay in the thread")
    public Response delete(@PathParam("id") long postId, @PathParam("commentId") long commentId) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        discussions.delete(actor, postId, commentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{commentId}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Flag a published comment (kinds, scores and the 24 h re-flag rule as for posts);"
                    + " hides the comment at the threshold")
    public Response flag(@PathParam("id") long postId, @PathParam("commentId") long commentId, FlagRequest request) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return Response.status(Response.Status.CREATED)
                .entity(moderation.flagComment(actor, postId, commentId, request))
                .build();
    }

    @GET
    @Path("{commentId}/versions")
    @Operation(summary = "Earlier bodies of an edited comment, newest first")
    public List<CommentVersionView> versions(@PathParam("id") long postId, @PathParam("commentId") long commentId) {
        return discussions.versions(postId, commentId, members.readerId(caller), caller.staff());
    }
}
