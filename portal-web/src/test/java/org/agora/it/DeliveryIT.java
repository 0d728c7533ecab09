package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.it.Api.Reply;
import org.agora.moderation.delivery.control.Signatures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forwarding ideas to a product team through the outbox, against real receivers in this JVM: a
 * webhook receiver that fails about half the requests and sometimes answers slower than the
 * portal's timeout, a Jira-like tracker, the test SMTP server; and the team's signed callback.
 */
class DeliveryIT extends DeployedPortal {

    private static final String AREA = "delivery";
    private static final String DEAD_AREA = "delivery-dead";
    private static final String TEAM_MAIL = "product-team@agora.test";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static HttpServer receiver;
    private static String receiverUrl;
    private static volatile String webhookSecret;
    /** webhook-id → the first (post, forward) it carried: one entry per effect. */
    private static final Map<String, long[]> effects = new ConcurrentHashMap<>();
    /** Effects in the order they happened. */
    private static final List<long[]> sequence = Collections.synchronizedList(new ArrayList<>());

    private static final AtomicInteger requests = new AtomicInteger();
    private static final AtomicInteger badSignatures = new AtomicInteger();
    private static final Map<String, Integer> signatureCounts = new ConcurrentHashMap<>();
    private static final Map<String, String> jiraIssues = new ConcurrentHashMap<>();
    private static final AtomicInteger jiraCounter = new AtomicInteger();
    private static final Set<String> deadEffects = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean deadEndFails = new AtomicBoolean(true);

    @BeforeAll
    static void receivers() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", DeliveryIT::flakyHook);
        receiver.createContext("/jira", DeliveryIT::jira);
        receiver.createContext("/dead-end", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("webhook-id");
            exchange.getRequestBody().readAllBytes();
            if (deadEndFails.get()) {
                answer(exchange, 503, "down");
            } else {
                deadEffects.add(key);
                answer(exchange, 204, null);
            }
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    @AfterAll
    static void stopReceivers() {
        receiver.stop(0);
    }

    /** Verifies the signature, then fails half the requests and answers a sixth too slowly; applies each webhook-id once. */
    private static void flakyHook(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String refusal = Signatures.refusal(
                id,
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                body,
                Instant.now(),
                Duration.ofMinutes(5),
                webhookSecret);
        if (refusal != null) {
            badSignatures.incrementAndGet();
            answer(exchange, 401, refusal);
            return;
        }
        signatureCounts.put(
                id, exchange.getRequestHeaders().getFirst("webhook-signature").split(" ").length);
        double luck = ThreadLocalRandom.current().nextDouble();
        if (luck < 0.5) {
            answer(exchange, 500, "unlucky");
            return;
        }
        JsonObject data = read(body).getJsonObject("data");
        long[] effect = {data.getJsonObject("post").getJsonNumber("id").longValue(), data.getInt("forward")};
        if (effects.putIfAbsent(id, effect) == null) {
            sequence.add(effect);
        }
        if (luck < 0.66) {
            sleep(1_500); // the portal has given up by now and will try again
        }
        answer(exchange, 200, "{}");
    }

    private static void jira(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("jira-bot:token-1".getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"errorMessages\":[\"unauthorized\"]}");
            return;
        }
        JsonObject fields = read(body).getJsonObject("fields");
        if (!"AG".equals(fields.getJsonObject("project").getString("key"))
                || !"Story".equals(fields.getJsonObject("issuetype").getString("name"))
                || fields.getString("summary").isBlank()) {
            answer(exchange, 400, "{\"errorMessages\":[\"bad fields\"]}");
            return;
        }
        // a tracker with idempotency keys: a repeated key gets the issue created the first time
        String key = jiraIssues.computeIfAbsent(
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), k -> "AG-" + jiraCounter.incrementAndGet());
        answer(
                exchange,
                201,
                "{\"id\":\"" + key.substring(3) + "\",\"key\":\"" + key + "\",\"self\":\"" + receiverUrl + "/jira/"
                        + key + "\"}");
    }

    @Test
    void forwardedIdeasReachEveryChannelOnceInOrderAndTheTeamAnswersBack() throws Exception {
        String paul = PAUL_PRODUCT_MANAGER.token();
        String ada = ADA_ADMIN.token();
        String carla = CARLA_CUSTOMER.token();
        Fixtures.area(AREA);
        long paulId = api.get("/api/me", paul).json().getJsonNumber("id").longValue();

        // the team, its members and area, and its three channels
        Reply team = api.send(
                "POST",
                "/api/teams",
                ada,
                "application/json",
                "{\"slug\":\"delivery-team\","
                        + "\"name\":\"Delivery\",\"members\":[" + paulId + "],\"areas\":[\"" + AREA + "\"],"
                        + "\"statusMap\":{\"Planned\":\"planned\",\"In Progress\":\"in_progress\",\"Done\":\"shipped\"}}");
        assertEquals(201, team.status(), team::toString);
        assertEquals(List.of(AREA), strings(team.json().getJsonArray("areas")));
        Reply hook = channel(ada, "delivery-team", "{\"kind\":\"WEBHOOK\",\"url\":\"" + receiverUrl + "/hook\"}");
        assertEquals(201, hook.status(), hook::toString);
        webhookSecret = hook.json().getString("secret");
        assertTrue(webhookSecret.startsWith("whsec_"));
        assertEquals(
                201,
                channel(ada, "delivery-team", "{\"kind\":\"EMAIL\",\"recipients\":\"" + TEAM_MAIL + "\"}")
                        .status());
        assertEquals(
                201,
                channel(
                                ada,
                                "delivery-team",
                                "{\"kind\":\"JIRA\",\"url\":\"" + receiverUrl + "/jira\",\"projectKey\":\"AG\","
                                        + "\"issueType\":\"Story\",\"auth\":\"BASIC\",\"username\":\"jira-bot\","
                                        + "\"secret\":\"token-1\"}")
                        .status());
        // secrets are never read back
        String read = api.get("/api/teams/delivery-team", paul).body();
        assertTrue(!read.contains(webhookSecret) && !read.contains("token-1"), read);
        assertEquals(
                400,
                channel(ada, "delivery-team", "{\"kind\":\"WEBHOOK\",\"url\":\"ftp://x\"}")
                        .status());

        // five ideas, each forwarded three times: 15 forwards × 3 channels
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ideas.add(api.send(
                            "POST",
                            "/api/posts",
                            carla,
                            "application/json",
                            "{\"kind\":\"IDEA\",\"title\":\"Deliver me " + i + "\",\"body\":\"Please build " + i
                                    + "\",\"area\":\"" + AREA + "\"}")
                    .json()
                    .getJsonNumber("id")
                    .longValue());
        }
        Instant forwarding = Instant.now();
        for (int forward = 0; forward < 3; forward++) {
            for (long idea : ideas) {
                Reply reply = api.send(
                        "POST",
                        "/api/triage/posts/" + idea + "/forward",
                        paul,
                        "application/json",
                        "{\"note\":\"round " + forward + "\",\"version\":" + forward + "}");
                assertEquals(200, reply.status(), reply::toString);
                assertEquals(forward + 1, reply.json().getInt("forwards"));
            }
        }
        long first = ideas.get(0);
        assertEquals(
                409,
                api.send("POST", "/api/triage/posts/" + first + "/forward", paul, "application/json", "{}")
                        .status(),
                "forwarded before: the version is required");
        assertEquals(
                409,
                api.send("POST", "/api/triage/posts/" + first + "/forward", paul, "application/json", "{\"version\":1}")
                        .status(),
                "stale");
        assertEquals(
                403,
                api.send("POST", "/api/triage/posts/" + first + "/forward", carla, "application/json", "{}")
                        .status());

        Eventually.await(
                "45 deliveries delivered",
                PATIENCE,
                () -> Fixtures.count("select count(*) from deliveries d join teams t on t.id = d.team_id"
                        + " where t.slug = 'delivery-team' and d.state = 'DELIVERED'"),
                n -> n == 45);
        System.out.println("45 deliveries (15 forwards × 3 channels) delivered "
                + Duration.between(forwarding, Instant.now()).toMillis() + " ms after the first forward");
        // every webhook arrived once, in order per idea, though half the requests failed or timed out
        assertEquals(15, effects.size(), effects.keySet()::toString);
        for (long idea : ideas) {
            assertEquals(
                    List.of(1L, 2L, 3L),
                    sequence.stream().filter(e -> e[0] == idea).map(e -> e[1]).toList());
        }
        assertEquals(0, badSignatures.get());
        assertTrue(requests.get() > 15, "the receiver failed some requests: " + requests.get());
        JsonArray delivered = array(api.get("/api/teams/delivery-team/deliveries?state=DELIVERED&limit=100", ada));
        assertEquals(45, delivered.size());
        assertTrue(delivered.stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getInt("attempts") > 1
                        && d.getJsonArray("attemptLog")
                                .getJsonObject(0)
                                .getString("error")
                                .startsWith("HTTP 500")));
        System.out.println("Webhook: 15 deliveries, " + requests.get() + " requests, attempts "
                + delivered.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(d -> "WEBHOOK".equals(d.getString("channel")))
                        .mapToInt(d -> d.getInt("attempts"))
                        .sum());

        // the tracker's keys are stored as the external references
        assertEquals(15, jiraIssues.size());
        List<String> refs = delivered.stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> "JIRA".equals(d.getString("channel")))
                .map(d -> d.getString("externalRef"))
                .sorted()
                .toList();
        assertEquals(jiraIssues.values().stream().sorted().toList(), refs);

        // one mail per forward, with the idea and the idempotency key
        MimeMessage[] mails = Arrays.stream(TestStack.mail().getReceivedMessages())
                .filter(m -> Mails.sentTo(m, TEAM_MAIL))
                .toArray(MimeMessage[]::new);
        assertEquals(15, mails.length);
        MimeMessage mail = Arrays.stream(mails)
                .filter(m -> subject(m).contains("Deliver me 0"))
                .findFirst()
                .orElseThrow();
        assertTrue(subject(mail).startsWith("[Agora] Idea #" + first + ": "), subject(mail));
        String text = String.valueOf(mail.getContent());
        assertTrue(
                text.contains("Please build 0") && text.contains("/posts/" + first) && text.contains("round "), text);
        assertTrue(mail.getHeader("Idempotency-Key")[0].startsWith("msg_"));

        aRotatedSecretSignsBesideTheOldOne(
                ada, paul, ideas.get(2), hook.json().getJsonNumber("id").longValue());
        inboundCallsAreVerifiedMappedAndAppliedOnce(ada, ideas, refs);
        aWorkerThatDiedLeavesItsRowForLater(ideas.get(1));
        concurrentFirstForwardsDeliverOnce(paul, carla);
        aDeadDeliveryIsRetriedByAnAdmin(ada, paulId, carla);
    }

    /** Four first forwards of one idea at once: one is made, the others answer 409 (never a 500). */
    private void concurrentFirstForwardsDeliverOnce(String paul, String carla) throws Exception {
        long idea = api.send(
                        "POST",
                        "/api/posts",
                        carla,
                        "application/json",
                        "{\"kind\":\"IDEA\",\"title\":\"At once\",\"body\":\"\",\"area\":\"" + AREA + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(
                        () -> api.send("POST", "/api/triage/posts/" + idea + "/forward", paul, "application/json", "{}")
                                .status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(List.of(200, 409, 409, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(3, Fixtures.count("select count(*) from deliveries where post_id = ?", idea));
    }

    private void inboundCallsAreVerifiedMappedAndAppliedOnce(String ada, List<Long> ideas, List<String> refs)
            throws Exception {
        Reply secret = api.send("POST", "/api/teams/delivery-team/inbound-secret", ada, null, null);
        assertEquals(200, secret.status(), secret::toString);
        String inbound = secret.json().getString("secret");
        String ref = refs.get(0);
        long idea = Long.parseLong(Fixtures.text("select post_id::text from deliveries where external_ref = ?", ref));
        long now = Instant.now().getEpochSecond();

        String planned = "{\"externalRef\":\"" + ref
                + "\",\"status\":\"Planned\",\"link\":\"https://jira.example/browse/" + ref + "\"}";
        HttpResponse<String> applied = inbound("evt-1", now, planned, inbound);
        assertEquals(200, applied.statusCode(), applied::body);
        assertEquals("applied", read(applied.body()).getString("outcome"));
        assertEquals("planned", api.get("/api/posts/" + idea, null).json().getString("status"));
        // the same call again: the first outcome, no second effect
        HttpResponse<String> replay = inbound("evt-1", now, planned, inbound);
        assertEquals(200, replay.statusCode());
        assertTrue(read(replay.body()).getBoolean("duplicate"));
        assertEquals(1, Fixtures.count("select count(*) from status_changes where post_id = ?", idea));
        // an old timestamp, a wrong signature: refused
        assertEquals(401, inbound("evt-2", now - 600, planned, inbound).statusCode());
        assertEquals(401, inbound("evt-3", now, planned, Signatures.newSecret()).statusCode());
        // planned → shipped is not a transition of the workflow: recorded, not applied
        HttpResponse<String> skipped = inbound("evt-4", now, "{\"post\":" + idea + ",\"status\":\"Done\"}", inbound);
        assertTrue(read(skipped.body()).getString("outcome").startsWith("not allowed"), skipped::body);
        assertEquals("planned", api.get("/api/posts/" + idea, null).json().getString("status"));
        assertEquals(
                "applied",
                read(inbound("evt-5", now, "{\"post\":" + idea + ",\"status\":\"in progress\"}", inbound)
                                .body())
                        .getString("outcome"));
        assertEquals(
                "applied",
                read(inbound("evt-6", now, "{\"post\":" + idea + ",\"status\":\"Done\"}", inbound)
                                .body())
                        .getString("outcome"));
        assertEquals("shipped", api.get("/api/posts/" + idea, null).json().getString("status"));
        assertEquals(
                "unmapped",
                read(inbound("evt-7", now, "{\"post\":" + idea + ",\"status\":\"Won't do\"}", inbound)
                                .body())
                        .getString("outcome"));
        JsonObject triage = api.get("/api/triage/posts/" + idea, ada).json();
        assertEquals("https://jira.example/browse/" + ref, triage.getString("externalUrl"));
        assertEquals("Won't do", triage.getString("externalStatus"));
        assertEquals(
                400, inbound("evt-8", now, "{\"status\":\"Done\"}", inbound).statusCode());
        assertEquals(
                404,
                inbound("evt-9", now, "{\"post\":999999999,\"status\":\"Done\"}", inbound)
                        .statusCode());
        assertEquals(
                5,
                Fixtures.count(
                        "select count(*) from moderation_log where action = 'EXTERNAL_STATUS'" + " and target_id = ?",
                        idea));
    }

    /** After a rotation both secrets sign: receivers still on the old one and those on the new one accept. */
    private void aRotatedSecretSignsBesideTheOldOne(String ada, String paul, long idea, long channel) {
        Reply rotated = api.send("POST", "/api/teams/delivery-team/channels/" + channel + "/rotate", ada, null, null);
        assertEquals(200, rotated.status(), rotated::toString);
        String fresh = rotated.json().getString("secret");
        assertTrue(fresh.startsWith("whsec_") && !fresh.equals(webhookSecret));
        for (int version = 3; version <= 4; version++) {
            assertEquals(
                    200,
                    api.send(
                                    "POST",
                                    "/api/triage/posts/" + idea + "/forward",
                                    paul,
                                    "application/json",
                                    "{\"version\":" + version + "}")
                            .status());
            int forward = version + 1;
            String key = Eventually.await(
                    "forward " + forward + " delivered",
                    PATIENCE,
                    () -> effects.entrySet().stream()
                            .filter(e -> e.getValue()[0] == idea && e.getValue()[1] == forward)
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElse(null),
                    k -> k != null);
            assertEquals(2, signatureCounts.get(key));
            webhookSecret = fresh; // the receiver moves to the new secret after the first one
        }
        assertEquals(0, badSignatures.get());
    }

    /** A row claimed by a worker that died: nobody sends it while the lease lasts, the next worker after. */
    private void aWorkerThatDiedLeavesItsRowForLater(long idea) {
        String key = "msg_lease" + System.nanoTime();
        Fixtures.update(
                "insert into deliveries (team_id, channel_id, post_id, forward, idempotency_key, payload,"
                        + " attempts, next_attempt_at, lease_token, lease_until, window_start, created_at)"
                        + " select team_id, channel_id, post_id, 4, ?, payload, 1, now(), gen_random_uuid(),"
                        + " now() + interval '3 seconds', now(), now() from deliveries where post_id = ?"
                        + " and channel_id = (select id from team_channels where kind = 'WEBHOOK' and url like '%/hook')"
                        + " order by id limit 1",
                key, idea);
        Fixtures.update(
                "insert into delivery_attempts (delivery_id, started_at) select id, now() from deliveries"
                        + " where idempotency_key = ?",
                key);
        Instant leased = Instant.now();
        Eventually.await(
                "the leased row delivered",
                PATIENCE,
                () -> Fixtures.text("select state from deliveries where idempotency_key = ?", key),
                "DELIVERED"::equals);
        assertTrue(Duration.between(leased, Instant.now()).toMillis() >= 2_000, "not before the lease ran out");
        assertNotNull(effects.get(key));
        assertEquals(idea, effects.get(key)[0]); // the payload of the idea's first forward, under a key of its own
        assertTrue(
                Fixtures.count(
                                "select count(*) from delivery_attempts a join deliveries d on d.id = a.delivery_id"
                                        + " where d.idempotency_key = ? and a.duration_ms is null",
                                key)
                        == 1,
                "the dead worker's attempt shows");
    }

    private void aDeadDeliveryIsRetriedByAnAdmin(String ada, long paulId, String carla) {
        Fixtures.area(DEAD_AREA);
        assertEquals(
                201,
                api.send(
                                "POST",
                                "/api/teams",
                                ada,
                                "application/json",
                                "{\"slug\":\"dead-end\"," + "\"name\":\"Dead end\",\"members\":[" + paulId
                                        + "],\"areas\":[\"" + DEAD_AREA + "\"]}")
                        .status());
        assertEquals(
                201,
                channel(ada, "dead-end", "{\"kind\":\"WEBHOOK\",\"url\":\"" + receiverUrl + "/dead-end\"}")
                        .status());
        long idea = api.send(
                        "POST",
                        "/api/posts",
                        carla,
                        "application/json",
                        "{\"kind\":\"IDEA\",\"title\":\"Nobody listens\",\"body\":\"\",\"area\":\"" + DEAD_AREA + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                api.send("POST", "/api/triage/posts/" + idea + "/forward", ada, "application/json", "{}")
                        .status());
        // past the maximum age the next failure makes it dead
        Fixtures.update("update deliveries set window_start = now() - interval '4 days' where post_id = ?", idea);
        JsonObject dead = Eventually.await(
                        "a dead delivery",
                        PATIENCE,
                        () -> array(api.get("/api/teams/dead-end/deliveries?state=DEAD", ada)),
                        a -> a.size() == 1)
                .getJsonObject(0);
        assertTrue(dead.getString("lastError").startsWith("HTTP 503"), dead::toString);
        assertTrue(!dead.containsKey("nextAttemptAt") || dead.isNull("nextAttemptAt"), dead::toString);
        long id = dead.getJsonNumber("id").longValue();
        assertEquals(
                404,
                api.send("POST", "/api/teams/delivery-team/deliveries/" + id + "/retry", ada, null, null)
                        .status(),
                "another team's delivery is not found");
        deadEndFails.set(false);
        Reply retried = api.send("POST", "/api/teams/dead-end/deliveries/" + id + "/retry", ada, null, null);
        assertEquals(200, retried.status(), retried::toString);
        Eventually.await(
                "the retried delivery delivered",
                PATIENCE,
                () -> Fixtures.text("select state from deliveries where id = ?", id),
                "DELIVERED"::equals);
        assertEquals(1, deadEffects.size());
        assertEquals(
                409,
                api.send("POST", "/api/teams/dead-end/deliveries/" + id + "/retry", ada, null, null)
                        .status());
    }

    private Reply channel(String admin, String team, String json) {
        return api.send("POST", "/api/teams/" + team + "/channels", admin, "application/json", json);
    }

    private HttpResponse<String> inbound(String id, long timestamp, String body, String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(deployment.toExternalForm().replaceAll("/$", "")
                                                + "/api/hooks/inbound/delivery-team"))
                                .header("Content-Type", "application/json")
                                .header("webhook-id", id)
                                .header("webhook-timestamp", Long.toString(timestamp))
                                .header("webhook-signature", Signatures.sign(id, timestamp, body, secret))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonArray array(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
