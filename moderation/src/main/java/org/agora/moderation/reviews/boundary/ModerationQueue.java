package org.agora.moderation.reviews.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Community;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.control.Sanctions;
import org.agora.moderation.reviews.control.ServiceLevels;
import org.agora.moderation.reviews.control.TrustOverrides;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.agora.moderation.reviews.entity.BulkDecision;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.DecisionRequest;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MemberRecord;
import org.agora.moderation.reviews.entity.Placement;
import org.agora.moderation.reviews.entity.QueueFilter;
import org.agora.moderation.reviews.entity.ReasonTemplate;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.ReviewItemView;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.SanctionRequest;
import org.agora.moderation.reviews.entity.ServiceLevel;
import org.agora.moderation.reviews.entity.Source;
import org.agora.moderation.reviews.entity.TrustRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The review queue, decisions, the audit log, service levels, trust overrides and sanctions:
 * moderators and admins only; the audit log's export admins only.
 */
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
    ServiceLevels levels;

    @Inject
    Sanctions sanctions;

    @GET
    @Path("queue")
    @Operation(
            summary = "Open review items, highest priority first (score + hours waiting x moderation.queue.age-weight);"
                    + " filters source, area, kind, reason (finding rule or flag kind), unclaimed=true")
    public List<ReviewItemView> queue(
            @QueryParam("source") String source,
            @QueryParam("area") String area,
            @QueryParam("kind") String kind,
            @QueryParam("reason") String reason,
            @QueryParam("unclaimed") String unclaimed,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Reviewer reviewer = community.reviewer();
        QueueFilter filter = new QueueFilter(
                source(source), text("area", area), kind(kind), text("reason", reason), yes("unclaimed", unclaimed));
        return reviews.queue(reviewer, filter, limit(limit, Reviews.PAGE_MAX));
    }

    @GET
    @Path("items/{id}")
    @Operation(
            summary = "One review item, open or decided; an open post's item lists up to 5 similar posts to merge into")
    public ReviewItemView item(@PathParam("id") long id) {
        return reviews.item(community.reviewer(), id);
    }

    @POST
    @Path("items/{id}/claim")
    @Operation(summary = "Claim an open item for moderation.queue.claim-duration; 409 while another moderator holds it")
    public ReviewItemView claim(@PathParam("id") long id) {
        return reviews.claim(community.reviewer(), id);
    }

    @DELETE
    @Path("items/{id}/claim")
    @Operation(summary = "Give up one's claim on an item; 409 for another moderator's claim")
    public void release(@PathParam("id") long id) {
        reviews.release(community.reviewer(), id);
    }

    @POST
    @Path("items/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide an item with the version read: one of the item's actions (APPROVE, APPROVE_AND_TRUST,"
                    + " EDIT_AND_APPROVE with title/body, REJECT with reason and/or template, HIDE, RESTORE, IGNORE_FLAGS,"
                    + " MERGE with into); 409 when stale, claimed by another or not possible now")
    public ReviewItemView decide(@PathParam("id") long id, DecisionRequest request) {
        Reviewer reviewer = community.reviewer();
        return reviews.decide(reviewer, id, request == null ? new DecisionRequest() : request);
    }

    @GET
    @Path("reasons")
    @Operation(summary = "Ready-made rejection reasons in the reviewer's language; send one's code as template")
    public List<ReasonTemplate> reasons() {
        return reviews.templates(community.reviewer());
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
        Decision decision = Reviews.decision(request.decision);
        if (!decision.inBulk()) {
            throw Refusal.invalid("decision", decision + " is decided one item at a time");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (BulkDecision.Item item : request.items) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", item.id);
            try {
                if (item.id == null) {
                    throw Refusal.invalid("items", "every item needs an id");
                }
                DecisionRequest one = new DecisionRequest();
                one.decision = request.decision;
                one.reason = request.reason;
                one.template = request.template;
                one.version = item.version;
                ReviewItemView decided = reviews.decide(reviewer, item.id, one);
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
    @Operation(
            summary = "The audit log of staff actions, newest first; filters actor, action, targetType, targetId,"
                    + " from, to (ISO instants or dates, to exclusive); before pages back")
    public List<AuditEntry> audit(
            @BeanParam AuditQuery query,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Reviewer reviewer = community.reviewer();
        return audit.entries(reviewer, query.filter(), before, limit(limit, AuditLog.PAGE_MAX));
    }

    @GET
    @Path("audit")
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(summary = "The filtered audit log as CSV (admins) for Accept: text/csv; the same as audit.csv")
    public Response auditCsv(@BeanParam AuditQuery query) {
        AuditLog.Export export = audit.export(community.reviewer(), query.filter());
        StreamingOutput body = out -> export.writeTo(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    @GET
    @Path("audit.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The filtered audit log as CSV (admins): RFC 4180, formula-like cells defused with a leading '")
    public Response auditCsvFile(@BeanParam AuditQuery query) {
        return auditCsv(query);
    }

    @GET
    @Path("sla")
    @Operation(
            summary = "Service levels of the queue: open items and the oldest one's age, time to first decision"
                    + " (median, p90) over the last days (default 30), per source")
    public ServiceLevel sla(@QueryParam("days") @DefaultValue("30") int days) {
        return levels.measure(community.reviewer(), days);
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

    private static String kind(String kind) {
        String k = text("kind", kind);
        if (k == null) {
            return null;
        }
        String upper = k.toUpperCase(Locale.ROOT);
        if (!Placement.KINDS.contains(upper)) {
            throw Refusal.invalid("kind", "must be one of " + String.join(", ", Placement.KINDS));
        }
        return upper;
    }

    private static boolean yes(String field, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw Refusal.invalid(field, "must be true or false");
    }

    /** A filter's text: blank is no filter, more than 64 characters is not a value there is. */
    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 64) {
            throw Refusal.invalid(field, "at most 64 characters");
        }
        return value.strip();
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
