package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
        JsonObject entered = Eventually.await(
                "the popular idea in triage",
                PATIENCE,
                () -> api.get("/api/triage/posts/" + popular, paul).json(),
                t -> "NEW".equals(t.getString("state", null)));
        assertEquals("triage-team", entered.getString("team"));
        assertTrue(absent(entered, "enteredBy"), "entered by its votes");
        assertEquals(4.0, entered.getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(1, audited(popular));

        // a customer whose segment weighs 3 lifts the quiet idea past it with one more vote
        Fixtures.update(
                "update members set segment = 'enterprise', segment_weight = 3 where id = ?",
                api.get("/api/me", mona).json().getJsonNumber("id").longValue());
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
