package org.agora.moderation.checks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Reasons.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyReasonReadsInGermanAndEnglish() throws IOException {
        Properties en = load("Reasons.properties");
        Properties de = load("Reasons_de.properties");
        assertEquals(en.keySet(), de.keySet());
        for (Object key : en.keySet()) {
            String code = (String) key;
            String english = Reasons.text(code, List.of("3", "2"), Locale.ENGLISH);
            String german = Reasons.text(code, List.of("3", "2"), Locale.GERMANY);
            assertNotEquals(english, german, code);
            assertTrue(!english.contains("{") && !german.contains("{"), code + ": " + english + " / " + german);
        }
    }

    @Test
    void paramsAppearInTheText() {
        assertEquals(
                "Neue Mitglieder dürfen höchstens 2 Links posten; dieser Beitrag enthält 3. Die Moderation prüft ihn.",
                Reasons.text("links.new-member", List.of("3", "2"), Locale.GERMAN));
        assertEquals(
                "You have already flagged this; you can flag it again in 5 h.",
                Reasons.text("flag.again-too-soon", List.of("5"), Locale.UK));
    }
}
