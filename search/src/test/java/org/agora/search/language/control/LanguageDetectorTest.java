package org.agora.search.language.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Die Suche findet meine alten Beiträge nicht mehr",
                "Bitte eine Exportfunktion für Rechnungen einbauen",
                "Rolltreppe am Hauptbahnhof wieder kaputt",
                "Dunkelmodus für die mobile Ansicht",
                "Kundenservice antwortet nicht",
                "Seit dem letzten Update stürzt die App beim Öffnen ab. Ich habe sie schon neu installiert,"
                        + " aber das hat nichts geholfen.",
                "Es waere toll, wenn man Beitraege auch nach Datum sortieren koennte",
            })
    void germanPostsAreGerman(String text) {
        assertEquals(Optional.of("de"), detector.detect(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Search no longer finds my old posts",
                "Please add an export for invoices",
                "Dark mode for the mobile view",
                "Customer support never answers",
                "Crashes on startup",
                "Since the last update the app crashes when I open it. I reinstalled it but that didn't help.",
                "Login broken again",
            })
    void englishPostsAreEnglish(String text) {
        assertEquals(Optional.of("en"), detector.detect(text), text);
    }

    @Test
    void mixedTextGoesToTheLanguageItsSentencesAreBuiltIn() {
        assertEquals(
                Optional.of("de"),
                detector.detect("Das neue Dashboard ist super, aber der Export nach Excel fehlt. Great work!"));
        assertEquals(
                Optional.of("en"),
                detector.detect("The Fahrplanauskunft page doesn't load since the last update, the Verbindungen"
                        + " tab stays empty."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   \n\t ",
                "https://example.com/the/best/of/all/things",
                "www.example.org/anleitung-fuer-die-suche",
                "12345 678,90 2024-01-31",
                "@carla @mona",
                "Danke!",
                "Thanks",
                "<p><br></p>",
                "😀😀 👍",
            })
    void textWithoutEvidenceIsUndecided(String text) {
        assertEquals(Optional.empty(), detector.detect(text), String.valueOf(text));
    }

    @Test
    void markupLinksAndHandlesCountForNeitherLanguage() {
        // English in attributes, link and handles, German in what a reader sees
        String html = "<p class=\"the-one-with-the-best-of-it\">Ich w&uuml;nsche mir eine"
                + " <a href=\"https://the.example.com/this-is-what-you-get-when-you-ask\">Dunkelmodus</a>-Option"
                + " f&uuml;r die App, @the_user_who_asked</p>";
        assertEquals(Optional.of("de"), detector.detect(html));

        String english = "<div title=\"und der die das ist nicht\">I&#39;d love a dark mode for the app</div>"
                + " https://www.example.de/und/der/die/das/ist/nicht";
        assertEquals(Optional.of("en"), detector.detect(english));
    }

    @Test
    void decodesEntitiesSoThatUmlautsCount() {
        assertEquals("für Größe", Words.plain("f&uuml;r Gr&ouml;&szlig;e"));
        assertEquals("a < b & c \"d\" é", Words.plain("a &lt; b &amp; c &quot;d&quot; &#233;"));
        assertEquals(Optional.of("de"), detector.detect("Men&uuml;f&uuml;hrung &uuml;berarbeiten"));
    }

    @Test
    void wordsAreLowerCasedRunsOfLettersWithApostrophesInside() {
        List<String> words = new ArrayList<>();
        Words.forEach("Don't STOP—it's 2024's 'best' Straße!", w -> words.add(w));
        assertEquals(List.of("don't", "stop", "it's", "s", "best", "straße"), words);
    }

    @Test
    void longBodiesAreDecidedWithoutReadingToTheEnd() {
        String body = "Die Suche ist langsam und die Ergebnisse sind nicht sortiert. ".repeat(20_000);
        long start = System.nanoTime();
        assertEquals(Optional.of("de"), detector.detect(body + "the end of the story in English"));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "a 1.2 MB body took more than 2 s");
    }

    @Test
    void oneInstanceServesManyThreads() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            texts.add(i % 2 == 0 ? "Die Suche findet Beitrag " + i + " nicht" : "Search doesn't find post " + i);
        }
        List<Optional<String>> sequential = texts.stream().map(detector::detect).toList();
        List<Optional<String>> parallel =
                texts.parallelStream().map(detector::detect).toList();
        assertEquals(sequential, parallel);
        assertEquals(
                1_000, sequential.stream().filter(Optional.of("de")::equals).count());
    }
}
