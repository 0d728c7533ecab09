package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the community core against every kind of caller, with the status each cell
 * must answer. The post and the comment acted on belong to Carla ("author"); Chris is the other
 * customer. Cells that change something get fresh posts, so that no cell depends on another.
 */
class AuthorizationMatrixIT extends DeployedPortal {

    private static final String AREA = "matrix";
    private static final String TEAM = "matrix-team";
    private static final String HOOK_TEAM = "matrix-hooks";
    private static final List<String> CALLERS =
            List.of("anonymous", "author", "other customer", "moderator", "product manager", "admin", "suspended");

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String newbie;
    private long newbieId;
    private Iterator<String> sanctionable;
    private long webhook;
    private long shipped;

    /** What a cell acts on: a post by Carla with a comment by Carla, and a second post to merge into. */
    record Target(long post, long comment, long other, long chris) {}

    record Row(String method, String path, String body, boolean fresh, int... expected) {}

    private static final String TITLE_EDIT = "{\"title\":\"Edited\",\"version\":1}";
    private static final String STATUS_EDIT = "{\"status\":\"under_review\",\"version\":1}";

    private static final List<Row> ROWS = List.of(
            new Row("GET", "/api/posts", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row(
                    "POST",
                    "/api/posts",
                    "{\"kind\":\"IDEA\",\"title\":\"New\",\"body\":\"\",\"area\":\"" + AREA + "\"}",
                    false,
                    401,
                    201,
                    201,
                    201,
                    201,
                    201,
                    403),
            new Row("GET", "/api/posts/{post}", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/posts/{post}/versions", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row("PATCH", "/api/posts/{post}", TITLE_EDIT, true, 401, 200, 403, 200, 403, 200, 403),
            new Row("PATCH", "/api/posts/{post}", STATUS_EDIT, true, 401, 403, 403, 200, 200, 200, 403),
            new Row("DELETE", "/api/posts/{post}", null, true, 401, 204, 403, 204, 403, 204, 403),
            new Row("PUT", "/api/posts/{post}/vote", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("DELETE", "/api/posts/{post}/vote", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row(
                    "PUT",
                    "/api/posts/{post}/votes/{chris}",
                    "{\"channel\":\"SUPPORT\"}",
                    true,
                    401,
                    403,
                    403,
                    200,
                    200,
                    200,
                    403),
            new Row("DELETE", "/api/posts/{post}/votes/{chris}", null, true, 401, 403, 403, 200, 200, 200, 403),
            new Row("GET", "/api/posts/{post}/votes", null, false, 401, 403, 403, 200, 200, 200, 403),
            new Row("GET", "/api/posts/{post}/votes/audit", null, false, 401, 403, 403, 200, 200, 200, 403),
            // the timeline: public steps for everyone who may see the post, all steps for staff
            new Row("GET", "/api/posts/{post}/timeline", null, false, 200, 200, 200, 200, 200, 200, 200),
            // "did this solve it?" on a shipped idea of Carla's that only Chris voted for: voters answer
            new Row(
                    "PUT",
                    "/api/posts/{shipped}/solved",
                    "{\"solved\":true}",
                    false,
                    401,
                    403,
                    200,
                    403,
                    403,
                    403,
                    403),
            new Row("GET", "/api/posts/{shipped}/solved", null, false, 401, 403, 403, 200, 200, 200, 403),
            new Row("GET", "/api/posts/{post}/comments", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row(
                    "POST",
                    "/api/posts/{post}/comments",
                    "{\"body\":\"Hi\"}",
                    false,
                    401,
                    201,
                    201,
                    201,
                    201,
                    201,
                    403),
            new Row("GET", "/api/posts/{post}/comments/{comment}", null, false, 200, 200, 200, 200, 200, 200, 200),
            // flags: anyone signed in with trust level 1 (the customers and the product manager have
            // published here by now), never on one's own post; staff always
            new Row(
                    "POST",
                    "/api/posts/{post}/flags",
                    "{\"kind\":\"OFF_TOPIC\"}",
                    true,
                    401,
                    403,
                    201,
                    201,
                    201,
                    201,
                    403),
            // appeal: the author only, and only a held, rejected or hidden post (this one is published: 409)
            new Row(
                    "POST",
                    "/api/posts/{post}/appeal",
                    "{\"text\":\"Please\"}",
                    true,
                    401,
                    409,
                    403,
                    403,
                    403,
                    403,
                    403),
            new Row("GET", "/api/moderation/queue", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row("GET", "/api/moderation/items/{item}", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row(
                    "POST",
                    "/api/moderation/items/{item}/decision",
                    "{\"decision\":\"APPROVE\",\"version\":{itemVersion}}",
                    true,
                    401,
                    403,
                    403,
                    200,
                    403,
                    200,
                    403),
            new Row(
                    "POST",
                    "/api/moderation/decisions",
                    "{\"decision\":\"HIDE\",\"items\":[{\"id\":{item},\"version\":{itemVersion}}]}",
                    true,
                    401,
                    403,
                    403,
                    200,
                    403,
                    200,
                    403),
            // claims: each cell on a fresh item, so that no claim of an earlier cell stands in the way
            new Row("POST", "/api/moderation/items/{item}/claim", null, true, 401, 403, 403, 200, 403, 200, 403),
            new Row("DELETE", "/api/moderation/items/{item}/claim", null, true, 401, 403, 403, 204, 403, 204, 403),
            new Row("GET", "/api/moderation/audit", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row("GET", "/api/moderation/audit.csv", null, false, 401, 403, 403, 403, 403, 200, 403),
            new Row("GET", "/api/moderation/sla", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row("GET", "/api/moderation/reasons", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row(
                    "PUT",
                    "/api/moderation/members/{newbie}/trust",
                    "{\"level\":null}",
                    false,
                    401,
                    403,
                    403,
                    200,
                    403,
                    200,
                    403),
            new Row("GET", "/api/moderation/members/{chris}", null, false, 401, 403, 403, 200, 403, 200, 403),
            // sanctions: each cell acts on a member of its own ({member}), silenced first for the lift
            new Row(
                    "POST",
                    "/api/moderation/members/{member}/sanctions",
                    "{\"kind\":\"SILENCE\",\"reason\":\"matrix\",\"version\":{memberVersion}}",
                    false,
                    401,
                    403,
                    403,
                    201,
                    403,
                    201,
                    403),
            new Row(
                    "DELETE",
                    "/api/moderation/members/{silencedMember}/sanctions?reason=matrix&version={memberVersion}",
                    null,
                    false,
                    401,
                    403,
                    403,
                    200,
                    403,
                    200,
                    403),
            // flags on a comment as on a post; on a member: anyone with trust level 1 but the member
            new Row(
                    "POST",
                    "/api/posts/{post}/comments/{comment}/flags",
                    "{\"kind\":\"OFF_TOPIC\"}",
                    true,
                    401,
                    403,
                    201,
                    201,
                    201,
                    201,
                    403),
            new Row(
                    "POST",
                    "/api/members/{chris}/flags",
                    "{\"kind\":\"SPAM\"}",
                    false,
                    401,
                    201,
                    403,
                    201,
                    201,
                    201,
                    403),
            new Row(
                    "PATCH",
                    "/api/posts/{post}/comments/{comment}",
                    "{\"body\":\"Edited\",\"version\":1}",
                    true,
                    401,
                    200,
                    403,
                    200,
                    403,
                    200,
                    403),
            new Row("DELETE", "/api/posts/{post}/comments/{comment}", null, true, 401, 204, 403, 204, 403, 204, 403),
            new Row(
                    "GET",
                    "/api/posts/{post}/comments/{comment}/versions",
                    null,
                    false,
                    200,
                    200,
                    200,
                    200,
                    200,
                    200,
                    200),
            new Row(
                    "POST",
                    "/api/posts/{post}/merge",
                    "{\"into\":{other},\"version\":1}",
                    true,
                    401,
                    403,
                    403,
                    200,
                    200,
                    200,
                    403),
            new Row("DELETE", "/api/posts/{merged}/merge", null, true, 401, 403, 403, 200, 200, 200, 403),
            new Row("PUT", "/api/posts/{post}/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("DELETE", "/api/posts/{post}/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("PUT", "/api/areas/" + AREA + "/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("DELETE", "/api/areas/" + AREA + "/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("PUT", "/api/tags/matrix/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("DELETE", "/api/tags/matrix/follow", null, false, 401, 200, 200, 200, 200, 200, 403),
            new Row("GET", "/api/areas", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row(
                    "POST",
                    "/api/areas",
                    "{\"slug\":\"{unique}\",\"nameDe\":\"Neu\",\"nameEn\":\"New\"}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    201,
                    403),
            new Row(
                    "PATCH",
                    "/api/areas/" + AREA,
                    "{\"nameDe\":\"Matrix\",\"nameEn\":\"Matrix\",\"version\":{areaVersion}}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    200,
                    403),
            new Row("GET", "/api/stages", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me/posts", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me/votes", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me/follows", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me/notifications", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("POST", "/api/me/notifications/read", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/me/export", null, false, 401, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/members/{chris}", null, false, 401, 403, 403, 200, 403, 200, 403),
            new Row(
                    "PUT",
                    "/api/members/{chris}/segment",
                    "{\"segment\":\"enterprise\",\"weight\":2}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    200,
                    403),
            new Row(
                    "POST",
                    "/api/unsubscribe?token=00000000-0000-0000-0000-000000000000",
                    null,
                    false,
                    200,
                    200,
                    200,
                    200,
                    200,
                    200,
                    200),
            new Row("GET", "/api/search?q=matrix", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row("GET", "/api/search?q=matrix&visibility=all", null, false, 401, 403, 403, 200, 200, 200, 403),
            new Row("GET", "/api/search/suggest?q=mat", null, false, 200, 200, 200, 200, 200, 200, 200),
            new Row("POST", "/api/search/similar", "{\"title\":\"Matrix\"}", false, 200, 200, 200, 200, 200, 200, 200),
            new Row("POST", "/api/search/rebuild", null, false, 401, 403, 403, 403, 403, 202, 403),
            // teams: admins manage them; product managers read them and their own team's deliveries
            new Row("GET", "/api/teams", null, false, 401, 403, 403, 403, 200, 200, 403),
            new Row(
                    "POST",
                    "/api/teams",
                    "{\"slug\":\"{unique}\",\"name\":\"New team\"}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    201,
                    403),
            new Row("GET", "/api/teams/" + TEAM, null, false, 401, 403, 403, 403, 200, 200, 403),
            new Row(
                    "PATCH",
                    "/api/teams/" + TEAM,
                    "{\"name\":\"Matrix team\",\"version\":{teamVersion}}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    200,
                    403),
            new Row(
                    "POST",
                    "/api/teams/" + TEAM + "/channels",
                    "{\"kind\":\"EMAIL\",\"recipients\":\"matrix-team@agora.test\"}",
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    201,
                    403),
            new Row(
                    "POST",
                    "/api/teams/" + HOOK_TEAM + "/channels/{webhook}/rotate",
                    null,
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    200,
                    403),
            new Row("POST", "/api/teams/" + TEAM + "/inbound-secret", null, false, 401, 403, 403, 403, 403, 200, 403),
            new Row("GET", "/api/teams/" + TEAM + "/deliveries", null, false, 401, 403, 403, 403, 200, 200, 403),
            new Row(
                    "POST",
                    "/api/teams/" + TEAM + "/deliveries/{deadDelivery}/retry",
                    null,
                    false,
                    401,
                    403,
                    403,
                    403,
                    403,
                    200,
                    403),
            // triage: the product managers of the team owning the idea's area, and admins
            new Row("GET", "/api/triage/posts/{post}", null, false, 401, 403, 403, 403, 200, 200, 403),
            new Row("POST", "/api/triage/posts/{post}", null, true, 401, 403, 403, 403, 200, 200, 403),
            new Row("GET", "/api/triage?team=" + TEAM, null, false, 401, 403, 403, 403, 200, 200, 403),
            new Row(
                    "POST",
                    "/api/triage/posts/{post}/actions",
                    "{\"action\":\"ACCEPT\",\"version\":0}",
                    true,
                    401,
                    403,
                    403,
                    403,
                    200,
                    200,
                    403),
            new Row(
                    "POST",
                    "/api/triage/actions",
                    "{\"action\":\"ACCEPT\",\"items\":[{\"post\":{post},\"version\":0}]}",
                    true,
                    401,
                    403,
                    403,
                    403,
                    200,
                    200,
                    403),
            new Row("POST", "/api/triage/posts/{post}/forward", "{}", true, 401, 403, 403, 403, 200, 200, 403),
            // the inbound hook is authenticated by its signature, not by a token: unsigned → 401 for all
            new Row(
                    "POST",
                    "/api/hooks/inbound/" + TEAM,
                    "{\"post\":{post},\"status\":\"Done\"}",
                    false,
                    401,
                    401,
                    401,
                    401,
                    401,
                    401,
                    401));

    @Test
    void everyEndpointAnswersEveryCallerAsSpecified() throws Exception {
        Fixtures.area(AREA);
        Fixtures.area(ModerationIT.PREMODERATED_AREA);
        tokens.put("anonymous", null);
        tokens.put("author", CARLA_CUSTOMER.token());
        tokens.put("other customer", CHRIS_SECOND_CUSTOMER.token());
        tokens.put("moderator", MONA_MODERATOR.token());
        tokens.put("product manager", PAUL_PRODUCT_MANAGER.token());
        tokens.put("admin", ADA_ADMIN.token());
        String suspended = KeycloakAdmin.customers("suspended" + System.nanoTime() % 100_000, 1)
                .get(0);
        long suspendedId =
                api.get("/api/me", suspended).json().getJsonNumber("id").longValue();
        Fixtures.update("update members set status = 'SUSPENDED', suspended_until = null where id = ?", suspendedId);
        tokens.put("suspended", suspended);

        newbie = KeycloakAdmin.customers("matrix-newbie" + System.nanoTime() % 100_000, 1)
                .get(0);
        newbieId = api.get("/api/me", newbie).json().getJsonNumber("id").longValue();
        sanctionable = KeycloakAdmin.customers("matrix-sanctioned" + System.nanoTime() % 100_000, 2 * CALLERS.size())
                .iterator();
        teams();
        Target shared = target();
        long[] sharedItem = heldItem();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Row row : ROWS) {
            assertEquals(CALLERS.size(), row.expected().length, row.method() + " " + row.path());
            table.append(String.format("%-7s %-48s", row.method(), row.path()));
            for (int i = 0; i < CALLERS.size(); i++) {
                Target target = row.fresh() ? target() : shared;
                long[] item = !(row.path() + row.body()).contains("{item}")
                        ? sharedItem
                        : row.fresh() ? heldItem() : sharedItem;
                long member = row.path().contains("ember}") ? member(row.path().contains("{silencedMember}")) : 0;
                Function<String, String> fill = text -> text == null
                        ? null
                        : text.replace("{post}", Long.toString(target.post()))
                                .replace("{comment}", Long.toString(target.comment()))
                                .replace("{other}", Long.toString(target.other()))
                                .replace("{chris}", Long.toString(target.chris()))
                                .replace("{newbie}", Long.toString(newbieId))
                                .replace("{member}", Long.toString(member))
                                .replace("{silencedMember}", Long.toString(member))
                                .replace(
                                        "{memberVersion}",
                                        text.contains("{memberVersion}") ? Integer.toString(memberVersion(member)) : "")
                                .replace("{item}", Long.toString(item[0]))
                                .replace("{itemVersion}", Long.toString(item[1]))
                                .replace("{unique}", "m" + System.nanoTime())
                                .replace(
                                        "{areaVersion}",
                                        text.contains("{areaVersion}") ? Integer.toString(areaVersion()) : "")
                                .replace("{merged}", text.contains("{merged}") ? Long.toString(merged(target)) : "")
                                .replace(
                                        "{teamVersion}",
                                        text.contains("{teamVersion}") ? Integer.toString(teamVersion()) : "")
                                .replace("{webhook}", Long.toString(webhook))
                                .replace("{shipped}", text.contains("{shipped}") ? Long.toString(shipped()) : "")
                                .replace(
                                        "{deadDelivery}",
                                        text.contains("{deadDelivery}")
                                                ? Long.toString(deadDelivery(target.post()))
                                                : "");
                Reply reply = api.send(
                        row.method(),
                        fill.apply(row.path()),
                        tokens.get(CALLERS.get(i)),
                        row.body() == null ? null : "application/json",
                        fill.apply(row.body()));
                table.append(String.format(" %3d", reply.status()));
                if (reply.status() != row.expected()[i]) {
                    wrong.add(row.method() + " " + row.path() + " as " + CALLERS.get(i) + ": expected "
                            + row.expected()[i] + ", got " + reply);
                }
                if (reply.status() >= 400 && reply.status() != 405) {
                    assertTrue(reply.isProblem(), () -> "problem+json expected: " + reply);
                }
            }
            table.append('\n');
        }
        System.out.println("Authorization matrix (" + String.join(", ", CALLERS) + "):\n" + table);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " cells differ:\n" + String.join("\n", wrong));

        // Deleting the account is the one action a caller can do only once: a fresh customer and a
        // fresh suspended member may (anyone may leave), an anonymous caller may not.
        assertEquals(401, api.send("DELETE", "/api/me", null, null, null).status());
        List<String> leavers = KeycloakAdmin.customers("matrix-leaver" + System.nanoTime() % 100_000, 2);
        assertEquals(
                204, api.send("DELETE", "/api/me", leavers.get(0), null, null).status());
        long leaving =
                api.get("/api/me", leavers.get(1)).json().getJsonNumber("id").longValue();
        Fixtures.update("update members set status = 'SUSPENDED' where id = ?", leaving);
        assertEquals(
                204, api.send("DELETE", "/api/me", leavers.get(1), null, null).status());
    }

    private Target target() {
        String carla = tokens.get("author");
        long post = create(
                carla,
                "/api/posts",
                "{\"kind\":\"IDEA\",\"title\":\"Matrix\",\"body\":\"\",\"area\":\"" + AREA + "\"}");
        long comment = create(carla, "/api/posts/" + post + "/comments", "{\"body\":\"A comment\"}");
        long other = create(
                carla, "/api/posts", "{\"kind\":\"IDEA\",\"title\":\"Other\",\"body\":\"\",\"area\":\"" + AREA + "\"}");
        long chris = api.get("/api/me", tokens.get("other customer"))
                .json()
                .getJsonNumber("id")
                .longValue();
        return new Target(post, comment, other, chris);
    }

    /**
     * A review item: a post of a new member (trust 0) in the area TestStack pre-moderates, held for
     * review. Returns the item's id and version.
     */
    private long[] heldItem() {
        // a moderator's approval in an earlier cell made the newbie a level-1 member: new again
        Fixtures.update("update members set trust_override = 0 where id = ?", newbieId);
        long post = create(
                newbie,
                "/api/posts",
                "{\"kind\":\"IDEA\",\"title\":\"Held\",\"body\":\"\",\"area\":\"" + ModerationIT.PREMODERATED_AREA
                        + "\"}");
        return jakarta.json.Json.createReader(
                        new java.io.StringReader(api.get("/api/moderation/queue?limit=100", tokens.get("moderator"))
                                .body()))
                .readArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> "POST".equals(i.getString("targetType"))
                        && i.getJsonNumber("targetId").longValue() == post)
                .map(i -> new long[] {i.getJsonNumber("id").longValue(), i.getInt("version")})
                .findFirst()
                .orElseThrow(() -> new AssertionError("post " + post + " is not in the queue"));
    }

    /** A member of its own for a cell, silenced by the admin when the cell lifts it. */
    private long member(boolean silenced) {
        long id = api.get("/api/me", sanctionable.next())
                .json()
                .getJsonNumber("id")
                .longValue();
        if (silenced) {
            Reply reply = api.send(
                    "POST",
                    "/api/moderation/members/" + id + "/sanctions",
                    tokens.get("admin"),
                    "application/json",
                    "{\"kind\":\"SILENCE\",\"reason\":\"matrix\",\"version\":" + memberVersion(id) + "}");
            assertEquals(201, reply.status(), reply::toString);
        }
        return id;
    }

    private int memberVersion(long memberId) {
        return api.get("/api/moderation/members/" + memberId, tokens.get("admin"))
                .json()
                .getInt("version");
    }

    /**
     * The matrix area's team, with the product manager as member and an e-mail channel; and a team
     * without areas whose webhook channel has its secret rotated (it never delivers anything).
     */
    private void teams() {
        String admin = tokens.get("admin");
        long paul = api.get("/api/me", tokens.get("product manager"))
                .json()
                .getJsonNumber("id")
                .longValue();
        create(
                admin,
                "/api/teams",
                "{\"slug\":\"" + TEAM + "\",\"name\":\"Matrix\",\"members\":[" + paul + "],\"areas\":[\"" + AREA
                        + "\"]}");
        create(
                admin,
                "/api/teams/" + TEAM + "/channels",
                "{\"kind\":\"EMAIL\",\"recipients\":\"matrix-team@agora.test\"}");
        create(admin, "/api/teams", "{\"slug\":\"" + HOOK_TEAM + "\",\"name\":\"Hooks\"}");
        webhook = create(
                admin,
                "/api/teams/" + HOOK_TEAM + "/channels",
                "{\"kind\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:9/never\"}");
    }

    /** An idea of Carla's that Chris voted for, moved to shipped by the product manager; made once. */
    private long shipped() {
        if (shipped == 0) {
            String paul = tokens.get("product manager");
            shipped = create(
                    tokens.get("author"),
                    "/api/posts",
                    "{\"kind\":\"IDEA\",\"title\":\"Shipped\",\"body\":\"\",\"area\":\"" + AREA + "\"}");
            assertEquals(
                    200,
                    api.send("PUT", "/api/posts/" + shipped + "/vote", tokens.get("other customer"), null, null)
                            .status());
            for (String status : List.of("planned", "in_progress", "shipped")) {
                int version = api.get("/api/posts/" + shipped, paul).json().getInt("version");
                Reply moved = api.patchJson(
                        "/api/posts/" + shipped, paul, "{\"status\":\"" + status + "\",\"version\":" + version + "}");
                assertEquals(200, moved.status(), moved::toString);
            }
        }
        return shipped;
    }

    private int teamVersion() {
        return api.get("/api/teams/" + TEAM, tokens.get("admin")).json().getInt("version");
    }

    /** A dead delivery of the post for a cell to retry (the post is forwarded by the admin first). */
    private long deadDelivery(long post) {
        Reply forwarded = api.send(
                "POST", "/api/triage/posts/" + post + "/forward", tokens.get("admin"), "application/json", "{}");
        assertTrue(forwarded.status() == 200 || forwarded.status() == 409, forwarded::toString);
        return Fixtures.count(
                "insert into deliveries (team_id, channel_id, post_id, forward, idempotency_key, payload,"
                        + " state, next_attempt_at, window_start, created_at) select team_id, channel_id, post_id, forward,"
                        + " 'msg_matrix' || md5(random()::text), payload, 'DEAD', now(), now(), now() from deliveries"
                        + " where post_id = ? order by id limit 1 returning id",
                post);
    }

    private int areaVersion() {
        return jakarta.json.Json.createReader(
                        new java.io.StringReader(api.get("/api/areas", null).body()))
                .readArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> AREA.equals(a.getString("slug")))
                .findFirst()
                .orElseThrow()
                .getInt("version");
    }

    /** The target's post, merged into its other post by the admin. */
    private long merged(Target target) {
        Reply merged = api.send(
                "POST",
                "/api/posts/" + target.post() + "/merge",
                tokens.get("admin"),
                "application/json",
                "{\"into\":" + target.other() + ",\"version\":1}");
        assertEquals(200, merged.status(), merged::toString);
        return target.post();
    }

    private long create(String token, String path, String body) {
        Reply reply = api.send("POST", path, token, "application/json", body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }
}
