package org.agora.portal.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {

    @Test
    void germanAndEnglishLinesLinkThePost() {
        Letters de = new Letters("de", "https://portal.example");
        assertEquals(
                "- Neuer Status von „Dunkelmodus“: planned\n  https://portal.example/posts/7",
                de.line("STATUS", 7, "Dunkelmodus", "planned", null));
        Letters en = new Letters("en", "https://portal.example");
        assertEquals("Your daily digest: 3 updates", en.subject(true, 3));
        String body = en.body(List.of("- a", "- b"), 4, "https://portal.example/api/unsubscribe?token=t");
        assertTrue(body.contains("… and 4 more"), body);
        assertTrue(body.endsWith("No more e-mails from us: https://portal.example/api/unsubscribe?token=t\n"), body);
    }

    @Test
    void authorsReadTheDecisionAndTheReasonInTheirLanguage() {
        assertEquals(
                "- Ihr Beitrag zu „Dunkelmodus“ wurde abgelehnt\n  Begründung: Werbung\n"
                        + "  https://portal.example/posts/7",
                new Letters("de", "https://portal.example").line("REJECTED", 7, "Dunkelmodus", "open", "Werbung"));
        assertEquals(
                "- Your contribution to “Dark mode” was hidden\n  Reason: off topic\n  https://portal.example/posts/8",
                new Letters("en", "https://portal.example").line("HIDDEN", 8, "Dark mode", "open", "off topic"));
    }

    @Test
    void votersOfAShippedIdeaAreAskedWhetherItSolvedTheirProblem() {
        assertEquals(
                "- “Dark mode” has shipped. Did it solve your problem? Tell us yes or no\n"
                        + "  https://portal.example/posts/9",
                new Letters("en", "https://portal.example").line("SOLVED_QUESTION", 9, "Dark mode", "shipped", null));
        assertTrue(new Letters("de", "https://portal.example")
                .line("SOLVED_QUESTION", 9, "Dunkelmodus", "shipped", null)
                .contains("Hat es Ihr Problem gelöst?"));
    }

    @Test
    void theDigestComesAtTheNextDigestHour() {
        MailQueue queue = new MailQueue();
        queue.digestHour = 7;
        assertEquals(Instant.parse("2026-11-24T07:00:00Z"), queue.nextDigest(Instant.parse("2026-11-24T06:59:00Z")));
        assertEquals(Instant.parse("2026-11-25T07:00:00Z"), queue.nextDigest(Instant.parse("2026-11-24T07:00:00Z")));
    }
}
