package org.agora.portal.solved.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.solved.control.SolvedQuestions;
import org.agora.portal.solved.entity.SolvedAnswer;
import org.agora.portal.solved.entity.SolvedAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Did this solve it?" on a shipped idea: its voters answer, staff read the answers. */
@Path("posts/{id}/solved")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Posts")
public class Solved {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    SolvedQuestions questions;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A voter of a shipped idea answers whether it solved their problem {solved, comment?};"
                    + " once, changeable; others 403, an idea not shipped 409")
    public SolvedAnswers answer(@PathParam("id") long postId, SolvedAnswer answer) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return questions.answer(actor, postId, inputs.valid(answer));
    }

    @GET
    @Operation(summary = "The voters' answers to \"did this solve it?\" with counts (staff)")
    public SolvedAnswers answers(@PathParam("id") long postId) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return questions.answers(actor, postId);
    }
}
