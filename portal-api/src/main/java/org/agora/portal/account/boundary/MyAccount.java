package org.agora.portal.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.agora.portal.account.control.DataExport;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.Following;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.members.entity.MemberSettings;
import org.agora.portal.members.entity.MemberView;
import org.agora.portal.notifications.control.Notifications;
import org.agora.portal.notifications.entity.Inbox;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.votes.control.Ballots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in caller's own account. Suspended members can still read and export their data. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@SecurityRequirement(name = "bearer")
public class MyAccount {

    static final int PAGE_MAX = 100;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    PostCatalog posts;

    @Inject
    Ballots ballots;

    @Inject
    Followings followings;

    @Inject
    Notifications notifications;

    @Inject
    DataExport export;

    @GET
    @Operation(summary = "The caller's member record, created from the token on first call")
    public MemberView me() {
        return MemberView.of(members.registerOnFirstUse(caller.requireSignedIn()), caller.roles());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's display name, language and e-mail mode; 409 when the version is stale")
    public MemberView changeSettings(MemberSettings settings) {
        var token = caller.requireSignedIn();
        return MemberView.of(members.changeSettings(token, inputs.valid(settings)), caller.roles());
    }

    @DELETE
    @Operation(
            summary = "Delete the caller's account: personal data goes, posts and comments stay under"
                    + " \"former member\", votes stay as counts")
    public Response delete() {
        members.anonymise(caller.requireSignedIn());
        return Response.noContent().build();
    }

    @GET
    @Path("export")
    @Operation(summary = "All data the portal keeps about the caller, as JSON")
    public Response export() {
        Member member = members.registerOnFirstUse(caller.requireSignedIn());
        Map<String, Object> data = export.of(member.id());
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"agora-export-" + member.id() + ".json\"")
                .build();
    }

    @GET
    @Path("posts")
    @Operation(summary = "The caller's posts in every state (pending, published, hidden, rejected), newest first")
    public List<PostView> myPosts(@QueryParam("limit") @DefaultValue("50") int limit) {
        Member member = members.registerOnFirstUse(caller.requireSignedIn());
        return posts.views(posts.load(posts.authoredBy(member.id(), Params.limit(limit, PAGE_MAX))), member.id());
    }

    @GET
    @Path("votes")
    @Operation(summary = "Posts the caller voted for, newest vote first")
    public List<PostView> myVotes(@QueryParam("limit") @DefaultValue("50") int limit) {
        Member member = members.registerOnFirstUse(caller.requireSignedIn());
        return posts.views(posts.load(ballots.votedBy(member.id(), Params.limit(limit, PAGE_MAX))), member.id());
    }

    @GET
    @Path("follows")
    @Operation(summary = "What the caller follows: posts, areas and tags")
    public List<Following> myFollows() {
        return followings.of(
                members.registerOnFirstUse(caller.requireSignedIn()).id());
    }

    @GET
    @Path("notifications")
    @Operation(summary = "The caller's inbox, newest first, with the unread count; cursor 'next'")
    public Inbox inbox(
            @QueryParam("unread") boolean unread,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("cursor") String cursor) {
        long member = members.registerOnFirstUse(caller.requireSignedIn()).id();
        return notifications.inbox(member, unread, Params.limit(limit, PAGE_MAX), cursor);
    }

    @POST
    @Path("notifications/read")
    @Operation(
            summary = "Mark the inbox read up to and including upTo (everything without it); answers the unread count")
    public Map<String, Long> markRead(@QueryParam("upTo") Long upTo) {
        long member = members.registerOnFirstUse(caller.requireSignedIn()).id();
        return Map.of("unread", notifications.markRead(member, upTo));
    }
}
