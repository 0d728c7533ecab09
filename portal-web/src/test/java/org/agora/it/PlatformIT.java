package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * The foundation as a client sees it: health, metrics and OpenAPI; members from real Keycloak
 * tokens; every kind of bad token; roles; and the one error shape for every failure.
 */
class PlatformIT extends DeployedPortal {

    @Test
    void readinessCoversDatabaseAndSearchIndex() {
        Reply ready = api.get(api.root() + "/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        Set<String> checks = health.getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
        assertTrue(checks.containsAll(Set.of("database", "search-index")), checks::toString);
        assertEquals(200, api.get(api.root() + "/health/live", null).status());
    }

    @Test
    void metricsAndOpenApiAreServed() {
        Reply metrics = api.send("GET", api.root() + "/metrics", null, null, null, "text/plain");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text expected");
        Reply openapi = api.get(api.root() + "/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/me"), openapi::body);
        assertTrue(openapi.body().contains("/api/members/{id}"), openapi::body);
    }

    @Test
    void meCreatesTheMemberFromTheTokenOnFirstCallAndKeepsIt() {
        String token = CARLA_CUSTOMER.token();
        Reply first = api.get("/api/me", token);
        assertEquals(200, first.status(), first::toString);
        JsonObject me = first.json();
        assertEquals("carla", me.getString("username"));
        assertEquals("Carla Customer", me.getString("displayName"));
        assertEquals("carla@agora.example", me.getString("email"));
        // the level in effect (moderation): 0 when new, 1 once Carla has published in an earlier IT of the run
        assertTrue(me.getInt("trustLevel") <= 1, me::toString);
        assertEquals("ACTIVE", me.getString("status"));
        assertEquals(List.of("customer"), me.getJsonArray("roles").getValuesAs(v -> v.toString()
                .replace("\"", "")));

        JsonObject again = api.get("/api/me", token).json();
        assertEquals(
                me.getJsonNumber("id").longValue(), again.getJsonNumber("id").longValue());
    }

    @Test
    void parallelFirstCallsOfOneIdentityCreateExactlyOneMember() throws Exception {
        String token = CHRIS_SECOND_CUSTOMER.token();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Reply>> calls = IntStream.range(0, 24)
                    .<Callable<Reply>>mapToObj(i -> () -> api.get("/api/me", token))
                    .toList();
            Set<Long> ids = new java.util.HashSet<>();
            for (Future<Reply> call : pool.invokeAll(calls)) {
                Reply reply = call.get();
                assertEquals(200, reply.status(), reply::toString);
                ids.add(reply.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), ids::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.count("select count(*) from members where username = 'chris'"));
    }

    // --- settings ---

    @Test
    void aMemberChangesNameAndLanguageBasedOnTheVersionTheyRead() {
        String token = ADA_ADMIN.token();
        int version = api.get("/api/me", token).json().getInt("version");

        Reply changed = api.patchJson(
                "/api/me", token, "{\"displayName\":\"Ada L.\",\"locale\":\"de\",\"version\":" + version + "}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Ada L.", changed.json().getString("displayName"));
        assertEquals("de", changed.json().getString("locale"));
        assertEquals("Ada L.", api.get("/api/me", token).json().getString("displayName"));

        Reply stale = api.patchJson(
                "/api/me", token, "{\"displayName\":\"Ada again\",\"locale\":\"en\",\"version\":" + version + "}");
        assertProblem(stale, 409, "/problems/stale-version");
        assertEquals("Ada L.", api.get("/api/me", token).json().getString("displayName"), "nothing overwritten");
    }

    @Test
    void invalidFieldsAreNamed() {
        Reply invalid = api.patchJson(
                "/api/me", CARLA_CUSTOMER.token(), "{\"displayName\":\"  \",\"locale\":\"fr\",\"version\":0}");
        assertProblem(invalid, 400, "/problems/invalid-input");
        Set<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("displayName", "locale"), fields);
    }

    @Test
    void malformedWrongTypeOrMissingBodiesAre400() {
        String token = CARLA_CUSTOMER.token();
        assertProblem(api.patchJson("/api/me", token, "{\"displayName\": "), 400, null);
        assertProblem(api.patchJson("/api/me", token, "{\"displayName\":\"x\",\"version\":\"seven\"}"), 400, null);
        assertProblem(api.patchJson("/api/me", token, "[1,2,3]"), 400, null);
        assertProblem(api.patchJson("/api/me", token, ""), 400, null);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Reply reply = api.send("PATCH", "/api/me", CARLA_CUSTOMER.token(), "text/plain", "Ada");
        assertProblem(reply, 415, null);
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"version\":0}";
        assertProblem(api.patchJson("/api/me", CARLA_CUSTOMER.token(), huge), 413, "/problems/payload-too-large");
    }

    @Test
    void anonymousCallersAreAskedToSignInBeforeAnythingIsValidated() {
        assertProblem(api.patchJson("/api/me", null, "{}"), 401, "/problems/not-signed-in");
    }

    // --- tokens ---

    @Test
    void noTokenIs401WithABearerChallenge() {
        Reply reply = api.get("/api/me", null);
        assertProblem(reply, 401, "/problems/not-signed-in");
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void garbageIs401() {
        assertProblem(api.get("/api/me", "not-a-token"), 401, "/problems/not-signed-in");
    }

    @Test
    void aTamperedSignatureIs401() {
        String[] parts = CARLA_CUSTOMER.token().split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        assertProblem(api.get("/api/me", parts[0] + "." + parts[1] + "." + new String(signature)), 401, null);
    }

    @Test
    void aTamperedPayloadIs401() {
        String[] parts = CARLA_CUSTOMER.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String forged = parts[0] + "." + base64(payload) + "." + parts[2];
        assertProblem(api.get("/api/members/1", forged), 401, null);
    }

    @Test
    void algNoneIs401() {
        String[] parts = CARLA_CUSTOMER.token().split("\\.");
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertProblem(api.get("/api/me", unsigned), 401, null);
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        // Keycloak in dev mode names itself after the host it is asked on: same keys, other issuer.
        String otherIssuer =
                CARLA_CUSTOMER.token("agora-cli", TestStack.keycloak().url().replace("localhost", "127.0.0.1"));
        assertProblem(api.get("/api/me", otherIssuer), 401, null);
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        // This client's tokens live 2 s; the portal allows mp.jwt.verify.clock.skew on top.
        String shortLived =
                CARLA_CUSTOMER.token("agora-cli-short", TestStack.keycloak().url());
        assertEquals(200, api.get("/api/me", shortLived).status(), "valid while fresh");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Reply reply;
        do {
            Thread.sleep(500);
            reply = api.get("/api/me", shortLived);
        } while (reply.status() == 200 && Instant.now().isBefore(deadline));
        assertProblem(reply, 401, null);
    }

    // --- roles ---

    @Test
    void staffSeeMemberRecordsCustomersAndProductManagersDoNot() {
        long carla = api.get("/api/me", CARLA_CUSTOMER.token())
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200, api.get("/api/members/" + carla, MONA_MODERATOR.token()).status());
        assertEquals(200, api.get("/api/members/" + carla, ADA_ADMIN.token()).status());
        assertProblem(api.get("/api/members/" + carla, CARLA_CUSTOMER.token()), 403, "/problems/not-permitted");
        assertProblem(api.get("/api/members/" + carla, PAUL_PRODUCT_MANAGER.token()), 403, "/problems/not-permitted");
        assertProblem(api.get("/api/members/" + carla, null), 401, "/problems/not-signed-in");
    }

    @Test
    void anUnknownMemberIs404() {
        assertProblem(api.get("/api/members/987654321", MONA_MODERATOR.token()), 404, "/problems/member-not-found");
    }

    // --- errors ---

    @Test
    void unknownPathsAndMethodsAnswerProblems() {
        assertProblem(api.get("/api/no-such-thing", null), 404, null);
        assertProblem(api.send("PUT", "/api/me", CARLA_CUSTOMER.token(), null, null), 405, null);
        assertProblem(api.get("/api/members/not-a-number", MONA_MODERATOR.token()), 404, null);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), () -> "problem+json expected: " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply::toString);
        assertNotNull(problem.getString("title", null), reply::toString);
        if (type != null) {
            assertEquals(type, problem.getString("type"), reply::toString);
        }
        assertTrue(!reply.body().contains("Exception") && !reply.body().contains("\tat "), "no stack trace");
    }
}
