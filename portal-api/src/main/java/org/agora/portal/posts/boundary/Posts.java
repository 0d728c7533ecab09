package org.agora.portal.posts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.moderation.reviews.entity.AppealRequest;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.follows.entity.Following;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.moderating.control.PostModeration;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Failures.NotSignedIn;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.Discussions;
import org.agora.portal.posts.control.Merges;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.control.Revisions;
import org.agora.portal.posts.control.Submissions;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.MergeRequest;
import org.agora.portal.posts.entity.NewPost;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostEdit;
import org.agora.portal.posts.entity.PostPage;
import org.agora.portal.posts.entity.PostVersionView;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.posts.entity.Sort;
import org.agora.portal.solved.control.SolvedQuestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts: anyone reads what is published; members submit; authors and staff change them. */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class Posts {

    static final int EMBEDDED_COMMENTS = 20;

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

    @Inject
    Revisions revisions;

    @Inject
    Merges merges;

    @Inject
    Discussions discussions;

    @Inject
    Followings followings;

    @Inject
    PostModeration moderation;

    @Inject
    SolvedQuestions solved;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit an idea, experience or criticism")
    public Response submit(NewPost draft, @Context UriInfo uri) {
        Member author = members.acting(caller.requireAnyRole(Caller.CUSTOMER));
        long id =
                submissions.submit(author, caller.staff(), inputs.valid(draft)).id();
        PostView created = catalog.find(id, author.id(), caller.staff());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One post; unpublished ones only for their author and staff. A merged post answers 303 with"
                    + " the Location of the post it was merged into. embed=comments adds the first page of comments.")
    public Response post(@PathParam("id") long id, @QueryParam("embed") String embed, @Context UriInfo uri) {
        Long reader = members.readerId(caller);
        PostView post = catalog.find(id, reader, caller.staff());
        if (Kind.IDEA.name().equals(post.kind()) && Kind.SHIPPED.equals(post.status())) {
            post = post.withSolved(solved.counts(id));
        }
        if ("comments".equals(embed)) {
            post = post.withComments(discussions.page(id, reader, caller.staff(), EMBEDDED_COMMENTS, null));
        } else if (embed != null) {
            throw Params.invalid("embed", "must be comments");
        }
        if (post.mergedInto() != null) {
            return Response.seeOther(uri.getBaseUriBuilder()
                            .path("posts")
                            .path(post.mergedInto().toString())
                            .build())
                    .entity(post)
                    .build();
        }
        return Response.ok(post).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Edit a post (author within the grace period or while pending; moderators), classify it"
                    + " (staff), or change its status with an optional public response (staff); 409 when stale")
    public PostView revise(@PathParam("id") long id, PostEdit edit) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        revisions.revise(actor, id, inputs.valid(edit));
        return catalog.find(id, actor.memberId(), actor.staff());
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a post (its author, moderators, admins); votes and comments stay with it")
    public Response delete(@PathParam("id") long id) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.ADMIN);
        revisions.delete(actor, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Earlier contents of an edited post, newest first")
    public List<PostVersionView> versions(@PathParam("id") long id) {
        return revisions.versions(id, members.readerId(caller), caller.staff());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Merge this post into another (staff): votes, followers and comments move to the target")
    public PostView merge(@PathParam("id") long id, MergeRequest request) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        MergeRequest valid = inputs.valid(request);
        merges.merge(actor, id, valid.into, valid.version);
        return catalog.find(id, actor.memberId(), true);
    }

    @DELETE
    @Path("{id}/merge")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a merge back (staff): exactly what the merge carried returns")
    public PostView unmerge(@PathParam("id") long id) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        merges.unmerge(actor, id);
        return catalog.find(id, actor.memberId(), true);
    }

    @GET
    @Operation(
            summary = "Published posts: sort new, top, trending, discussed or updated; filters; keyset pagination"
                    + " with the cursor 'next'. author=me, voted=true and followed=true need a signed-in reader.")
    public PostPage list(
            @QueryParam("sort") @DefaultValue("new") String sort,
            @QueryParam("kind") String kind,
            @QueryParam("area") String area,
            @QueryParam("status") String status,
            @QueryParam("tag") String tag,
            @QueryParam("stage") String stage,
            @QueryParam("author") String author,
            @QueryParam("voted") boolean voted,
            @QueryParam("followed") boolean followed,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("cursor") String cursor) {
        Params.limit(limit, PostCatalog.PAGE_MAX);
        Long reader = members.readerId(caller);
        if ((voted || followed || "me".equals(author)) && reader == null) {
            throw new NotSignedIn();
        }
        return catalog.list(
                new PostCatalog.Filter(
                        Params.enumOf(Kind.class, "kind", kind),
                        area,
                        status,
                        tag,
                        stage,
                        authorId(author, reader),
                        voted ? reader : null,
                        followed ? reader : null),
                Objects.requireNonNullElse(Params.enumOf(Sort.class, "sort", sort), Sort.NEW),
                limit,
                cursor,
                reader);
    }

    private static Long authorId(String author, Long reader) {
        if (author == null || author.isBlank()) {
            return null;
        }
        if ("me".equals(author)) {
            return reader;
        }
        try {
            return Long.parseLong(author);
        } catch (NumberFormatException e) {
            throw Params.invalid("author", "must be a member id or me");
        }
    }

    @POST
    @Path("{id}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Flag a published post (SPAM, OFFENSIVE, OFF_TOPIC, DUPLICATE with duplicateOf, OTHER with text);"
                    + " weighted by trust, hides the post at the threshold; the same post again within 24 h: 429")
    public Response flag(@PathParam("id") long id, FlagRequest request) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return Response.status(Response.Status.CREATED)
                .entity(moderation.flag(actor, id, request))
                .build();
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The author appeals, once, against the hold, rejection or hiding of their post")
    public Response appeal(@PathParam("id") long id, AppealRequest request) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        long item = moderation.appeal(actor, id, request);
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("reviewItem", item))
                .build();
    }

    @PUT
    @Path("{id}/follow")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Follow a post: comments, responses, status changes and merges reach the inbox")
    public Following follow(@PathParam("id") long id) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        Post post = catalog.visible(id, actor.memberId(), actor.staff());
        return followings.follow(actor.memberId(), FollowTarget.POST, post.id().toString());
    }

    @DELETE
    @Path("{id}/follow")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Stop following a post")
    public Following unfollow(@PathParam("id") long id) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return followings.unfollow(actor.memberId(), FollowTarget.POST, Long.toString(id));
    }
}
