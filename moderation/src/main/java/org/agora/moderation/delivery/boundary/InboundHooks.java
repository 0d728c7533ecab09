package org.agora.moderation.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.moderation.delivery.control.InboundSync;
import org.agora.moderation.delivery.entity.InboundResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a team's tool reports back; authenticated by the Standard Webhooks signature with the
 * team's inbound secret, not by a token. The body is read as text because the signature covers it
 * byte for byte.
 */
@Path("hooks/inbound")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triage")
public class InboundHooks {

    @Inject
    InboundSync sync;

    @POST
    @Path("{team}")
    @Operation(
            summary = "A signed status and/or link for an idea {post | externalRef, status?, link?};"
                    + " bad signature or timestamp → 401, a replayed webhook-id answers the first outcome")
    public InboundResult receive(
            @PathParam("team") String team,
            @HeaderParam("webhook-id") String id,
            @HeaderParam("webhook-timestamp") String timestamp,
            @HeaderParam("webhook-signature") String signature,
            String body) {
        return sync.receive(team, id, timestamp, signature, body);
    }
}
