package org.agora.it;

import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.PlatformIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts and votes as customers and readers use them, including votes under heavy concurrency. */
class PostsIT extends DeployedPortal {

    @BeforeEach
    void areas() {
        Fixtures.area("billing");
    }

    @Test
    void aCustomerSubmitsAnIdeaAndAnyoneReadsItSanitized() {
        Reply created = submit(
                CARLA_CUSTOMER.token(),
                "IDEA",
                "Rechnungsübersicht als PDF",
                "<p>Bitte <strong>monatlich</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>",
                "billing");
        assertEquals(201, created.status(), created::toString);
        JsonObject post = created.json();
        String location = created.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith("/api/posts/" + post.getJsonNumber("id").longValue()), location);
        assertEquals("<p>Bitte <strong>monatlich</strong></p>", post.getString("bodyHtml"));
        assertEquals("open", post.getString("status"));
        assertEquals("PUBLISHED", post.getString("state"));
        assertEquals("billing", post.getString("area"));
        assertEquals("Carla Customer", post.getJsonObject("author").getString("displayName"));
        assertEquals(0, post.getInt("voteCount"));

        Reply anonymous = api.get("/api/posts/" + post.getJsonNumber("id").longValue(), null);
        assertEquals(200, anonymous.status(), anonymous::toString);
        assertFalse(anonymous.json().containsKey("votedByMe"), "anonymous readers have no vote");
    }

    @Test
    void invalidSubmissionsNameEveryField() {
        Reply reply = api.send(
                "POST",
                "/api/posts",
                CARLA_CUSTOMER.token(),
                "application/json",
                "{\"kind\":\"RANT\",\"title\":\"" + "t".repeat(151) + "\",\"body\":\"\",\"area\":\"billing\"}");
        assertProblem(reply, 400, "/problems/invalid-input");
        assertEquals(Set.of("kind", "title"), fields(reply));

        Reply unknownArea = submit(CARLA_CUSTOMER.token(), "IDEA", "A title", "", "no-such-area");
        assertProblem(unknownArea, 400, "/problems/invalid-input");
        assertEquals(Set.of("area"), fields(unknownArea));
    }

    @Test
    void onlySignedInCustomersSubmit() {
        assertProblem(submit(null, "IDEA", "A title", "", "billing"), 401, "/problems/not-signed-in");
        assertProblem(api.get("/api/posts/987654321", null), 404, "/problems/post-not-found");
    }

    @Test
    void listingsPageWithACursorWithoutGapsOrRepeats() {
        String area = "paging-" + System.nanoTime();
        Fixtures.area(area);
        String token = CHRIS_SECOND_CUSTOMER.token();
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    201,
                    submit(token, "CRITICISM", "Delivery late " + i, "<p>late</p>", area)
                            .status());
        }
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply page = api.get(
                    "/api/posts?sort=new&limit=2&area=" + area + (cursor == null ? "" : "&cursor=" + encode(cursor)),
                    null);
            assertEquals(200, page.status(), page::toString);
            assertEquals(5, page.json().getJsonNumber("total").longValue());
            page.json()
                    .getJsonArray("items")
                    .forEach(item -> assertTrue(
                            seen.add(item.asJsonObject().getJsonNumber("id").longValue()), "no post twice"));
            cursor = page.json().getString("next", null);
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void topListsTheMostVotedFirst() {
        String area = "top-" + System.nanoTime();
        Fixtures.area(area);
        long quiet = id(submit(CARLA_CUSTOMER.token(), "IDEA", "Quiet idea", "", area));
        long popular = id(submit(CARLA_CUSTOMER.token(), "IDEA", "Popular idea", "", area));
        api.send("PUT", "/api/posts/" + popular + "/vote", CHRIS_SECOND_CUSTOMER.token(), null, null);

        List<Long> order = api
                .get("/api/posts?sort=top&area=" + area, CHRIS_SECOND_CUSTOMER.token())
                .json()
                .getJsonArray("items")
                .stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        assertEquals(List.of(popular, quiet), order);
    }

    @Test
    void badListingParametersAre400() {
        assertProblem(api.get("/api/posts?sort=loudest", null), 400, "/problems/invalid-input");
        assertProblem(api.get("/api/posts?limit=0", null), 400, "/problems/invalid-input");
        assertProblem(api.get("/api/posts?limit=lots", null), 404, null);
        assertProblem(api.get("/api/posts?cursor=%E2%9C%93garbage", null), 400, "/problems/invalid-input");
        assertProblem(api.get("/api/posts?kind=RANT", null), 400, "/problems/invalid-input");
    }

    @Test
    void votingIsIdempotentAndReadersSeeTheirVote() {
        long post = id(submit(CARLA_CUSTOMER.token(), "CRITICISM", "App crashes on login", "", "billing"));
        String chris = CHRIS_SECOND_CUSTOMER.token();
        String path = "/api/posts/" + post + "/vote";

        assertVote(api.send("PUT", path, chris, null, null), true, 1);
        assertVote(api.send("PUT", path, chris, null, null), true, 1);
        assertTrue(api.get("/api/posts/" + post, chris).json().getBoolean("votedByMe"));
        assertFalse(api.get("/api/posts/" + post, CARLA_CUSTOMER.token()).json().getBoolean("votedByMe"));

        assertVote(api.send("DELETE", path, chris, null, null), false, 0);
        assertVote(api.send("DELETE", path, chris, null, null), false, 0);
        assertFalse(api.get("/api/posts/" + post, chris).json().getBoolean("votedByMe"));

        assertProblem(api.send("PUT", path, null, null, null), 401, "/problems/not-signed-in");
        assertProblem(api.send("PUT", "/api/posts/987654321/vote", chris, null, null), 404, "/problems/post-not-found");
    }

    @Test
    void twoHundredMembersVotingAtOnceAreCountedExactly() throws Exception {
        long post = id(submit(CARLA_CUSTOMER.token(), "IDEA", "Dark mode", "", "billing"));
        List<String> voters = KeycloakAdmin.customers("voter-" + post, 200);
        String repeater = CHRIS_SECOND_CUSTOMER.token();
        List<Callable<Reply>> calls = new ArrayList<>();
        voters.forEach(token -> calls.add(() -> api.send("PUT", "/api/posts/" + post + "/vote", token, null, null)));
        IntStream.range(0, 20)
                .forEach(i -> calls.add(() -> api.send("PUT", "/api/posts/" + post + "/vote", repeater, null, null)));
        java.util.Collections.shuffle(calls, new java.util.Random(post));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (Future<Reply> reply : pool.invokeAll(calls)) {
                Reply done = reply.get();
                assertEquals(200, done.status(), done::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(201, api.get("/api/posts/" + post, null).json().getInt("voteCount"));
        assertEquals(201, Fixtures.count("select count(*) from votes where post_id = ?", post));
    }

    private Reply submit(String token, String kind, String title, String body, String area) {
        String json = "{\"kind\":\"%s\",\"title\":%s,\"body\":%s,\"area\":\"%s\"}"
                .formatted(kind, quote(title), quote(body), area);
        return api.send("POST", "/api/posts", token, "application/json", json);
    }

    private static long id(Reply created) {
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void assertVote(Reply reply, boolean voted, int count) {
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(voted, reply.json().getBoolean("voted"));
        assertEquals(count, reply.json().getInt("voteCount"));
    }

    private static Set<String> fields(Reply problem) {
        return problem.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
