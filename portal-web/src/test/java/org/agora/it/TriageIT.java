package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Ideas reach their team's triage queue: by votes past the area's threshold (scored by the
 * background round from the change log, segment weights counted), or pulled in by a product
 * manager; once each, however many votes or pulls arrive at the same time.
 */
class TriageIT extends DeployedPortal {

    private static final String AREA = "triage";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void ideasPastTheThresholdEnterTheQueueOnceAndManagersPullOthersIn() throws Exception {
        String paul = PAUL_PRODUCT_MANAGER.token();
        String ada = ADA_ADMIN.token();
        String carla = CARLA_CUSTOMER.token();
        String chris = CHRIS_SECOND_CUSTOMER.token();
        String mona = MONA_MODERATOR.token();
        Fixtures.area(AREA);
        long paulId = api.get("/api/me", paul).json().getJsonNumber("id").longValue();
        Reply team = api.send(
                "POST",
                "/api/teams",
                ada,
                "application/json",
                "{\"slug\":\"triage-team\",\"members\":[" + paulId + "],\"areas\":[\"" + AREA + "\"]}");
        assertEquals(201, team.status(), team::toString);

        // thresholds: only on the team's areas, only positive; admins only
        assertEquals(400, thresholds(ada, "{\"delivery-x\":3}", 0).status());
        assertEquals(400, thresholds(ada, "{\"" + AREA + "\":0}", 0).status());
        assertEquals(403, thresholds(paul, "{\"" + AREA + "\":2.5}", 0).status());
        Reply set = thresholds(ada, "{\"" + AREA + "\":2.5}", 0);
        assertEquals(200, set.status(), set::toString);
        assertEquals(
                2.5, set.json().getJsonObject("thresholds").getJsonNumber(AREA).doubleValue());

        // two votes score 2: below the threshold, scored but not in triage
        long quiet = idea(carla, "Quiet idea");
        vote(quiet, carla, chris);
        JsonObject scored = Eventually.await(
                "the quiet idea scored",
                PATIENCE,
                () -> api.get("/api/triage/posts/" + quiet, paul).json(),
                t -> t.containsKey("score")
                        && !t.isNull("score")
                        && t.getJsonNumber("score").doubleValue() >= 2);
        assertEquals(2.0, scored.getJsonNumber("score").doubleValue(), 0.001);
        assertTrue(absent(scored, "state"), scored::toString);

        // four voters at once push the next idea past it: it enters once, automatically
        long popular = idea(carla, "Popular idea");
        vote(popular, carla, chris, mona, ada);
        java.time.Instant voted = java.time.Instant.now();
        JsonObject entered = Eventually.await(
                "the popular idea in triage",
                PATIENCE,
                () -> api.get("/api/triage/posts/" + popular, paul).json(),
                t -> "NEW".equals(t.getString("state", null)));
        System.out.println("Four votes to the triage queue: "
                + Duration.between(voted, java.time.Instant.now()).toMillis()
                + " ms (scoring round on the workers' interval)");
        assertEquals("triage-team", entered.getString("team"));
        assertTrue(absent(entered, "enteredBy"), "entered by its votes");
        assertEquals(4.0, entered.getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(1, audited(popular));

        // a customer whose segment weighs 3 lifts the quiet idea past it with one more vote
        long monaId = api.get("/api/me", mona).json().getJsonNumber("id").longValue();
        String enterprise = "{\"segment\":\"enterprise\",\"weight\":3}";
        assertEquals(
                403,
                api.send("PUT", "/api/members/" + monaId + "/segment", paul, "application/json", enterprise)
                        .status());
        assertEquals(
                400,
                api.send(
                                "PUT",
                                "/api/members/" + monaId + "/segment",
                                ada,
                                "application/json",
                                "{\"segment\":\"x\",\"weight\":0}")
                        .status());
        assertEquals(
                400,
                api.send("PUT", "/api/members/" + monaId + "/segment", ada, "application/json", "{\"weight\":2}")
                        .status());
        Reply segment = api.send("PUT", "/api/members/" + monaId + "/segment", ada, "application/json", enterprise);
        assertEquals(200, segment.status(), segment::toString);
        assertEquals(3.0, segment.json().getJsonNumber("weight").doubleValue());
        vote(quiet, mona);
        JsonObject lifted = Eventually.await(
                "the quiet idea in triage",
                PATIENCE,
                () -> api.get("/api/triage/posts/" + quiet, paul).json(),
                t -> "NEW".equals(t.getString("state", null)));
        assertEquals(5.0, lifted.getJsonNumber("score").doubleValue(), 0.001);

        // pulled in by product managers: four at once, one entry; customers may not
        long pulled = idea(carla, "Pull me in");
        assertEquals(
                403,
                api.send("POST", "/api/triage/posts/" + pulled, carla, null, null)
                        .status());
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> api.send("POST", "/api/triage/posts/" + pulled, paul, null, null)));
            }
            for (Future<Reply> reply : replies) {
                assertEquals(200, reply.get().status(), reply.get()::toString);
                assertEquals("NEW", reply.get().json().getString("state"));
                assertEquals(
                        paulId, reply.get().json().getJsonNumber("enteredBy").longValue());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, audited(pulled));
        assertEquals(
                404,
                api.send("POST", "/api/triage/posts/999999999", paul, null, null)
                        .status());

        // the automatic entry is forwarded like any other: version 0, then FORWARDED
        Fixtures.update("insert into team_channels (team_id, kind, recipients) select id, 'EMAIL', 'triage@agora.test'"
                + " from teams where slug = 'triage-team'");
        Reply forwarded = api.send("POST", "/api/triage/posts/" + popular + "/forward", paul, "application/json", "{}");
        assertEquals(200, forwarded.status(), forwarded::toString);
        assertEquals("FORWARDED", forwarded.json().getString("state"));

        theBoardShowsColumnsAndTakesActions(paul, ada, carla, paulId, quiet, popular, pulled);
    }

    private void theBoardShowsColumnsAndTakesActions(
            String paul, String ada, String carla, long paulId, long quiet, long popular, long pulled) {
        JsonObject board =
                api.get("/api/triage?team=triage-team&area=" + AREA, paul).json();
        JsonArray columns = board.getJsonArray("columns");
        assertEquals(
                List.of("NEW", "REVIEW", "FORWARDED", "DECLINED"),
                columns.stream().map(c -> c.asJsonObject().getString("state")).toList());
        JsonArray fresh = columns.getJsonObject(0).getJsonArray("ideas");
        assertEquals(List.of(quiet, pulled), ids(fresh), "by score, highest first");
        assertEquals(5.0, fresh.getJsonObject(0).getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(3, fresh.getJsonObject(0).getInt("votes"));
        assertEquals(List.of(popular), ids(columns.getJsonObject(2).getJsonArray("ideas")));
        assertEquals(400, api.get("/api/triage", paul).status());
        assertEquals(
                400, api.get("/api/triage?team=triage-team&area=nowhere", paul).status());
        assertEquals(403, api.get("/api/triage?team=triage-team", carla).status());

        // one idea: accept, a stale repeat, assign, note, decline with its public response
        Reply accepted = act(paul, quiet, "{\"action\":\"ACCEPT\",\"version\":0}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("REVIEW", accepted.json().getString("state"));
        assertEquals(1, accepted.json().getInt("version"));
        assertEquals(
                409, act(paul, quiet, "{\"action\":\"ACCEPT\",\"version\":0}").status());
        long carlaId = api.get("/api/me", carla).json().getJsonNumber("id").longValue();
        assertEquals(
                400,
                act(paul, quiet, "{\"action\":\"ASSIGN\",\"version\":1,\"owner\":" + carlaId + "}")
                        .status());
        Reply assigned = act(paul, quiet, "{\"action\":\"ASSIGN\",\"version\":1,\"owner\":" + paulId + "}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals(paulId, assigned.json().getJsonNumber("owner").longValue());
        assertEquals("REVIEW", assigned.json().getString("state"));
        Reply noted = act(ada, quiet, "{\"action\":\"NOTE\",\"version\":2,\"note\":\"Ask sales first\"}");
        assertEquals(200, noted.status(), noted::toString);
        assertEquals(
                "Ask sales first",
                noted.json().getJsonArray("notes").getJsonObject(0).getString("body"));
        assertEquals(
                400, act(paul, quiet, "{\"action\":\"DECLINE\",\"version\":3}").status());
        Reply declined = act(paul, quiet, "{\"action\":\"DECLINE\",\"version\":3,\"response\":\"Not this year.\"}");
        assertEquals(200, declined.status(), declined::toString);
        assertEquals("DECLINED", declined.json().getString("state"));
        assertEquals("declined", api.get("/api/posts/" + quiet, null).json().getString("status"));
        Reply planned = act(
                paul,
                pulled,
                "{\"action\":\"STATUS\",\"version\":0,\"status\":\"planned\",\"response\":\"Next quarter.\"}");
        assertEquals(200, planned.status(), planned::toString);
        assertEquals("planned", api.get("/api/posts/" + pulled, null).json().getString("status"));
        assertEquals(
                4,
                Fixtures.count(
                        "select count(*) from moderation_log where target_id = ? and action like 'TRIAGE\\_%'"
                                + " and action <> 'TRIAGE_ENTERED'",
                        quiet));

        // bulk: each item for itself, a stale one does not stop the other
        Reply bulk = api.send(
                "POST",
                "/api/triage/actions",
                paul,
                "application/json",
                "{\"action\":\"ACCEPT\",\"items\":[{\"post\":" + pulled + ",\"version\":1},{\"post\":" + popular
                        + ",\"version\":0}]}");
        assertEquals(200, bulk.status(), bulk::toString);
        JsonArray results = Json.createReader(new StringReader(bulk.body())).readArray();
        assertEquals(200, results.getJsonObject(0).getInt("status"));
        assertEquals(409, results.getJsonObject(1).getInt("status"));
        assertEquals(
                "REVIEW", api.get("/api/triage/posts/" + pulled, paul).json().getString("state"));
        assertEquals(
                400,
                api.send(
                                "POST",
                                "/api/triage/actions",
                                paul,
                                "application/json",
                                "{\"action\":\"DECLINE\",\"items\":[]}")
                        .status());
    }

    private Reply act(String token, long post, String json) {
        return api.send("POST", "/api/triage/posts/" + post + "/actions", token, "application/json", json);
    }

    private static List<Long> ids(JsonArray ideas) {
        return ideas.stream()
                .map(i -> i.asJsonObject().getJsonNumber("postId").longValue())
                .toList();
    }

    private Reply thresholds(String token, String thresholds, int version) {
        return api.send(
                "PATCH",
                "/api/teams/triage-team",
                token,
                "application/json",
                "{\"version\":" + version + ",\"thresholds\":" + thresholds + "}");
    }

    private long idea(String token, String title) {
        Reply reply = api.send(
                "POST",
                "/api/posts",
                token,
                "application/json",
                "{\"kind\":\"IDEA\",\"title\":\"" + title + "\",\"body\":\"\",\"area\":\"" + AREA + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void vote(long post, String... tokens) throws Exception {
        var pool = Executors.newFixedThreadPool(tokens.length);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (String token : tokens) {
                replies.add(pool.submit(() -> api.send("PUT", "/api/posts/" + post + "/vote", token, null, null)));
            }
            for (Future<Reply> reply : replies) {
                assertTrue(reply.get().status() < 300, reply.get()::toString);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static long audited(long post) {
        return Fixtures.count(
                "select count(*) from moderation_log where action = 'TRIAGE_ENTERED' and target_id = ?", post);
    }
}
