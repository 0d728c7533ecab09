package org.agora.portal.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.members.control.MemberNotFound;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.MemberView;
import org.agora.portal.platform.control.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Member records as staff see them. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@SecurityRequirement(name = "bearer")
public class Members {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @GET
    @Path("{id}")
    @Operation(summary = "A member's record (moderators and admins)")
    public MemberView member(@PathParam("id") long id) {
        caller.requireAnyRole(Caller.MODERATOR, Caller.ADMIN);
        return members.find(id).map(m -> MemberView.of(m, null)).orElseThrow(() -> new MemberNotFound(id));
    }
}
