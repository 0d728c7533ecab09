package org.agora.search.language.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How much more German than English the letter trigrams of a word are: for each trigram of
 * {@code _word_} the natural log of P(trigram | German) / P(trigram | English), summed.
 *
 * <p>The profile ({@value #PROFILE}, a few thousand trigrams) was derived by {@code
 * DeriveTrigramProfile} in this module's tests from German tweets (GermEval 2018 training set, CC BY
 * 4.0) and English SMS (SMS Spam Collection) — not from the texts the evaluation reports on. It is
 * held in an open-addressing table of packed {@code long} keys so that a look-up allocates nothing.
 */
final class CharacterTrigrams {

    static final String PROFILE = "trigrams-de-en.tsv";

    /** Stands for the start and the end of a word in a trigram. */
    static final char BOUNDARY = '_';

    private final long[] keys;
    private final float[] leanings;
    private final int mask;

    private CharacterTrigrams(List<String> trigrams, List<Float> values) {
        int capacity = Integer.highestOneBit(Math.max(16, trigrams.size() * 2)) << 1;
        keys = new long[capacity];
        leanings = new float[capacity];
        mask = capacity - 1;
        for (int i = 0; i < trigrams.size(); i++) {
            String t = trigrams.get(i);
            int slot = slot(key(t.charAt(0), t.charAt(1), t.charAt(2)));
            leanings[slot] = values.get(i);
        }
    }

    static CharacterTrigrams load() {
        try (InputStream in = CharacterTrigrams.class.getResourceAsStream(PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + PROFILE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code trigram<TAB>leaning}; lines starting with # are comments. */
    static CharacterTrigrams read(BufferedReader profile) throws IOException {
        List<String> trigrams = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (String line = profile.readLine(); line != null; line = profile.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab != 3) {
                throw new IllegalArgumentException("not a trigram line: " + line);
            }
            trigrams.add(line.substring(0, 3));
            values.add(Float.parseFloat(line.substring(tab + 1)));
        }
        return new CharacterTrigrams(trigrams, values);
    }

    /** @param word lower-case letters (and apostrophes), without boundaries */
    double germanOverEnglish(String word) {
        double sum = 0;
        for (int p = 0; p + 3 <= word.length() + 2; p++) {
            sum += leaning(key(at(word, p), at(word, p + 1), at(word, p + 2)));
        }
        return sum;
    }

    /** The character at {@code i} in {@code _word_}. */
    private static char at(String word, int i) {
        return i == 0 || i == word.length() + 1 ? BOUNDARY : word.charAt(i - 1);
    }

    private double leaning(long key) {
        for (int i = hash(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return leanings[i];
            }
            if (keys[i] == 0) {
                return 0;
            }
        }
    }

    private int slot(long key) {
        int i = hash(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        return i;
    }

    private int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static long key(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    /** The trigrams of {@code _word_}, as {@link #germanOverEnglish} reads them. */
    static List<String> of(String word) {
        List<String> trigrams = new ArrayList<>(word.length());
        for (int p = 0; p + 3 <= word.length() + 2; p++) {
            trigrams.add(new String(new char[] {at(word, p), at(word, p + 1), at(word, p + 2)}));
        }
        return trigrams;
    }
}
