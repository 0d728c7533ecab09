package org.agora.portal.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexedPostsTest {

    @Test
    void sanitizedHtmlBecomesPlainText() {
        assertEquals(
                "Tür & Tor klemmt <script> c@d ✓",
                IndexedPosts.plainText(
                        "<p>T&#252;r &amp; Tor <b>klemmt</b></p><pre>&lt;script&gt;</pre> c&#64;d &#x2713;"));
        assertEquals("", IndexedPosts.plainText(null));
        assertEquals("a b", IndexedPosts.plainText("<p>a</p>\n\n<p>b</p>"));
        assertEquals("bad ref &#99999999; stays", IndexedPosts.plainText("bad ref &#99999999; stays"));
    }
}
