package org.agora.portal.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.MemberSettings;
import org.agora.portal.members.entity.MemberView;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@SecurityRequirement(name = "bearer")
public class MyAccount {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @GET
    @Operation(summary = "The caller's member record, created from the token on first call")
    public MemberView me() {
        var token = caller.requireSignedIn();
        return MemberView.of(members.registerOnFirstUse(token), caller.roles());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's display name and language; 409 when the version is stale")
    public MemberView changeSettings(MemberSettings settings) {
        var token = caller.requireSignedIn();
        return MemberView.of(members.changeSettings(token, inputs.valid(settings)), caller.roles());
    }
}
