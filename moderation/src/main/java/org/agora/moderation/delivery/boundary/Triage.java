package org.agora.moderation.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.moderation.delivery.control.Forwarding;
import org.agora.moderation.delivery.entity.ForwardRequest;
import org.agora.moderation.delivery.entity.TriageView;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.triage.control.TriageActions;
import org.agora.moderation.triage.control.TriageBoard;
import org.agora.moderation.triage.control.TriageQueue;
import org.agora.moderation.triage.entity.Board;
import org.agora.moderation.triage.entity.BulkAction;
import org.agora.moderation.triage.entity.BulkResult;
import org.agora.moderation.triage.entity.TriageAction;
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

    @Inject
    TriageBoard board;

    @Inject
    TriageActions actions;

    @GET
    @Operation(
            summary = "A team's triage board (team=slug, area=slug?): columns NEW, REVIEW, FORWARDED, DECLINED with"
                    + " each idea's score, votes, status, owner and version (admins, the team's product managers)")
    public Board board(@QueryParam("team") String team, @QueryParam("area") String area) {
        return board.board(ideas.caller(), team, area);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Bulk {action: ACCEPT|ASSIGN, owner?, items: [{post, version}]}: each item its own"
                    + " transaction, with its own status in the answer")
    public List<BulkResult> bulk(BulkAction request) {
        return board.bulk(ideas.caller(), request);
    }

    @POST
    @Path("posts/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One action with the triage version read {action: ACCEPT|DECLINE|STATUS|ASSIGN|NOTE, version,"
                    + " response? (DECLINE, STATUS), status? (STATUS), owner? (ASSIGN), note? (NOTE)}; stale → 409")
    public TriageView act(@PathParam("id") long id, TriageAction request) {
        return actions.act(ideas.caller(), id, request);
    }

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
