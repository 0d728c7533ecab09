package org.agora.portal.votes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.votes.control.Ballots;
import org.agora.portal.votes.entity.VoteState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's vote on a post: PUT casts it, DELETE withdraws it; both are idempotent. */
@Path("posts/{id}/vote")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Votes")
@SecurityRequirement(name = "bearer")
public class Votes {

    @Inject
    Caller caller;

    @Inject
    Ballots ballots;

    @PUT
    @Operation(summary = "Vote for a published post (\"me too\" on criticism)")
    public VoteState vote(@PathParam("id") long postId) {
        return ballots.vote(caller.requireAnyRole(Caller.CUSTOMER), postId);
    }

    @DELETE
    @Operation(summary = "Withdraw the caller's vote")
    public VoteState withdraw(@PathParam("id") long postId) {
        return ballots.withdraw(caller.requireAnyRole(Caller.CUSTOMER), postId);
    }
}
