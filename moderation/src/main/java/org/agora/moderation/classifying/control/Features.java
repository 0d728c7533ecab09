package org.agora.moderation.classifying.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a text into hashed binary features: words, word pairs and character 3–5-grams within
 * words, after replacing what varies but says little by itself (URLs, @handles, numbers) with a
 * placeholder. Hashing keeps the shipped model small and fixed in size (2^18 weights) at the price
 * of rare collisions.
 */
public final class Features {

    public static final int BITS = 18;
    public static final int SIZE = 1 << BITS;

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b\\S+\\.(?:com|net|org|de|co\\.uk|ly|info|biz)(?:/\\S*)?\\b");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d ]{4,}\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Features() {}

    /** The distinct hashed feature indexes of a text, sorted. */
    public static int[] of(String text) {
        String t = text.replace("|LBR|", " ");
        int capsWords = 0;
        for (String w : SPLIT.split(t)) {
            if (w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                capsWords++;
            }
        }
        boolean exclaims = t.contains("!!");
        t = URL.matcher(t).replaceAll(" urlx ");
        t = HANDLE.matcher(t).replaceAll(" userx ");
        t = LONG_NUMBER.matcher(t).replaceAll(" longnumx ");
        t = NUMBER.matcher(t).replaceAll(" numx ");
        String[] words = SPLIT.split(t.toLowerCase(Locale.ROOT).strip());
        int[] out = new int[words.length * 12 + 4];
        int n = 0;
        String previous = "^";
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            out = ensure(out, n + 16 + w.length() * 3);
            out[n++] = index("w:" + w);
            out[n++] = index("b:" + previous + " " + w);
            previous = w;
            String padded = " " + w + " ";
            for (int len = 3; len <= 5; len++) {
                for (int i = 0; i + len <= padded.length(); i++) {
                    out[n++] = index(padded.substring(i, i + len));
                }
            }
        }
        out = ensure(out, n + 2);
        if (capsWords >= 2) {
            out[n++] = index("f:caps");
        }
        if (exclaims) {
            out[n++] = index("f:!!");
        }
        return Arrays.stream(out, 0, n).distinct().sorted().toArray();
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    static int index(String feature) {
        int h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (SIZE - 1);
    }
}
