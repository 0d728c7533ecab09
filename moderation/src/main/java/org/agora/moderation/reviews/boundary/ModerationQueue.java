package org.agora.moderation.reviews.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Community;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.control.Sanctions;
import org.agora.moderation.reviews.control.TrustOverrides;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.agora.moderation.reviews.entity.BulkDecision;
import org.agora.moderation.reviews.entity.DecisionRequest;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MemberRecord;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.ReviewItemView;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.SanctionRequest;
import org.agora.moderation.reviews.entity.Source;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.reviews.entity.TrustRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review queue, decisions, the moderation log, trust overrides and sanctions: moderators and admins only. */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearer")
public class ModerationQueue {

    @Inject
    Community community;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    TrustOverrides trust;

    @Inject
    Sanctions sanctions;

    @GET
    @Path("queue")
    @Operation(summary = "Open review items, highest score and oldest first; source=AUTOMATIC|FLAGS|APPEAL filters")
    public List<ReviewItemView> queue(
            @QueryParam("source") String source, @QueryParam("limit") @DefaultValue("50") int limit) {
        Reviewer reviewer = community.reviewer();
        return reviews.queue(reviewer, source(source), limit(limit, Reviews.PAGE_MAX));
    }

    @GET
    @Path("items/{id}")
    @Operation(summary = "One review item, open or decided")
    public ReviewItemView item(@PathParam("id") long id) {
        return reviews.item(community.reviewer(), id);
    }

    @POST
    @Path("items/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Decide an item (APPROVE, REJECT with reason, HIDE, RESTORE) with the version read; 409 when stale")
    public ReviewItemView decide(@PathParam("id") long id, DecisionRequest request) {
        Reviewer reviewer = community.reviewer();
        DecisionRequest r = request == null ? new DecisionRequest() : request;
        return reviews.decide(reviewer, id, r.decision, r.reason, r.version);
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One decision for many items, each in its own transaction; answers each item's status")
    public List<Map<String, Object>> decideAll(BulkDecision request) {
        Reviewer reviewer = community.reviewer();
        if (!reviewer.moderates()) {
            throw Refusal.notPermitted("Only moderators and admins work the review queue.");
        }
        if (request == null || request.items == null || request.items.isEmpty() || request.items.size() > 100) {
            throw Refusal.invalid("items", "1 to 100 items, each with id and version");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (BulkDecision.Item item : request.items) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", item.id);
            try {
                if (item.id == null) {
                    throw Refusal.invalid("items", "every item needs an id");
                }
                ReviewItemView decided =
                        reviews.decide(reviewer, item.id, request.decision, request.reason, item.version);
                result.put("status", 200);
                result.put("version", decided.version());
            } catch (Refusal refusal) {
                result.put("status", refusal.status());
                result.put("problem", refusal.type());
            }
            results.add(result);
        }
        return results;
    }

    @GET
    @Path("audit")
    @Operation(summary = "The moderation log, newest first; targetType and targetId filter, before pages back")
    public List<AuditEntry> audit(
            @QueryParam("targetType") String targetType,
            @QueryParam("targetId") Long targetId,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Reviewer reviewer = community.reviewer();
        TargetType type = null;
        if (targetType != null && !targetType.isBlank()) {
            try {
                type = TargetType.valueOf(targetType.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("targetType", "must be POST, COMMENT or MEMBER");
            }
        }
        return audit.entries(reviewer, type, targetId, before, limit(limit, AuditLog.PAGE_MAX));
    }

    @PUT
    @Path("members/{id}/trust")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's trust level 0-4 by hand ({level: null} clears it); logged")
    public MemberFacts trust(@PathParam("id") long memberId, TrustRequest request) {
        Reviewer reviewer = community.reviewer();
        TrustRequest r = request == null ? new TrustRequest() : request;
        return trust.override(reviewer, memberId, r.level, r.reason);
    }

    @GET
    @Path("members/{id}")
    @Operation(summary = "A member as moderators see them: trust, sanctions, flags, recent contributions, version")
    public MemberRecord member(@PathParam("id") long memberId) {
        return sanctions.record(community.reviewer(), memberId);
    }

    @POST
    @Path("members/{id}/sanctions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Silence or suspend a member {kind: SILENCE|SUSPEND, reason, duration?, version}; 24 h, 72 h,"
                    + " 7 d, then 30 d unless a duration is chosen; logged, and the member is told until when and why")
    public Response sanction(@PathParam("id") long memberId, SanctionRequest request) {
        Reviewer reviewer = community.reviewer();
        MemberRecord record = sanctions.impose(reviewer, memberId, request == null ? new SanctionRequest() : request);
        return Response.status(Response.Status.CREATED).entity(record).build();
    }

    /** Parameters, not a body: a DELETE with a body does not pass every server and proxy. */
    @DELETE
    @Path("members/{id}/sanctions")
    @Operation(
            summary = "Lift a member's sanctions early (?reason=&version=, kind=SILENCE|SUSPEND for one);"
                    + " logged, and the member is told")
    public MemberRecord lift(
            @PathParam("id") long memberId,
            @QueryParam("kind") String kind,
            @QueryParam("reason") String reason,
            @QueryParam("version") String version) {
        Reviewer reviewer = community.reviewer();
        return sanctions.lift(reviewer, memberId, kind, reason, version(version));
    }

    private static Source source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return Source.valueOf(source.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("source", "must be AUTOMATIC, FLAGS or APPEAL");
        }
    }

    private static Integer version(String version) {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("version", "must be the version you read");
        }
    }

    private static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw Refusal.invalid("limit", "must be 1 to " + max);
        }
        return limit;
    }
}
