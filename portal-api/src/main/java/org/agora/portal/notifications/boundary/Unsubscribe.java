package org.agora.portal.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.portal.members.control.MemberRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of every mail. GET only shows a button, because mail scanners follow
 * links; POST (the button, or a mail client's one-click unsubscribe, RFC 8058) stops all mails.
 * The token is the member's random unsubscribe token: no sign-in needed, nothing else revealed.
 */
@Path("unsubscribe")
@Tag(name = "Members")
public class Unsubscribe {

    @Inject
    MemberRegistry members;

    @GET
    @Operation(summary = "A page with one button that stops all mails")
    public Response confirm(@QueryParam("token") String token) {
        String safe = token != null && token.matches("[0-9a-f-]{36}") ? token : "";
        return page("<form method=\"post\" action=\"?token=" + safe + "\">"
                + "<p>Keine E-Mails mehr vom Portal? / No more e-mails from the portal?</p>"
                + "<button type=\"submit\">Abbestellen / Unsubscribe</button></form>");
    }

    @POST
    @Operation(summary = "Stop all mails to the member of this token (one-click, RFC 8058); any body and Accept")
    public Response unsubscribe(@QueryParam("token") String token) {
        boolean done = token != null && token.matches("[0-9a-f-]{36}") && members.unsubscribe(token);
        return page(
                done
                        ? "<p>Sie erhalten keine E-Mails mehr. / You will get no more e-mails.</p>"
                        : "<p>Dieser Link ist nicht gültig. / This link is not valid.</p>");
    }

    /** Always HTML, whatever the client accepts: mail clients posting one-click unsubscribes send anything. */
    private static Response page(String body) {
        return Response.ok(
                        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Agora</title></head><body>" + body
                                + "</body></html>",
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
