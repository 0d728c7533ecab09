package org.agora.moderation.teams.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.agora.moderation.delivery.control.Deliveries;
import org.agora.moderation.delivery.entity.DeliveryView;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.entity.ChannelDraft;
import org.agora.moderation.teams.entity.ChannelView;
import org.agora.moderation.teams.entity.SecretIssued;
import org.agora.moderation.teams.entity.TeamDraft;
import org.agora.moderation.teams.entity.TeamView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product teams, their channels and secrets, and their deliveries. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
public class Teams {

    @Inject
    Ideas ideas;

    @Inject
    ProductTeams teams;

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(summary = "All teams (admins, product managers); secrets only as set/hint")
    public List<TeamView> teams() {
        return teams.list(ideas.caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create a team {slug, name, statusMap?, members? (ids of product managers), areas? (slugs)} (admin)")
    public Response create(TeamDraft draft, @Context UriInfo uri) {
        TeamView team = teams.create(ideas.caller(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(team.slug()).build())
                .entity(team)
                .build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One team (admins, product managers)")
    public TeamView team(@PathParam("slug") String slug) {
        return teams.get(ideas.caller(), slug);
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, statusMap, members, areas (lists replace) with version (admin); stale → 409")
    public TeamView change(@PathParam("slug") String slug, TeamDraft draft) {
        return teams.change(ideas.caller(), slug, draft);
    }

    @POST
    @Path("{slug}/channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a WEBHOOK, EMAIL or JIRA channel (admin); a generated webhook secret is shown this once")
    public Response addChannel(@PathParam("slug") String slug, ChannelDraft draft, @Context UriInfo uri) {
        ChannelView channel = teams.addChannel(ideas.caller(), slug, draft);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(channel.id()))
                        .build())
                .entity(channel)
                .build();
    }

    @POST
    @Path("{slug}/channels/{id}/rotate")
    @Operation(
            summary = "A new signing secret for a webhook channel, shown once; both sign until previousUntil (admin)")
    public SecretIssued rotate(@PathParam("slug") String slug, @PathParam("id") long id) {
        return teams.rotateChannelSecret(ideas.caller(), slug, id);
    }

    @POST
    @Path("{slug}/inbound-secret")
    @Operation(
            summary =
                    "A new secret for the team's inbound hook, shown once; the old one is accepted until previousUntil (admin)")
    public SecretIssued inboundSecret(@PathParam("slug") String slug) {
        return teams.rotateInboundSecret(ideas.caller(), slug);
    }

    @GET
    @Path("{slug}/deliveries")
    @Operation(
            summary =
                    "The team's deliveries, newest first, with attempts; state=PENDING|DELIVERED|DEAD (admins, the team's product managers)")
    public List<DeliveryView> deliveries(
            @PathParam("slug") String slug,
            @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return deliveries.ofTeam(ideas.caller(), slug, state, limit);
    }

    @POST
    @Path("{slug}/deliveries/{id}/retry")
    @Operation(summary = "Send a dead delivery again (admin); not dead → 409")
    public DeliveryView retry(@PathParam("slug") String slug, @PathParam("id") long id) {
        return deliveries.retry(ideas.caller(), slug, id);
    }
}
