package org.agora.portal.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.portal.members.control.MemberNotFound;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.MemberView;
import org.agora.portal.members.entity.SegmentRequest;
import org.agora.portal.members.entity.SegmentView;
import org.agora.portal.moderating.control.PostModeration;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.entity.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Member records as staff see them; members flag members. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@SecurityRequirement(name = "bearer")
public class Members {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    PostModeration moderation;

    @GET
    @Path("{id}")
    @Operation(summary = "A member's record (moderators and admins)")
    public MemberView member(@PathParam("id") long id) {
        caller.requireAnyRole(Caller.MODERATOR, Caller.ADMIN);
        return members.find(id).map(m -> MemberView.of(m, null)).orElseThrow(() -> new MemberNotFound(id));
    }

    @PUT
    @Path("{id}/segment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a member's customer segment and vote weight {segment, weight (0 < w ≤ 100, default 1)};"
                    + " an empty segment removes it (admin)")
    public SegmentView segment(@PathParam("id") long id, SegmentRequest request) {
        return members.placeInSegment(
                members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN),
                id,
                request);
    }

    @POST
    @Path("{id}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Flag a member (SPAM for a spam account, OFFENSIVE, OTHER with text, e.g. impersonation);"
                    + " opens the member's review item; the same member again within 24 h: 429")
    public Response flag(@PathParam("id") long id, FlagRequest request) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return Response.status(Response.Status.CREATED)
                .entity(moderation.flagMember(actor, id, request))
                .build();
    }
}
