package org.agora.moderation.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.moderation.delivery.control.Forwarding;
import org.agora.moderation.delivery.entity.ForwardRequest;
import org.agora.moderation.delivery.entity.TriageView;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.triage.control.TriageQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Triage of ideas by the product managers of the team owning their area (and admins). */
@Path("triage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triage")
@SecurityRequirement(name = "bearer")
public class Triage {

    @Inject
    Ideas ideas;

    @Inject
    Forwarding forwarding;

    @Inject
    TriageQueue queue;

    @GET
    @Path("posts/{id}")
    @Operation(summary = "An idea's triage: team, forwards, external status and link, version, deliveries")
    public TriageView idea(@PathParam("id") long id) {
        return forwarding.triage(ideas.caller(), id);
    }

    @POST
    @Path("posts/{id}")
    @Operation(summary = "Take a published idea into its team's triage queue (state NEW); already there: no change")
    public TriageView pull(@PathParam("id") long id) {
        return queue.pull(ideas.caller(), id);
    }

    @POST
    @Path("posts/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Forward a published idea to its area's team {note?, version?}: one delivery per channel;"
                    + " again only with the triage version read (409 otherwise)")
    public TriageView forward(@PathParam("id") long id, ForwardRequest request) {
        return forwarding.forward(ideas.caller(), id, request);
    }
}
