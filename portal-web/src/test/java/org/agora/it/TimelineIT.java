package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop on one idea end to end: ten customers vote, a moderator flags it, the product
 * manager forwards it to the team and moves it to shipped with public responses; every voter hears
 * of each change (one of them by mail at once), is asked "did this solve it?" when it ships and
 * answers; the idea's timeline shows all of it to staff and the public steps to everyone else.
 */
class TimelineIT extends DeployedPortal {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anIdeaFromSubmissionToShippedOnOneTimelineWithEveryVoterTold() throws Exception {
        long run = System.nanoTime() % 1_000_000;
        String area = "timeline" + run;
        Fixtures.area(area);
        String ada = ADA_ADMIN.token();
        String paul = PAUL_PRODUCT_MANAGER.token();
        String carla = CARLA_CUSTOMER.token();
        String chris = CHRIS_SECOND_CUSTOMER.token();
        long paulId = api.get("/api/me", paul).json().getJsonNumber("id").longValue();
        String teamMail = "team-" + run + "@agora.test";
        String team = "timeline-" + run;
        assertEquals(
                201,
                api.send(
                                "POST",
                                "/api/teams",
                                ada,
                                "application/json",
                                "{\"slug\":\"" + team + "\",\"name\":\"Timeline\",\"members\":[" + paulId
                                        + "],\"areas\":[\"" + area + "\"]}")
                        .status());
        assertEquals(
                201,
                api.send(
                                "POST",
                                "/api/teams/" + team + "/channels",
                                ada,
                                "application/json",
                                "{\"kind\":\"EMAIL\",\"recipients\":\"" + teamMail + "\"}")
                        .status());

        Reply submitted = api.send(
                "POST",
                "/api/posts",
                carla,
                "application/json",
                "{\"kind\":\"IDEA\",\"title\":\"Export my data as CSV\",\"body\":\"For my accountant\",\"area\":\""
                        + area + "\"}");
        assertEquals(201, submitted.status(), submitted::toString);
        long idea = submitted.json().getJsonNumber("id").longValue();

        // ten voters: the first wants mails at once, the others keep the daily digest
        List<String> voters = KeycloakAdmin.customers("voter" + run, 10);
        String instant = voters.get(0);
        String email = api.get("/api/me", instant).json().getString("email");
        JsonObject me = api.get("/api/me", instant).json();
        assertEquals(
                200,
                api.patchJson(
                                "/api/me",
                                instant,
                                "{\"displayName\":\"" + me.getString("displayName")
                                        + "\",\"emailMode\":\"INSTANT\",\"version\":" + me.getInt("version") + "}")
                        .status());
        for (String voter : voters) {
            assertEquals(
                    200,
                    api.send("PUT", "/api/posts/" + idea + "/vote", voter, null, null)
                            .status());
        }
        // the first voter also follows: still one entry per change
        assertEquals(
                200,
                api.send("PUT", "/api/posts/" + idea + "/follow", instant, null, null)
                        .status());

        // not shipped yet: no answers
        assertEquals(409, solved(idea, voters.get(1), "{\"solved\":true}").status());

        Reply flagged = api.send(
                "POST",
                "/api/posts/" + idea + "/flags",
                MONA_MODERATOR.token(),
                "application/json",
                "{\"kind\":\"OTHER\",\"text\":\"Same as the export idea from last year\"}");
        assertEquals(201, flagged.status(), flagged::toString);
        assertFalse(flagged.json().getBoolean("hidden"));
        Reply forwarded = api.send(
                "POST", "/api/triage/posts/" + idea + "/forward", paul, "application/json", "{\"note\":\"Top idea\"}");
        assertEquals(200, forwarded.status(), forwarded::toString);
        int version = api.get("/api/posts/" + idea, paul).json().getInt("version");
        version = status(idea, paul, "planned", "On the roadmap for spring", version);

        // every voter hears of the status change, with the response, once
        Eventually.await(
                "all ten voters told of the status change", PATIENCE, () -> votersTold(idea, "STATUS"), n -> n == 10);
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from notifications n join posts p on p.id = n.post_id and p.author_id = n.member_id"
                                + " where n.post_id = ? and n.kind = 'STATUS'",
                        idea),
                "the author follows her post");
        MimeMessage mail = Mails.awaitTo(email);
        String body = mail.getContent().toString();
        assertTrue(body.contains("planned") && body.contains("/posts/" + idea), body);

        // an official answer in the comments reaches the voters too
        Reply official = api.send(
                "POST",
                "/api/posts/" + idea + "/comments",
                paul,
                "application/json",
                "{\"body\":\"We start building it next week\",\"official\":true}");
        assertEquals(201, official.status(), official::toString);
        Eventually.await(
                "all ten voters told of the official response",
                PATIENCE,
                () -> votersTold(idea, "RESPONSE"),
                n -> n == 10);

        version = status(idea, paul, "in_progress", null, version);
        version = status(idea, paul, "shipped", "Shipped in 4.2: Settings → Export", version);

        // shipped: the voters are asked instead of told; carla (the author, not a voter) is told
        Eventually.await(
                "all ten voters asked whether it solved their problem",
                PATIENCE,
                () -> votersTold(idea, "SOLVED_QUESTION"),
                n -> n == 10);
        JsonArray inbox = api.get("/api/me/notifications", instant).json().getJsonArray("items");
        assertEquals("SOLVED_QUESTION", inbox.getJsonObject(0).getString("kind"), inbox::toString);
        assertEquals(
                4,
                inbox.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(n -> n.getJsonNumber("postId").longValue() == idea)
                        .count(),
                "planned, the response, in progress, the question: one entry each");
        Eventually.await(
                "the question by mail",
                PATIENCE,
                () -> java.util.Arrays.stream(TestStack.mail().getReceivedMessages())
                        .filter(m -> Mails.sentTo(m, email))
                        .map(TimelineIT::content)
                        .filter(text -> text.contains("Did it solve your problem?"))
                        .count(),
                n -> n == 1);

        // the answers: voters only, once each, changeable
        assertEquals(403, solved(idea, carla, "{\"solved\":true}").status());
        assertEquals(
                400, solved(idea, voters.get(1), "{\"comment\":\"no answer\"}").status());
        assertEquals(
                400,
                solved(idea, voters.get(1), "{\"solved\":true,\"comment\":\"" + "x".repeat(1001) + "\"}")
                        .status());
        assertEquals(200, solved(idea, voters.get(1), "{\"solved\":false}").status());
        Reply changed = solved(idea, voters.get(1), "{\"solved\":true,\"comment\":\"Works for my accountant\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(1, changed.json().getJsonObject("counts").getInt("yes"));
        assertEquals(
                200,
                solved(idea, voters.get(2), "{\"solved\":false,\"comment\":\"No PDF\"}")
                        .status());
        JsonObject counts = api.get("/api/posts/" + idea, null).json().getJsonObject("solved");
        assertEquals(1, counts.getInt("yes"), counts::toString);
        assertEquals(1, counts.getInt("no"));
        assertEquals(403, api.get("/api/posts/" + idea + "/solved", carla).status());
        JsonArray answers =
                api.get("/api/posts/" + idea + "/solved", paul).json().getJsonArray("answers");
        assertEquals(2, answers.size());
        assertEquals("Works for my accountant", answers.getJsonObject(0).getString("comment"));

        // the delivery has arrived (an e-mail to the team)
        Mails.awaitTo(teamMail);

        // staff see every step in order; everyone else the public ones, the same for a customer and anonymous
        JsonArray staff =
                Eventually.await("the delivery on the timeline", PATIENCE, () -> timeline(idea, paul), t -> types(t)
                        .contains("DELIVERED"));
        List<String> staffTypes = types(staff);
        assertInOrder(
                staffTypes,
                "SUBMITTED",
                "VOTE_MILESTONE",
                "FLAGGED",
                "TRIAGE_ENTERED",
                "IDEA_FORWARDED",
                "DELIVERY",
                "STATUS_CHANGED",
                "SOLVED_ANSWER");
        assertTrue(staffTypes.indexOf("DELIVERED") > staffTypes.indexOf("DELIVERY"), staffTypes::toString);
        assertEquals(3, staffTypes.stream().filter("STATUS_CHANGED"::equals).count());
        assertTimesAscend(staff);
        JsonObject flag = byType(staff, "FLAGGED");
        assertTrue(flag.getBoolean("internal"));
        assertEquals("OTHER", flag.getJsonObject("details").getString("kind"));
        JsonObject delivery = byType(staff, "DELIVERY");
        assertEquals("EMAIL", delivery.getJsonObject("details").getString("channel"));
        assertTrue(delivery.getJsonObject("details").getInt("attempts") >= 1);
        assertFalse(delivery.getJsonObject("details").getJsonArray("attemptLog").isEmpty());
        assertEquals(
                10, byType(staff, "VOTE_MILESTONE").getJsonObject("details").getInt("votes"));
        JsonObject answered = staff.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> "SOLVED_ANSWER".equals(e.getString("type"))
                        && e.getJsonObject("details").getBoolean("solved"))
                .findFirst()
                .orElseThrow();
        assertEquals("Works for my accountant", answered.getString("text"));

        JsonArray anonymous = timeline(idea, null);
        assertEquals(types(anonymous), types(timeline(idea, chris)));
        assertEquals(
                List.of(
                        "SUBMITTED",
                        "VOTE_MILESTONE",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED",
                        "SOLVED_ANSWER",
                        "SOLVED_ANSWER"),
                types(anonymous));
        assertTimesAscend(anonymous);
        assertTrue(anonymous.stream().map(JsonValue::asJsonObject).noneMatch(e -> e.getBoolean("internal")));
        JsonObject planned = byType(anonymous, "STATUS_CHANGED");
        assertEquals("open", planned.getString("from"));
        assertEquals("planned", planned.getString("to"));
        assertTrue(planned.getString("text").contains("On the roadmap for spring"), planned::toString);
        assertEquals(paulId, planned.getJsonNumber("actorId").longValue());
        JsonObject publicAnswer = byType(anonymous, "SOLVED_ANSWER");
        assertFalse(publicAnswer.containsKey("actorId") || publicAnswer.containsKey("text"), publicAnswer::toString);
        String everything = anonymous.toString();
        assertFalse(everything.contains("Same as the export idea") || everything.contains("Top idea"), everything);

        // a post merged into the idea: on both timelines, for everyone
        long same = api.send(
                        "POST",
                        "/api/posts",
                        chris,
                        "application/json",
                        "{\"kind\":\"IDEA\",\"title\":\"CSV export please\",\"body\":\"\",\"area\":\"" + area + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        Reply merged = api.send(
                "POST",
                "/api/posts/" + same + "/merge",
                paul,
                "application/json",
                "{\"into\":" + idea + ",\"version\":"
                        + api.get("/api/posts/" + same, paul).json().getInt("version") + "}");
        assertEquals(200, merged.status(), merged::toString);
        JsonObject from = byType(timeline(idea, null), "MERGED_FROM");
        assertEquals(same, from.getJsonObject("details").getJsonNumber("source").longValue());
        assertEquals(
                List.of("SUBMITTED", "MERGED_INTO"), types(timeline(same, null)).subList(0, 2));

        // a post one may not see has no timeline either
        assertEquals(404, api.get("/api/posts/987654321/timeline", null).status());
    }

    /** How many of the idea's voters have an entry of this kind (at most one per change: unique). */
    private static long votersTold(long idea, String kind) {
        return Fixtures.count(
                "select count(distinct n.member_id) from notifications n join votes v using (post_id, member_id)"
                        + " where n.post_id = ? and n.kind = ?",
                idea,
                kind);
    }

    private Reply solved(long idea, String token, String json) {
        return api.send("PUT", "/api/posts/" + idea + "/solved", token, "application/json", json);
    }

    private int status(long idea, String token, String status, String response, int version) {
        Reply reply = api.patchJson(
                "/api/posts/" + idea,
                token,
                "{\"status\":\"" + status + "\","
                        + (response == null ? "" : "\"response\":\"" + response + "\",")
                        + "\"version\":" + version + "}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getInt("version");
    }

    private JsonArray timeline(long idea, String token) {
        Reply reply = api.get("/api/posts/" + idea + "/timeline", token);
        assertEquals(200, reply.status(), reply::toString);
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static List<String> types(JsonArray timeline) {
        return timeline.stream().map(e -> e.asJsonObject().getString("type")).toList();
    }

    private static JsonObject byType(JsonArray timeline, String type) {
        return timeline.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> type.equals(e.getString("type")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + timeline));
    }

    /** Each type's first occurrence comes after the previous type's. */
    private static void assertInOrder(List<String> types, String... expected) {
        int last = -1;
        for (String type : expected) {
            int at = types.indexOf(type);
            assertTrue(at > last, type + " out of order in " + types);
            last = at;
        }
    }

    private static void assertTimesAscend(JsonArray timeline) {
        Instant previous = Instant.MIN;
        for (JsonValue event : timeline) {
            Instant at = Instant.parse(event.asJsonObject().getString("at"));
            assertFalse(at.isBefore(previous), timeline::toString);
            previous = at;
        }
        assertNull(null);
    }

    private static String content(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
