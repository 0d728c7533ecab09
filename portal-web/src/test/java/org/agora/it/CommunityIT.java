package org.agora.it;

import static org.agora.it.Personas.ADA_ADMIN;
import static org.agora.it.Personas.CARLA_CUSTOMER;
import static org.agora.it.Personas.CHRIS_SECOND_CUSTOMER;
import static org.agora.it.Personas.MONA_MODERATOR;
import static org.agora.it.Personas.PAUL_PRODUCT_MANAGER;
import static org.agora.it.PlatformIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.agora.it.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The community core end to end, with the demo personas and fresh Keycloak users: discussions,
 * statuses with official responses, edits, merges, follows with inbox and mail, listings, votes
 * on behalf, export and account deletion.
 */
class CommunityIT extends DeployedPortal {

    private String area;

    @BeforeEach
    void freshArea() {
        area = "c" + System.nanoTime();
        Fixtures.area(area);
    }

    // --- discussions ---------------------------------------------------------------------------

    @Test
    void repliesNestFiveDeepAndTheThreadComesBackAsATree() {
        long post = submit(CARLA_CUSTOMER.token(), "IDEA", "Threads please");
        String chris = CHRIS_SECOND_CUSTOMER.token();
        String carla = CARLA_CUSTOMER.token();
        long parent = comment(post, chris, "<p>Level 0</p>", null);
        long first = parent;
        for (int level = 1; level <= 5; level++) {
            parent = comment(post, level % 2 == 0 ? chris : carla, "Level " + level, parent);
        }
        Reply tooDeep = api.send(
                "POST",
                "/api/posts/" + post + "/comments",
                chris,
                "application/json",
                "{\"body\":\"six\",\"parentId\":" + parent + "}");
        assertProblem(tooDeep, 400, "/problems/invalid-input");
        comment(post, carla, "Second thread", null);

        JsonObject page = api.get("/api/posts/" + post + "/comments", null).json();
        assertEquals(7, page.getInt("total"));
        JsonArray threads = page.getJsonArray("items");
        assertEquals(2, threads.size());
        JsonObject node = threads.getJsonObject(0);
        assertEquals(first, node.getJsonNumber("id").longValue());
        for (int level = 1; level <= 5; level++) {
            assertEquals(1, node.getJsonArray("replies").size(), "one reply at level " + level);
            node = node.getJsonArray("replies").getJsonObject(0);
            assertEquals(level, node.getInt("depth"));
        }
        assertEquals(7, api.get("/api/posts/" + post, null).json().getInt("commentCount"));

        JsonObject embedded =
                api.get("/api/posts/" + post + "?embed=comments", null).json();
        assertEquals(2, embedded.getJsonObject("comments").getJsonArray("items").size());
    }

    @Test
    void editsKeepHistoryAndDeletionKeepsTheThread() {
        long post = submit(CARLA_CUSTOMER.token(), "CRITICISM", "The hotline hangs up");
        String chris = CHRIS_SECOND_CUSTOMER.token();
        long comment = comment(post, chris, "First words", null);
        long reply = comment(post, CARLA_CUSTOMER.token(), "A reply", comment);

        Reply edited = api.patchJson(
                "/api/posts/" + post + "/comments/" + comment,
                chris,
                "{\"body\":\"<b>Better</b> words\",\"version\":1}");
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("<b>Better</b> words", edited.json().getString("bodyHtml"));
        assertProblem(
                api.patchJson(
                        "/api/posts/" + post + "/comments/" + comment, chris, "{\"body\":\"stale\",\"version\":1}"),
                409,
                "/problems/stale-version");
        assertProblem(
                api.patchJson(
                        "/api/posts/" + post + "/comments/" + comment,
                        CARLA_CUSTOMER.token(),
                        "{\"body\":\"mine\",\"version\":2}"),
                403,
                "/problems/not-permitted");
        JsonArray history = array(api.get("/api/posts/" + post + "/comments/" + comment + "/versions", null));
        assertEquals(1, history.size());
        assertEquals("First words", history.getJsonObject(0).getString("bodyHtml"));

        Reply deleted =
                api.send("DELETE", "/api/posts/" + post + "/comments/" + comment, MONA_MODERATOR.token(), null, null);
        assertEquals(204, deleted.status(), deleted::toString);
        JsonObject thread = api.get("/api/posts/" + post + "/comments", null).json();
        assertEquals(1, thread.getInt("total"), "the deleted comment no longer counts");
        JsonObject placeholder = thread.getJsonArray("items").getJsonObject(0);
        assertTrue(placeholder.getBoolean("deleted"));
        assertFalse(placeholder.containsKey("bodyHtml"), "no body of a deleted comment");
        assertFalse(placeholder.containsKey("author"), "no author of a deleted comment");
        assertEquals(
                reply,
                placeholder
                        .getJsonArray("replies")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(1, api.get("/api/posts/" + post, null).json().getInt("commentCount"));
    }

    @Test
    void onlyStaffWriteOfficialResponses() {
        long post = submit(CARLA_CUSTOMER.token(), "EXPERIENCE", "Setup took an hour");
        Reply byCustomer = api.send(
                "POST",
                "/api/posts/" + post + "/comments",
                CHRIS_SECOND_CUSTOMER.token(),
                "application/json",
                "{\"body\":\"I am official\",\"official\":true}");
        assertProblem(byCustomer, 403, "/problems/not-permitted");
        Reply byStaff = api.send(
                "POST",
                "/api/posts/" + post + "/comments",
                PAUL_PRODUCT_MANAGER.token(),
                "application/json",
                "{\"body\":\"We are on it\",\"official\":true}");
        assertEquals(201, byStaff.status(), byStaff::toString);
        assertTrue(byStaff.json().getBoolean("official"));
    }

    // --- statuses and edits --------------------------------------------------------------------

    @Test
    void staffMoveAnIdeaAlongItsWorkflowWithAPublicResponse() {
        long post = submit(CARLA_CUSTOMER.token(), "IDEA", "Export invoices as CSV");
        String paul = PAUL_PRODUCT_MANAGER.token();
        assertProblem(
                api.patchJson("/api/posts/" + post, CARLA_CUSTOMER.token(), "{\"status\":\"planned\",\"version\":1}"),
                403,
                "/problems/not-permitted");
        assertProblem(
                api.patchJson("/api/posts/" + post, paul, "{\"status\":\"shipped\",\"version\":1}"),
                409,
                "/problems/transition-not-allowed");
        assertProblem(
                api.patchJson("/api/posts/" + post, paul, "{\"status\":\"resolved\",\"version\":1}"),
                400,
                "/problems/invalid-input");

        Reply planned = api.patchJson(
                "/api/posts/" + post,
                paul,
                "{\"status\":\"planned\",\"response\":\"<p>Coming in May</p>\",\"version\":1}");
        assertEquals(200, planned.status(), planned::toString);
        assertEquals("planned", planned.json().getString("status"));
        assertProblem(
                api.patchJson("/api/posts/" + post, paul, "{\"status\":\"in_progress\",\"version\":1}"),
                409,
                "/problems/stale-version");

        JsonObject response = api.get("/api/posts/" + post + "/comments", null)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(response.getBoolean("official"));
        assertEquals("<p>Coming in May</p>", response.getString("bodyHtml"));
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from status_changes where post_id = ? and to_status = 'planned'", post));
    }

    @Test
    void authorsEditWithinTheGracePeriodAndEveryEditIsKept() {
        String carla = CARLA_CUSTOMER.token();
        long post = submit(carla, "IDEA", "Dark mode");
        Reply edited = api.patchJson(
                "/api/posts/" + post,
                carla,
                "{\"title\":\"Dark mode for the app\",\"tags\":[\"App\",\"dark-mode\"],\"stage\":\"use\",\"version\":1}");
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Dark mode for the app", edited.json().getString("title"));
        assertEquals(List.of("app", "dark-mode"), strings(edited.json().getJsonArray("tags")));
        assertEquals("use", edited.json().getString("stage"));
        assertProblem(
                api.patchJson(
                        "/api/posts/" + post, CHRIS_SECOND_CUSTOMER.token(), "{\"title\":\"Mine now\",\"version\":2}"),
                403,
                "/problems/not-permitted");

        Fixtures.update("update posts set created_at = now() - interval '2 hours' where id = ?", post);
        assertProblem(
                api.patchJson("/api/posts/" + post, carla, "{\"title\":\"Too late\",\"version\":2}"),
                403,
                "/problems/not-permitted");
        Reply corrected = api.patchJson(
                "/api/posts/" + post, MONA_MODERATOR.token(), "{\"title\":\"Dark mode (app)\",\"version\":2}");
        assertEquals(200, corrected.status(), corrected::toString);

        JsonArray versions = array(api.get("/api/posts/" + post + "/versions", null));
        assertEquals(
                List.of("Dark mode for the app", "Dark mode"),
                versions.stream().map(v -> v.asJsonObject().getString("title")).toList());
        assertEquals(
                List.of("app", "dark-mode"), strings(versions.getJsonObject(0).getJsonArray("tags")));
    }

    @Test
    void deletedPostsDisappearForReadersButNotForStaff() {
        long post = submit(CARLA_CUSTOMER.token(), "IDEA", "Withdrawn idea");
        assertProblem(
                api.send("DELETE", "/api/posts/" + post, CHRIS_SECOND_CUSTOMER.token(), null, null),
                403,
                "/problems/not-permitted");
        assertEquals(
                204,
                api.send("DELETE", "/api/posts/" + post, CARLA_CUSTOMER.token(), null, null)
                        .status());
        assertProblem(api.get("/api/posts/" + post, null), 404, "/problems/post-not-found");
        assertTrue(api.get("/api/posts/" + post, MONA_MODERATOR.token()).json().getBoolean("deleted"));
        assertEquals(0, ids(api.get("/api/posts?area=" + area, null)).size());
    }

    // --- merges --------------------------------------------------------------------------------

    @Test
    void mergeCarriesVotesFollowersAndCommentsAndUnmergeTakesExactlyThatBack() {
        String carla = CARLA_CUSTOMER.token();
        String chris = CHRIS_SECOND_CUSTOMER.token();
        long duplicate = submit(carla, "IDEA", "Invoices as PDF");
        long original = submit(chris, "IDEA", "PDF invoices");
        vote(duplicate, carla);
        vote(duplicate, chris);
        vote(original, chris);
        long comment = comment(duplicate, chris, "Same as the other one", null);
        api.send("PUT", "/api/posts/" + duplicate + "/follow", MONA_MODERATOR.token(), null, null);

        assertProblem(
                api.send(
                        "POST",
                        "/api/posts/" + duplicate + "/merge",
                        carla,
                        "application/json",
                        "{\"into\":" + original + ",\"version\":1}"),
                403,
                "/problems/not-permitted");
        Reply merged = api.send(
                "POST",
                "/api/posts/" + duplicate + "/merge",
                PAUL_PRODUCT_MANAGER.token(),
                "application/json",
                "{\"into\":" + original + ",\"version\":1}");
        assertEquals(200, merged.status(), merged::toString);
        assertEquals(original, merged.json().getJsonNumber("mergedInto").longValue());

        JsonObject target = api.get("/api/posts/" + original, null).json();
        assertEquals(2, target.getInt("voteCount"), "Chris voted on both: one vote; Carla's moved");
        assertEquals(1, target.getInt("commentCount"));
        Reply redirect = api.get("/api/posts/" + duplicate, null);
        assertEquals(303, redirect.status(), redirect::toString);
        assertTrue(redirect.header("Location").endsWith("/api/posts/" + original), redirect.header("Location"));
        assertEquals(List.of(original), ids(api.get("/api/posts?area=" + area, null)));
        assertProblem(
                api.send("PUT", "/api/posts/" + duplicate + "/vote", chris, null, null), 409, "/problems/post-merged");
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from follows where target_type = 'POST' and target = ? and member_id = (select id from members where username = 'mona')",
                        Long.toString(original)));

        Reply unmerged = api.send("DELETE", "/api/posts/" + duplicate + "/merge", MONA_MODERATOR.token(), null, null);
        assertEquals(200, unmerged.status(), unmerged::toString);
        assertFalse(unmerged.json().containsKey("mergedInto"));
        assertEquals(1, api.get("/api/posts/" + original, null).json().getInt("voteCount"));
        JsonObject back = api.get("/api/posts/" + duplicate, null).json();
        assertEquals(2, back.getInt("voteCount"));
        assertEquals(1, back.getInt("commentCount"));
        assertEquals(
                comment,
                api.get("/api/posts/" + duplicate + "/comments", null)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from follows where target_type = 'POST' and target = ? and member_id = (select id from members where username = 'mona')",
                        Long.toString(original)));
        assertProblem(
                api.send("DELETE", "/api/posts/" + duplicate + "/merge", MONA_MODERATOR.token(), null, null),
                409,
                "/problems/not-merged");
    }

    @Test
    void twoStaffChangingOneStatusAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        long post = submit(CARLA_CUSTOMER.token(), "CRITICISM", "Race for the status");
        String paul = PAUL_PRODUCT_MANAGER.token();
        String mona = MONA_MODERATOR.token();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = i % 2 == 0 ? paul : mona;
                replies.add(pool.submit(() -> api.patchJson(
                        "/api/posts/" + post,
                        token,
                        "{\"status\":\"acknowledged\",\"response\":\"On it\",\"version\":1}")));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.count("select count(*) from status_changes where post_id = ?", post));
        assertEquals(
                1,
                Fixtures.count("select count(*) from comments where post_id = ? and official", post),
                "no half-written response");
    }

    @Test
    void votesDuringAMergeStayExact() throws Exception {
        long duplicate = submit(CARLA_CUSTOMER.token(), "IDEA", "Merged while voting");
        long original = submit(CARLA_CUSTOMER.token(), "IDEA", "Target while voting");
        List<String> voters = KeycloakAdmin.customers("mv" + System.nanoTime() % 100_000, 40);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < voters.size(); i++) {
                String token = voters.get(i);
                long on = i % 2 == 0 ? duplicate : original;
                replies.add(pool.submit(() -> api.send("PUT", "/api/posts/" + on + "/vote", token, null, null)));
                if (i == voters.size() / 2) {
                    replies.add(pool.submit(() -> api.send(
                            "POST",
                            "/api/posts/" + duplicate + "/merge",
                            PAUL_PRODUCT_MANAGER.token(),
                            "application/json",
                            "{\"into\":" + original + ",\"version\":1}")));
                }
            }
            for (var reply : replies) {
                int status = reply.get().status();
                assertTrue(status == 200 || status == 409, () -> "no other answer than done or merged: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        for (long post : List.of(duplicate, original)) {
            assertEquals(
                    Fixtures.count("select count(*) from votes where post_id = ?", post),
                    Fixtures.count("select vote_count from posts where id = ?", post),
                    "counter equals rows for post " + post);
        }
        assertEquals(
                Fixtures.count(
                        "select count(distinct member_id) from votes where post_id in (?, ?)", duplicate, original),
                Fixtures.count("select vote_count from posts where id = ?", original),
                "every voter of either post counts once on the target");
    }

    // --- follows, inbox, mail ------------------------------------------------------------------

    @Test
    void followersHearOfResponsesInTheInboxAndByMailAndCanUnsubscribe() throws Exception {
        List<String> people = KeycloakAdmin.customers("follower" + System.nanoTime() % 100_000, 2);
        String follower = people.get(0);
        String bystander = people.get(1);
        String email = api.get("/api/me", follower).json().getString("email");
        settings(follower, "INSTANT");
        api.get("/api/me", bystander);

        long post = submit(CARLA_CUSTOMER.token(), "CRITICISM", "App crashes on login");
        assertEquals(
                200,
                api.send("PUT", "/api/posts/" + post + "/follow", follower, null, null)
                        .status());
        comment(post, follower, "Me too, on Android", null);
        Reply responded = api.patchJson(
                "/api/posts/" + post,
                PAUL_PRODUCT_MANAGER.token(),
                "{\"status\":\"acknowledged\",\"response\":\"Reproduced, fix next week\",\"version\":1}");
        assertEquals(200, responded.status(), responded::toString);

        JsonObject inbox = Eventually.await(
                "the follower's inbox shows the status change",
                Duration.ofSeconds(15),
                () -> api.get("/api/me/notifications", follower).json(),
                json -> json.getJsonArray("items").size() >= 1);
        assertEquals(1, inbox.getInt("unread"), inbox::toString);
        JsonObject note = inbox.getJsonArray("items").getJsonObject(0);
        assertEquals("STATUS", note.getString("kind"));
        assertEquals(post, note.getJsonNumber("postId").longValue());
        assertEquals("acknowledged", note.getString("postStatus"));
        assertEquals(
                0,
                api.get("/api/me/notifications", bystander)
                        .json()
                        .getJsonArray("items")
                        .size(),
                "no follow, no news");

        MimeMessage mail = Mails.awaitTo(email);
        String body = mail.getContent().toString();
        assertTrue(body.contains("/posts/" + post), body);
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertTrue(body.contains(link), body);
        // the link's host is portal.public-url; this portal listens on a test port
        String unsubscribe = link.substring(link.indexOf("/api/unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);

        assertEquals(
                0,
                api.send("POST", "/api/me/notifications/read", follower, null, null)
                        .json()
                        .getInt("unread"));
        Reply page = api.send("GET", unsubscribe, null, null, null, "text/html");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        assertEquals("INSTANT", api.get("/api/me", follower).json().getString("emailMode"), "GET changes nothing");
        Reply done = api.send("POST", unsubscribe, null, null, null, "text/html");
        assertEquals(200, done.status(), done::toString);
        assertEquals("NONE", api.get("/api/me", follower).json().getString("emailMode"));
    }

    @Test
    void dailyDigestCollectsWhatHappenedAndNotYourOwnActions() throws Exception {
        String reader = KeycloakAdmin.customers("digest" + System.nanoTime() % 100_000, 1)
                .get(0);
        String email = api.get("/api/me", reader).json().getString("email");
        assertEquals("DAILY", api.get("/api/me", reader).json().getString("emailMode"));
        assertEquals(
                200,
                api.send("PUT", "/api/areas/" + area + "/follow", reader, null, null)
                        .status());
        long first = submit(CARLA_CUSTOMER.token(), "IDEA", "Digest idea one");
        submit(CHRIS_SECOND_CUSTOMER.token(), "IDEA", "Digest idea two");
        comment(first, reader, "My own comment tells me nothing", null);
        Eventually.await(
                "two notifications",
                Duration.ofSeconds(15),
                () -> api.get("/api/me/notifications", reader)
                        .json()
                        .getJsonArray("items")
                        .size(),
                n -> n == 2);
        Eventually.await(
                "the digest is scheduled",
                Duration.ofSeconds(15),
                () -> Fixtures.count("select count(*) from members where email = ? and digest_due_at > now()", email),
                n -> n == 1);
        assertFalse(
                Arrays.stream(TestStack.mail().getReceivedMessages()).anyMatch(m -> Mails.sentTo(m, email)),
                "not before the digest hour");

        Fixtures.update("update members set digest_due_at = now() - interval '1 minute' where email = ?", email);
        MimeMessage digest = Eventually.await(
                "the digest mail",
                Duration.ofSeconds(20),
                () -> Arrays.stream(TestStack.mail().getReceivedMessages())
                        .filter(m -> Mails.sentTo(m, email))
                        .findFirst()
                        .orElse(null),
                m -> m != null);
        assertEquals("Your daily digest: 2 updates", digest.getSubject());
        String body = digest.getContent().toString();
        assertTrue(body.contains("Digest idea one") && body.contains("Digest idea two"), body);
    }

    // --- listings ------------------------------------------------------------------------------

    @Test
    void listingsFilterByTagStageAuthorVotesAndFollows() {
        String carla = CARLA_CUSTOMER.token();
        String chris = CHRIS_SECOND_CUSTOMER.token();
        long tagged = submit(carla, "IDEA", "Tagged", "\"tags\":[\"mobile\"],\"stage\":\"buy\"");
        long voted = submit(chris, "CRITICISM", "Voted");
        long followed = submit(chris, "EXPERIENCE", "Followed");
        vote(voted, carla);
        api.send("PUT", "/api/posts/" + followed + "/follow", carla, null, null);

        String base = "/api/posts?area=" + area;
        assertEquals(List.of(tagged), ids(api.get(base + "&tag=mobile", null)));
        assertEquals(List.of(tagged), ids(api.get(base + "&stage=buy", null)));
        assertEquals(List.of(followed, voted), ids(api.get(base + "&author=" + memberId(chris), null)));
        assertEquals(List.of(tagged), ids(api.get(base + "&author=me", carla)));
        assertEquals(List.of(voted), ids(api.get(base + "&voted=true", carla)));
        assertEquals(List.of(followed, tagged), ids(api.get(base + "&followed=true", carla)), "own posts are followed");
        assertEquals(List.of(voted), ids(api.get(base + "&kind=criticism", null)));
        assertProblem(api.get(base + "&voted=true", null), 401, "/problems/not-signed-in");
        assertProblem(
                api.send(
                        "POST",
                        "/api/posts",
                        carla,
                        "application/json",
                        "{\"kind\":\"IDEA\",\"title\":\"Bad tags\",\"body\":\"\",\"area\":\"" + area
                                + "\",\"tags\":[\"no spaces\",\"a\",\"b\",\"c\",\"d\",\"e\"]}"),
                400,
                "/problems/invalid-input");
    }

    @Test
    void anonymousReadsAreSharedBrieflyAndAWriteIsSeenAtOnce() {
        long post = submit(CARLA_CUSTOMER.token(), "IDEA", "Cached for readers");
        String path = "/api/posts?area=" + area;
        Reply first = api.get(path, null);
        assertEquals("public, max-age=2", first.header("Cache-Control"));
        assertEquals("Authorization", first.header("Vary"));
        assertEquals(
                null,
                api.get(path, CHRIS_SECOND_CUSTOMER.token()).header("Cache-Control"),
                "signed-in answers are private");
        vote(post, CHRIS_SECOND_CUSTOMER.token());
        assertEquals(
                1,
                api.get(path, null)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getInt("voteCount"));
    }

    @Test
    void theLanguageIsDetectedUnlessTheAuthorChoseIt() {
        long german = submit(
                CHRIS_SECOND_CUSTOMER.token(),
                "CRITICISM",
                "Der Aufzug am Bahnhof ist seit Wochen kaputt und niemand sagt uns warum");
        long english = submit(CHRIS_SECOND_CUSTOMER.token(), "IDEA", "Please let me export all of my invoices at once");
        long chosen = submit(
                CHRIS_SECOND_CUSTOMER.token(),
                "IDEA",
                "Bitte alle Rechnungen auf einmal exportieren",
                "\"language\":\"en\"");
        assertEquals("de", api.get("/api/posts/" + german, null).json().getString("language"));
        assertEquals("en", api.get("/api/posts/" + english, null).json().getString("language"));
        assertEquals("en", api.get("/api/posts/" + chosen, null).json().getString("language"));
    }

    @Test
    void trendingWeighsVotesAgainstAge() {
        long old = submit(CARLA_CUSTOMER.token(), "IDEA", "Old and popular");
        long fresh = submit(CARLA_CUSTOMER.token(), "IDEA", "Fresh and quiet");
        long middle = submit(CARLA_CUSTOMER.token(), "IDEA", "Yesterday, some votes");
        for (String token : List.of(
                CHRIS_SECOND_CUSTOMER.token(),
                MONA_MODERATOR.token(),
                PAUL_PRODUCT_MANAGER.token(),
                ADA_ADMIN.token())) {
            vote(old, token);
        }
        vote(middle, CHRIS_SECOND_CUSTOMER.token());
        // four votes 8 days ago weigh less than one vote a day ago, which weighs more than none today
        Fixtures.update("update posts set created_at = now() - interval '8 days' where id = ?", old);
        Fixtures.update("update posts set created_at = now() - interval '1 day' where id = ?", middle);
        assertEquals(List.of(fresh, middle, old), ids(api.get("/api/posts?sort=trending&area=" + area, null)));
        assertEquals(List.of(old, middle, fresh), ids(api.get("/api/posts?sort=top&area=" + area, null)));
        List<Long> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.get(
                            "/api/posts?sort=trending&limit=1&area=" + area
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            null)
                    .json();
            page.getJsonArray("items")
                    .forEach(item ->
                            paged.add(item.asJsonObject().getJsonNumber("id").longValue()));
            cursor = page.getString("next", null);
        } while (cursor != null);
        assertEquals(List.of(fresh, middle, old), paged);
    }

    // --- votes on behalf -----------------------------------------------------------------------

    @Test
    void staffVoteForACustomerWithChannelAndNoteAndItIsAudited() {
        long post = submit(CARLA_CUSTOMER.token(), "IDEA", "Asked for on the phone");
        long chris = memberId(CHRIS_SECOND_CUSTOMER.token());
        assertProblem(
                api.send(
                        "PUT",
                        "/api/posts/" + post + "/votes/" + chris,
                        CARLA_CUSTOMER.token(),
                        "application/json",
                        "{\"channel\":\"SALES\"}"),
                403,
                "/problems/not-permitted");
        Reply cast = api.send(
                "PUT",
                "/api/posts/" + post + "/votes/" + chris,
                PAUL_PRODUCT_MANAGER.token(),
                "application/json",
                "{\"channel\":\"SALES\",\"note\":\"Asked at the trade fair\"}");
        assertEquals(200, cast.status(), cast::toString);
        assertEquals(1, cast.json().getInt("voteCount"));
        assertTrue(api.get("/api/posts/" + post, CHRIS_SECOND_CUSTOMER.token())
                .json()
                .getBoolean("votedByMe"));
        assertProblem(
                api.send(
                        "PUT",
                        "/api/posts/" + post + "/votes/" + chris,
                        PAUL_PRODUCT_MANAGER.token(),
                        "application/json",
                        "{\"channel\":\"PIGEON\"}"),
                400,
                "/problems/invalid-input");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/posts/" + post + "/votes/987654321",
                        PAUL_PRODUCT_MANAGER.token(),
                        "application/json",
                        "{\"channel\":\"SALES\"}"),
                404,
                "/problems/member-not-found");

        JsonObject voter = array(api.get("/api/posts/" + post + "/votes", MONA_MODERATOR.token()))
                .getJsonObject(0);
        assertEquals(chris, voter.getJsonNumber("memberId").longValue());
        assertEquals("SALES", voter.getString("channel"));
        assertEquals(
                memberId(PAUL_PRODUCT_MANAGER.token()),
                voter.getJsonNumber("castBy").longValue());

        Reply withdrawn = api.send(
                "DELETE",
                "/api/posts/" + post + "/votes/" + chris + "?channel=SUPPORT&note=changed%20mind",
                ADA_ADMIN.token(),
                null,
                null);
        assertEquals(0, withdrawn.json().getInt("voteCount"), withdrawn::toString);
        JsonArray audit = array(api.get("/api/posts/" + post + "/votes/audit", PAUL_PRODUCT_MANAGER.token()));
        assertEquals(
                List.of("CAST", "WITHDRAWN"),
                audit.stream().map(a -> a.asJsonObject().getString("action")).toList());
        assertProblem(
                api.get("/api/posts/" + post + "/votes/audit", CARLA_CUSTOMER.token()), 403, "/problems/not-permitted");
    }

    // --- privacy -------------------------------------------------------------------------------

    @Test
    void membersExportTheirDataAndDeletingTheAccountKeepsTheCommunityRecord() throws Exception {
        String leaver = KeycloakAdmin.customers("leaver" + System.nanoTime() % 100_000, 1)
                .get(0);
        long memberId = memberId(leaver);
        long post = submit(leaver, "IDEA", "An idea that outlives its author");
        comment(post, leaver, "And a comment", null);
        vote(post, leaver);
        vote(post, CHRIS_SECOND_CUSTOMER.token());

        Reply export = api.get("/api/me/export", leaver);
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        JsonObject data = export.json();
        assertEquals(
                memberId,
                data.getJsonArray("account")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                "An idea that outlives its author",
                data.getJsonArray("posts").getJsonObject(0).getString("title"));
        assertEquals(1, data.getJsonArray("comments").size());
        assertEquals(1, data.getJsonArray("votes").size());
        assertEquals(1, data.getJsonArray("follows").size());

        assertEquals(204, api.send("DELETE", "/api/me", leaver, null, null).status());
        JsonObject kept = api.get("/api/posts/" + post, null).json();
        assertEquals("Former member", kept.getJsonObject("author").getString("displayName"));
        assertEquals(2, kept.getInt("voteCount"), "votes stay as counts");
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from members where id = ? and (email is not null or username is not null)",
                        memberId));
        assertEquals(0, Fixtures.count("select count(*) from follows where member_id = ?", memberId));
        JsonObject again = api.get("/api/me", leaver).json();
        assertTrue(again.getJsonNumber("id").longValue() != memberId, "the same sign-in starts a new, empty member");
    }

    // --- helpers -------------------------------------------------------------------------------

    private long submit(String token, String kind, String title) {
        return submit(token, kind, title, null);
    }

    private long submit(String token, String kind, String title, String extra) {
        Reply created = api.send(
                "POST",
                "/api/posts",
                token,
                "application/json",
                "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"body\":\"<p>" + title + "</p>\",\"area\":\""
                        + area + "\"" + (extra == null ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private long comment(long post, String token, String body, Long parent) {
        Reply created = api.send(
                "POST",
                "/api/posts/" + post + "/comments",
                token,
                "application/json",
                "{\"body\":\"" + body.replace("\"", "\\\"") + "\"" + (parent == null ? "" : ",\"parentId\":" + parent)
                        + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private void vote(long post, String token) {
        Reply reply = api.send("PUT", "/api/posts/" + post + "/vote", token, null, null);
        assertEquals(200, reply.status(), reply::toString);
    }

    private void settings(String token, String emailMode) {
        JsonObject me = api.get("/api/me", token).json();
        Reply changed = api.patchJson(
                "/api/me",
                token,
                "{\"displayName\":\"" + me.getString("displayName") + "\",\"emailMode\":\"" + emailMode
                        + "\",\"version\":" + me.getInt("version") + "}");
        assertEquals(200, changed.status(), changed::toString);
    }

    private long memberId(String token) {
        return api.get("/api/me", token).json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Reply page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonArray array(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))
                .readArray();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
    }
}
