package org.agora.moderation.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.delivery.entity.InboundResult;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.control.ProductTeams;
import org.agora.moderation.teams.control.ProductTeams.Team;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A team's tool reports a status and/or a link for an idea forwarded to the team, by our post id or
 * by the external reference its delivery stored; signed the Standard Webhooks way with the team's
 * inbound secret. A call whose webhook-id was seen before answers the first call's outcome and
 * changes nothing. The external status is mapped with the team's map and set through the portal's
 * workflow; a transition the workflow does not allow is recorded, not applied.
 */
@ApplicationScoped
public class InboundSync {

    public static final int BODY_MAX = 16_384;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductTeams teams;

    @Inject
    Ideas ideas;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "delivery.inbound.tolerance", defaultValue = "PT5M")
    Duration tolerance;

    @Transactional
    public InboundResult receive(String slug, String id, String timestamp, String signature, String body) {
        Team team = teams.require(slug);
        Instant now = clock.instant();
        if (body == null || body.length() > BODY_MAX) {
            throw new Refusal(413, "too-large", "Too large", "At most " + BODY_MAX + " characters.", null, null, 0);
        }
        if (team.inboundSecrets()[0] == null) {
            throw unauthorized("The team has no inbound secret yet.");
        }
        String refusal = Signatures.refusal(id, timestamp, signature, body, now, tolerance, team.inboundSecrets());
        if (refusal != null) {
            throw unauthorized(refusal);
        }
        if (id.length() > 100) {
            throw Refusal.invalid("webhook-id", "at most 100 characters");
        }
        int fresh = em.createNativeQuery("insert into inbound_events (team_id, webhook_id, received_at, outcome)"
                        + " values (?1, ?2, ?3, 'received') on conflict do nothing")
                .setParameter(1, team.id())
                .setParameter(2, id)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (fresh == 0) {
            Object[] seen = (Object[]) em.createNativeQuery(
                            "select post_id, outcome from inbound_events where team_id = ?1 and webhook_id = ?2")
                    .setParameter(1, team.id())
                    .setParameter(2, id)
                    .getSingleResult();
            return new InboundResult(
                    id, seen[0] == null ? null : ((Number) seen[0]).longValue(), (String) seen[1], true);
        }
        JsonObject call = parse(body);
        long postId = post(team, call);
        String status = string(call, "status", 100);
        String link = string(call, "link", 2000);
        if (status == null && link == null) {
            throw Refusal.invalid("status", "a status, a link or both");
        }
        if (link != null) {
            checkLink(link);
        }
        String outcome = "linked";
        String mapped = null;
        if (status != null) {
            mapped = map(team.statusMap(), status);
            outcome = mapped == null ? "unmapped" : ideas.applyStatus(postId, mapped);
        }
        em.createNativeQuery("update triage_ideas set external_status = coalesce(?2, external_status),"
                        + " external_url = coalesce(?3, external_url), updated_at = ?4 where post_id = ?1")
                .setParameter(1, postId)
                .setParameter(2, status)
                .setParameter(3, link)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        em.createNativeQuery(
                        "update inbound_events set post_id = ?3, outcome = ?4 where team_id = ?1 and webhook_id = ?2")
                .setParameter(1, team.id())
                .setParameter(2, id)
                .setParameter(3, postId)
                .setParameter(4, outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("team", team.slug());
        details.put("webhookId", id);
        details.put("external", status);
        details.put("mapped", mapped);
        details.put("link", link);
        audit.record(null, "EXTERNAL_STATUS", TargetType.POST, postId, null, outcome, null, mapped, details, now);
        return new InboundResult(id, postId, outcome, false);
    }

    /** The team's mapping for an external status: exactly as written, else ignoring case. */
    static String map(Map<String, String> statusMap, String external) {
        String exact = statusMap.get(external);
        if (exact != null) {
            return exact;
        }
        return statusMap.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(external.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The idea the call is about; it must have been forwarded to this team. */
    private long post(Team team, JsonObject call) {
        JsonValue post = call.get("post");
        String ref = string(call, "externalRef", 200);
        List<?> rows;
        if (post instanceof JsonNumber number) {
            rows = em.createNativeQuery("select post_id from triage_ideas where post_id = ?1 and team_id = ?2")
                    .setParameter(1, number.longValue())
                    .setParameter(2, team.id())
                    .getResultList();
        } else if (post == null && ref != null) {
            rows = em.createNativeQuery("select post_id from deliveries where team_id = ?1 and external_ref = ?2"
                            + " order by id desc limit 1")
                    .setParameter(1, team.id())
                    .setParameter(2, ref)
                    .getResultList();
        } else {
            throw Refusal.invalid("post", "a post id (number) or an externalRef");
        }
        if (rows.isEmpty()) {
            throw new Refusal(
                    404,
                    "idea-not-found",
                    "Not found",
                    "No idea with this id or reference was forwarded to team " + team.slug() + ".",
                    null,
                    null,
                    0);
        }
        return ((Number) rows.get(0)).longValue();
    }

    private static JsonObject parse(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("body", "a JSON object");
        }
    }

    private static String string(JsonObject call, String field, int max) {
        JsonValue value = call.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)
                || text.getString().isBlank()
                || text.getString().length() > max) {
            throw Refusal.invalid(field, "a text of 1 to " + max + " characters");
        }
        return text.getString().strip();
    }

    private static void checkLink(String link) {
        try {
            URI uri = new URI(link);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw Refusal.invalid("link", "an http or https address");
            }
        } catch (URISyntaxException e) {
            throw Refusal.invalid("link", "an http or https address");
        }
    }

    private static Refusal unauthorized(String detail) {
        return new Refusal(401, "bad-signature", "Not authenticated", detail, null, null, 0);
    }
}
