package org.agora.search.index.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanLightStemmer;

/**
 * Splits German compounds into the words they are made of: "haustur" (Haustür, normalised and
 * stemmed) into "haus" and "tur", "bahnhofsaufzug" into "bahnhof" and "aufzug".
 *
 * <p>A word is split only when it is not itself in the word list and can be covered completely by
 * words of the list, each at least {@value #MIN_PART} letters long, joined by nothing or by a
 * linking element (Fugenelement: -s-, -es-, -n-, -en-, -e-, -er-). Of all coverings the one with the
 * fewest parts wins. Requiring a complete covering keeps "Verspätung" whole although it contains
 * "spat", and listing "Aufzug" keeps it from becoming "auf" + "zug".
 *
 * <p>The word list ({@code german-compound-parts.txt}) is written by hand for this project; see the
 * package documentation for its provenance. It holds base forms; each is normalised and stemmed
 * here exactly as the index does it, and kept both unstemmed (for inner parts: "treppen|haus"
 * covers as "treppe" + "n") and stemmed (for the last part, which the index has stemmed already).
 */
public final class GermanCompounds {

    static final int MIN_PART = 3;
    static final int MIN_WORD = 6;
    static final int MAX_WORD = 48;
    private static final String[] LINKERS = {"", "s", "es", "n", "en", "e", "er"};
    private static final String RESOURCE = "german-compound-parts.txt";

    private final CharArraySet parts;
    private final int words;

    private GermanCompounds(CharArraySet parts, int words) {
        this.parts = parts;
        this.words = words;
    }

    /** The project's word list, read from the classpath. */
    public static GermanCompounds standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final GermanCompounds STANDARD = load();
    }

    static GermanCompounds load() {
        try (InputStream in = GermanCompounds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> words = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comment = line.indexOf('#');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            return of(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A splitter over the given base forms (tests use small lists). */
    public static GermanCompounds of(List<String> baseForms) {
        CharArraySet set = new CharArraySet(baseForms.size() * 2, false);
        GermanLightStemmer stemmer = new GermanLightStemmer();
        for (String word : baseForms) {
            String normal = normalise(word);
            if (normal.length() < MIN_PART) {
                continue;
            }
            set.add(normal);
            char[] chars = normal.toCharArray();
            int length = stemmer.stem(chars, chars.length);
            if (length >= MIN_PART) {
                set.add(new String(chars, 0, length));
            }
        }
        return new GermanCompounds(set, baseForms.size());
    }

    /** Lower case and the umlaut and ß folding of GermanNormalizationFilter (ae/oe/ue kept). */
    static String normalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ä', 'à', 'á', 'â' -> out.append('a');
                case 'ö', 'ò', 'ó', 'ô' -> out.append('o');
                case 'ü', 'ù', 'ú', 'û' -> out.append('u');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public int size() {
        return words;
    }

    public boolean isWord(String normalised) {
        return parts.contains(normalised);
    }

    /**
     * The parts of a normalised, stemmed word, each stemmed; empty when the word is not a compound of
     * known words.
     */
    public List<String> split(char[] word, int length) {
        if (length < MIN_WORD || length > MAX_WORD || parts.contains(word, 0, length)) {
            return List.of();
        }
        int[] count = new int[length + 1];
        int[] partStart = new int[length + 1];
        int[] partEnd = new int[length + 1];
        int[] from = new int[length + 1];
        Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int start = 0; start < length; start++) {
            if (count[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int end = start + MIN_PART; end <= length; end++) {
                if (!parts.contains(word, start, end - start)) {
                    continue;
                }
                for (String linker : LINKERS) {
                    int next = end + linker.length();
                    boolean fits =
                            linker.isEmpty() ? next <= length : next < length && regionMatches(word, end, linker);
                    if (fits && count[start] + 1 < count[next]) {
                        count[next] = count[start] + 1;
                        partStart[next] = start;
                        partEnd[next] = end;
                        from[next] = start;
                    }
                }
            }
        }
        if (count[length] == Integer.MAX_VALUE || count[length] < 2) {
            return List.of();
        }
        List<String> result = new ArrayList<>(count[length]);
        GermanLightStemmer stemmer = new GermanLightStemmer();
        for (int at = length; at > 0; at = from[at]) {
            char[] part = Arrays.copyOfRange(word, partStart[at], partEnd[at]);
            int stemmed = stemmer.stem(part, part.length);
            result.add(0, new String(part, 0, Math.max(stemmed, Math.min(MIN_PART, part.length))));
        }
        return result;
    }

    public List<String> split(String word) {
        return split(word.toCharArray(), word.length());
    }

    private static boolean regionMatches(char[] word, int at, String linker) {
        for (int i = 0; i < linker.length(); i++) {
            if (word[at + i] != linker.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
