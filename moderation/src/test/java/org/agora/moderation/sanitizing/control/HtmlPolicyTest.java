package org.agora.moderation.sanitizing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPolicyTest {

    private final HtmlPolicy policy = new HtmlPolicy();

    @Test
    void keepsFormattingListsAndQuotes() {
        String html = "<p>Die <strong>Rechnung</strong> ist <em>falsch</em></p><ul><li>eins</li></ul>"
                + "<blockquote>zitiert</blockquote><h3>Titel</h3>";
        assertEquals(html, policy.sanitize(html));
    }

    @Test
    void marksLinksAsUserContent() {
        String out = policy.sanitize("<a href=\"https://example.org/x\">x</a>");
        assertTrue(out.contains("href=\"https://example.org/x\""), out);
        assertTrue(out.contains("rel=\"nofollow ugc noopener noreferrer\""), out);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
                "<p onclick=\"alert(1)\">x</p>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<svg onload=alert(1)>",
                "<form action=\"https://evil.example\"><input></form>",
                "<h1>big</h1>"
            })
    void removesEverythingThatCanRunOrRestyle(String attack) {
        String out = policy.sanitize(attack).toLowerCase();
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("javascript:"), out);
        assertFalse(out.contains("data:"), out);
        assertFalse(out.contains(" on"), out);
        assertFalse(out.contains("<iframe"), out);
        assertFalse(out.contains("style="), out);
        assertFalse(out.contains("<form"), out);
        assertFalse(out.contains("<img"), out);
        assertFalse(out.contains("<h1"), out);
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", policy.sanitize(null));
    }
}
