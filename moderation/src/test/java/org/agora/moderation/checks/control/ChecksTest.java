package org.agora.moderation.checks.control;

import static org.agora.moderation.checks.control.Authors.establishedComment;
import static org.agora.moderation.checks.control.Authors.establishedPost;
import static org.agora.moderation.checks.control.Authors.newCustomerComment;
import static org.agora.moderation.checks.control.Authors.newCustomerPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Contribution;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.sanitizing.control.HtmlPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    private final Checks checks = Checks.withDefaults();

    private static Checks configured(Map<String, String> config) {
        return new Checks(CheckSettings.from(key -> Optional.ofNullable(config.get(key))), new HtmlPolicy());
    }

    private static Optional<Finding> finding(Verdict verdict, String rule) {
        return verdict.findings().stream().filter(f -> f.rule().equals(rule)).findFirst();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Die Rechnung vom März zeigt den Tarif doppelt. Könnt ihr das bitte prüfen?</p>",
                "<p>Idee: ein <strong>Dunkelmodus</strong> für die App, abends blendet das Weiß sehr.</p>",
                "<p>The export to CSV drops the last column since the update. Steps: open <em>Reports</em>, export.</p>",
                "<p>Siehe <a href=\"https://status.example.com\">Statusseite</a>, dort steht nichts dazu.</p>"
            })
    void anEstablishedCustomersOrdinaryPostIsPublishedWithoutFindings(String body) {
        Verdict verdict = checks.check(establishedPost("Rechnung doppelt", body));
        assertEquals(Action.PUBLISH, verdict.action(), verdict.findings().toString());
        assertEquals(List.of(), verdict.findings());
        assertTrue(verdict.publishes());
        assertFalse(verdict.needsReview());
    }

    @Test
    void theVerdictCarriesTheSanitizedBodyNeverTheRawOne() {
        Verdict verdict =
                checks.check(establishedPost("Titel", "<p onclick=\"x()\">Hallo<script>alert(1)</script></p>"));
        assertEquals("<p>Hallo</p>", verdict.sanitizedHtml());
    }

    @Test
    void aNewCustomersPostIsHeldForReviewButTheirCommentIsNot() {
        Verdict post = checks.check(
                newCustomerPost("Frage zur Rechnung", "<p>Warum kostet der Tarif mehr als vereinbart?</p>"));
        assertEquals(Action.HOLD, post.action());
        assertEquals("premoderation", post.findings().get(0).rule());
        Verdict comment = checks.check(newCustomerComment("<p>Das Problem habe ich auch seit Montag.</p>"));
        assertEquals(Action.PUBLISH, comment.action(), comment.findings().toString());
    }

    @Test
    void preModerationCanBeLimitedToAreasOrSwitchedOff() {
        Contribution billing = newCustomerPost("Frage", "<p>Warum kostet der Tarif mehr als vereinbart?</p>");
        Checks onlyCommunity = configured(Map.of("moderation.premoderation.areas", "community"));
        assertTrue(finding(onlyCommunity.check(billing), "premoderation").isEmpty());
        Checks off = configured(Map.of("moderation.premoderation.below-trust", "0"));
        assertTrue(finding(off.check(billing), "premoderation").isEmpty());
        Checks billingToo = configured(Map.of("moderation.premoderation.areas", "community, billing"));
        assertEquals(Action.HOLD, billingToo.check(billing).action());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0 | <p><a href="https://a.example">a</a> <a href="https://b.example">b</a></p>                                  | false
            0 | <p><a href="https://a.example">a</a> <a href="https://b.example">b</a> <a href="https://c.example">c</a></p> | true
            0 | <p>Seht euch a.example.com, b.example.com und https://c.example.org/x an.</p>                                 | true
            0 | <p>Schreibt an service@example.com, support@example.org oder info@example.de.</p>                            | false
            1 | <p><a href="https://a.example">a</a> <a href="https://b.example">b</a> <a href="https://c.example">c</a></p> | false
            """)
    void newMembersMayPostAtMostTwoLinks(int trust, String body, boolean held) {
        Contribution comment = new Contribution(
                org.agora.moderation.checks.entity.ContributionKind.COMMENT,
                7,
                trust,
                null,
                null,
                "",
                body,
                List.of(),
                "de");
        Optional<Finding> links = finding(checks.check(comment), "links.new-member");
        assertEquals(held, links.isPresent(), links.toString());
        links.ifPresent(f -> assertEquals(Action.HOLD, f.action()));
    }

    @Test
    void blockedDomainsAreRefusedAndShortenersHeld() {
        Checks withBlocked = configured(Map.of("moderation.links.blocked-domains", "spam-shop.example, evil.example"));
        Verdict blocked = withBlocked.check(establishedComment(
                "<p>Günstiger bei <a href=\"https://www.shop.spam-shop.example/x\">hier</a></p>", "de"));
        assertEquals(Action.BLOCK, blocked.action());
        assertEquals(
                List.of("spam-shop.example"),
                finding(blocked, "links.domain").orElseThrow().params());
        Verdict shortened = checks.check(newCustomerComment("<p>Details: https://bit.ly/3xYz</p>"));
        assertEquals(Action.HOLD, shortened.action(), "a new member's shortened link is held");
        Verdict trusted = checks.check(establishedComment("<p>Details: https://bit.ly/3xYz</p>", "de"));
        assertEquals(Action.FLAG, trusted.action(), "an established member's is only flagged");
        Verdict fine = withBlocked.check(establishedComment("<p>Doku: https://docs.example.org/a</p>", "de"));
        assertEquals(Action.PUBLISH, fine.action(), fine.findings().toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Schreib mir auf WhatsApp +49 170 1234567, dann klären wir das privat.         | HOLD
            Contact me on telegram: +1 555 0100 200 for a better deal                     | HOLD
            Günstig Viagra kaufen, diskret geliefert                                      | BLOCK
            Verdiene mit Krypto jeden Tag 500 Euro, garantierte Rendite                   | HOLD
            Mein Anwalt wird sich bei Ihnen melden, wenn das nicht geklärt wird.          | FLAG
            My lawyer will be in touch about this invoice.                                | FLAG
            Meine IBAN: DE02120300000000202051, bitte erstatten.                          | FLAG
            Ich bringe dich um, wenn das nochmal passiert                                 | HOLD
            Die Rechnung ist falsch, bitte korrigieren.                                   | PUBLISH
            """)
    void watchedWordsBlockHoldOrFlagInGermanAndEnglish(String text, Action expected) {
        Verdict verdict = checks.check(establishedComment("<p>" + text + "</p>", null));
        Action watched = finding(verdict, "watched-word").map(Finding::action).orElse(Action.PUBLISH);
        assertEquals(expected, watched, verdict.findings().toString());
    }

    @Test
    void configuredWatchedWordsAddToTheBuiltInListAndBadOnesStopTheStart() {
        Checks configured =
                configured(Map.of("moderation.watched-words", "block:\\bkonkurrenz\\w*\nflag:\\bkündig\\w*"));
        assertEquals(
                Action.BLOCK,
                configured
                        .check(establishedComment("<p>Geht zur Konkurrenzfirma!</p>", "de"))
                        .action());
        assertEquals(
                Action.FLAG,
                configured
                        .check(establishedComment("<p>Ich kündige morgen.</p>", "de"))
                        .action());
        assertThrows(IllegalArgumentException.class, () -> configured(Map.of("moderation.watched-words", "delete:x")));
        assertThrows(RuntimeException.class, () -> configured(Map.of("moderation.watched-words", "hold:(unclosed")));
        Checks noBuiltin = configured(Map.of("moderation.watched-words.builtin", "false"));
        assertTrue(finding(noBuiltin.check(establishedComment("<p>Mein Anwalt meldet sich.</p>", "de")), "watched-word")
                .isEmpty());
    }

    @Test
    void repeatingOnesOwnRecentPostIsRefusedEvenWithOtherMarkupAndCase() {
        String earlier = "<p>Die App stürzt beim Öffnen der Rechnungen ab, seit dem letzten Update.</p>";
        Contribution again = establishedComment(
                        "<p><strong>DIE APP</strong> stürzt beim Öffnen der Rechnungen ab - seit dem letzten Update!!</p>",
                        "de")
                .withRecentTexts(List.of("<p>Ganz anderes Thema: Dunkelmodus bitte.</p>", earlier));
        Verdict verdict = checks.check(again);
        assertEquals(Action.BLOCK, verdict.action(), verdict.findings().toString());
        assertTrue(finding(verdict, "duplicate").orElseThrow().score() >= 0.85);

        Contribution other = establishedComment(
                        "<p>Beim Export nach CSV fehlt die letzte Spalte der Tabelle.</p>", "de")
                .withRecentTexts(List.of(earlier));
        assertTrue(finding(checks.check(other), "duplicate").isEmpty());
        Contribution thanks = establishedComment("<p>Danke!</p>", "de").withRecentTexts(List.of("<p>Danke!</p>"));
        assertTrue(finding(checks.check(thanks), "duplicate").isEmpty(), "short answers may repeat");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            DAS IST EINE FRECHHEIT, DIE RECHNUNG IST SCHON WIEDER FALSCH!!! | true
            THIS IS THE THIRD TIME MY ORDER HAS BEEN CANCELLED              | true
            Die Schnittstelle zu SAP und AWS liefert seit Montag HTTP 500.  | false
            OK DANKE                                                        | false
            """)
    void shoutingIsFlagged(String text, boolean held) {
        Optional<Finding> shouting = finding(checks.check(establishedComment("<p>" + text + "</p>", null)), "shouting");
        assertEquals(held, shouting.isPresent(), shouting.toString());
        shouting.ifPresent(f -> assertEquals(Action.FLAG, f.action()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            asdfasdfasdfasdfasdfasdfasdf                                              | low-entropy
            hahahahahahahahahahahahahahaha                                           | low-entropy
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!!!                                         | repeated-chars
            Neeeeeeeeeeeeeeeeeeein, das geht so nicht                                 |
            Yayyyyyyyyyyyyyyyy good songs                                             |
            It is cool!!!!!!!!!!!!!!!!!!!!!!!!!!!!                                    |
            Die Lieferung kam zwei Tage zu spät, und der Karton war beschädigt.      |
            The delivery came two days late and the box was damaged.                 |
            """)
    void keyboardMashingAndRepetitionAreRefused(String text, String reason) {
        Optional<Finding> junk = finding(checks.check(establishedComment("<p>" + text + "</p>", null)), "low-entropy");
        assertEquals(reason, junk.map(Finding::reasonCode).orElse(null), junk.toString());
        junk.ifPresent(f -> assertEquals(Action.BLOCK, f.action()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            de | Ihr seid doch alle Vollidioten und euer Support ist ein Haufen Arschlöcher   | true
            de | Halt die Fresse, du dummer Wichser                                            | true
            de | Der Support war freundlich, aber die Lösung hat nicht funktioniert.          | false
            de | Ich finde die neue Preisstruktur unfair und wünsche mir eine Erklärung.       | false
            en | You are all fucking idiots                                                   | true
            en | The support was friendly, but the fix did not work.                          | false
            """)
    void offensiveLanguageIsFlaggedOrHeldInGermanAndEnglish(String language, String text, boolean offensive) {
        Optional<Finding> found =
                finding(checks.check(establishedComment("<p>" + text + "</p>", language)), "offensive");
        assertEquals(offensive, found.isPresent(), found.toString());
        found.ifPresent(f -> assertTrue(f.action() == Action.FLAG || f.action() == Action.HOLD));
    }

    @Test
    void clearSpamFromNewMembersIsHeldFromEstablishedOnesFlagged() {
        String prize = "<p>WINNER!! You have been selected to receive a £900 prize reward! To claim call 09061701461."
                + " Claim code KL341. Valid 12 hours only.</p>";
        Verdict fromNewCustomer = checks.check(newCustomerComment(prize).withLanguage("en"));
        assertEquals(
                Action.HOLD,
                finding(fromNewCustomer, "spam").orElseThrow().action(),
                fromNewCustomer.findings().toString());
        Verdict fromEstablished = checks.check(establishedComment(prize, "en"));
        assertEquals(Action.FLAG, finding(fromEstablished, "spam").orElseThrow().action());
        Checks holdEveryone = configured(Map.of("moderation.spam.hold-below-trust", "5"));
        assertEquals(
                Action.HOLD,
                finding(holdEveryone.check(establishedComment(prize, "en")), "spam")
                        .orElseThrow()
                        .action());

        Verdict channel = checks.check(establishedComment("<p>Check out my channel and subscribe please!</p>", "en"));
        assertTrue(finding(channel, "spam").isPresent(), channel.findings().toString());
        Verdict question =
                checks.check(establishedComment("<p>Can you call me back about my invoice tomorrow?</p>", "en"));
        assertTrue(finding(question, "spam").isEmpty(), question.findings().toString());
        Verdict germanLink = checks.check(newCustomerComment("<p>Doku: https://docs.example.org/a</p>"));
        assertTrue(finding(germanLink, "spam").isEmpty(), "the English SMS model does not judge German: " + germanLink);
    }

    @Test
    void overlongBodiesAreRefusedWithTheLimitInTheReason() {
        Checks small = configured(Map.of("moderation.body.max-raw-chars", "100"));
        Verdict verdict = small.check(establishedComment("<p>" + "Sehr lang. ".repeat(20) + "</p>", "de"));
        assertEquals(Action.BLOCK, verdict.action());
        assertEquals(
                "The text is too long: 227 characters, at most 100 are allowed.",
                verdict.reasons(Locale.ENGLISH).get(0));
        assertEquals(
                "Der Text ist zu lang: 227 Zeichen, erlaubt sind höchstens 100.",
                verdict.reasons(Locale.GERMAN).get(0));
    }

    @Test
    void theStrictestFindingDecidesAndEveryReasonReadsInBothLanguages() {
        Verdict verdict =
                checks.check(newCustomerPost("Angebot", "<p>Günstig Viagra kaufen bei https://bit.ly/xyz</p>"));
        assertEquals(Action.BLOCK, verdict.action());
        assertEquals(Action.BLOCK, verdict.findings().get(0).action(), "strictest first");
        for (Finding f : verdict.findings()) {
            String en = f.reason(Locale.ENGLISH);
            String de = f.reason(Locale.GERMAN);
            assertFalse(en.equals(de), f.reasonCode());
            assertFalse(en.contains("{") || de.contains("{"), en + " / " + de);
        }
        assertTrue(
                verdict.reasons(Locale.GERMAN).get(0).contains("„viagra“")
                        || verdict.reasons(Locale.GERMAN).get(0).contains("„Viagra“"),
                verdict.reasons(Locale.GERMAN).toString());
    }
}
