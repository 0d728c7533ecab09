package org.agora.portal.votes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.votes.control.Ballots;
import org.agora.portal.votes.entity.Channel;
import org.agora.portal.votes.entity.ProxyVote;
import org.agora.portal.votes.entity.VoteAuditEntry;
import org.agora.portal.votes.entity.VoteState;
import org.agora.portal.votes.entity.Voter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Votes staff cast for customers (support, sales …), the voters and the audit of a post: staff only. */
@Path("posts/{id}/votes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Votes")
@SecurityRequirement(name = "bearer")
public class ProxyVotes {

    static final int VOTERS_MAX = 1000;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Inputs inputs;

    @Inject
    Ballots ballots;

    @PUT
    @Path("{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Vote on behalf of a customer (staff), with the channel they asked through and a note; audited")
    public VoteState voteFor(@PathParam("id") long postId, @PathParam("memberId") long memberId, ProxyVote proxy) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        ProxyVote valid = inputs.valid(proxy);
        return ballots.voteFor(actor, memberId, postId, Channel.valueOf(valid.channel), valid.note);
    }

    @DELETE
    @Path("{memberId}")
    @Operation(summary = "Withdraw a customer's vote on their behalf (staff); audited")
    public VoteState withdrawFor(
            @PathParam("id") long postId,
            @PathParam("memberId") long memberId,
            @QueryParam("channel") @DefaultValue("OTHER") String channel,
            @QueryParam("note") String note) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        if (note != null && note.length() > 500) {
            throw Params.invalid("note", "at most 500 characters");
        }
        return ballots.withdrawFor(actor, memberId, postId, Params.enumOf(Channel.class, "channel", channel), note);
    }

    @GET
    @Operation(summary = "Who voted, newest first (staff)")
    public List<Voter> voters(@PathParam("id") long postId, @QueryParam("limit") @DefaultValue("100") int limit) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return ballots.voters(actor, postId, Params.limit(limit, VOTERS_MAX));
    }

    @GET
    @Path("audit")
    @Operation(summary = "Votes staff cast or withdrew on behalf of customers (staff)")
    public List<VoteAuditEntry> audit(@PathParam("id") long postId) {
        Actor actor = members.actor(caller, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return ballots.audit(actor, postId);
    }
}
