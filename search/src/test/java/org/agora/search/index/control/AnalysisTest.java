package org.agora.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.IndexSettings.EnglishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisTest {

    final Analysis analysis = new Analysis(IndexSettings.DEFAULT);

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term.toString());
            }
            s.end();
        }
        return out;
    }

    /** A query word finds a text when its analysed form is among the text's tokens. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "Tür, Haustür",
        "Tür, Haustüren",
        "Türen, Haustür",
        "Aufzug, Bahnhofsaufzug",
        "Aufzug, Bahnhofsaufzüge",
        "Aufzüge, Aufzug",
        "Bahnhof, Bahnhofsaufzug",
        "Rolltreppe, Rolltreppen",
        "Treppe, Treppenhaus",
        "Anzeige, Zuganzeige",
        "Fahrkarte, Fahrkartenautomat",
        "Automat, Fahrkartenautomaten",
        "Strasse, Straße",
        "Gruesse, Grüße"
    })
    void germanWordFindsCompoundAndInflection(String query, String text) throws IOException {
        List<String> q = tokens(analysis.german(), query);
        List<String> t = tokens(analysis.german(), text);
        assertTrue(t.contains(q.get(0)), query + " " + q + " not in " + text + " " + t);
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource({"Zug, Aufzug", "Haus, Hausaufgabe", "Spat, Verspätung", "Tür, Türkei"})
    void germanWordDoesNotFindUnrelatedWords(String query, String text) throws IOException {
        List<String> q = tokens(analysis.german(), query);
        List<String> t = tokens(analysis.german(), text);
        assertFalse(t.contains(q.get(0)), query + " " + q + " in " + text + " " + t);
    }

    @Test
    void fugenSIsNotPartOfEitherWord() {
        assertEquals(List.of("bahnhof", "aufzug"), GermanCompounds.standard().split("bahnhofsaufzug"));
        assertEquals(List.of("haus", "tur"), GermanCompounds.standard().split("haustur"));
    }

    @Test
    void wordsOfTheListAreNotSplit() {
        assertEquals(List.of(), GermanCompounds.standard().split("aufzug"));
        assertEquals(List.of(), GermanCompounds.standard().split("bahnhof"));
    }

    @Test
    void compoundKeepsItsOwnTokenBeforeTheParts() throws IOException {
        assertEquals(List.of("haustur", "haus", "tur", "klemmt"), tokens(analysis.german(), "Die Haustür klemmt"));
    }

    @Test
    void withoutSplittingCompoundsStayWhole() throws IOException {
        Analysis plain = new Analysis(IndexSettings.DEFAULT.withSplitCompounds(false));
        assertEquals(List.of("haustur"), tokens(plain.german(), "Haustür"));
    }

    @ParameterizedTest(name = "{0}: {1} finds {2}")
    @CsvSource({
        "MINIMAL, playlist, playlists",
        "MINIMAL, app, app's",
        "MINIMAL, photo, Photos",
        "KSTEM, playlist, playlists",
        "KSTEM, app, app's",
        "KSTEM, edit, edited",
        "KSTEM, note, notes",
        "PORTER, edit, editing",
        "PORTER, collage, collages"
    })
    void englishPossessivesAndPlurals(EnglishStemmer stemmer, String query, String text) throws IOException {
        Analysis a = new Analysis(IndexSettings.DEFAULT.withEnglishStemmer(stemmer));
        assertEquals(tokens(a.english(), query), tokens(a.english(), text));
    }

    @Test
    void englishStopWordsAreDropped() throws IOException {
        Analysis kstem = new Analysis(IndexSettings.DEFAULT.withEnglishStemmer(EnglishStemmer.KSTEM));
        assertEquals(List.of("follow", "people", "twitter"), tokens(kstem.english(), "Follow people on Twitter"));
    }
}
