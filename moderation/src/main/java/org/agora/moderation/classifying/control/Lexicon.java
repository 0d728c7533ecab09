package org.agora.moderation.classifying.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline: a short hand-written list of word stems (regular expressions); a text matching
 * any of them is in the class (1), else not (0). Lists are ours, written without looking at the
 * evaluation data.
 */
public final class Lexicon implements TextClassifier {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Pattern> patterns;
    private final double hit;

    public Lexicon(List<String> regexes) {
        this(regexes.stream().map(r -> Pattern.compile(r, FLAGS)).toList(), 1);
    }

    private Lexicon(List<Pattern> patterns, double hit) {
        this.patterns = patterns;
        this.hit = hit;
    }

    /** The same list answering {@code hit} instead of 1 for a match, to rank it beside a model. */
    public Lexicon scoring(double hit) {
        return new Lexicon(patterns, hit);
    }

    /** A list shipped beside this class, one regex a line, {@code #} comments. */
    public static Lexicon named(String resource) {
        List<String> regexes = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    regexes.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(regexes);
    }

    @Override
    public double probability(String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return hit;
            }
        }
        return 0;
    }
}
