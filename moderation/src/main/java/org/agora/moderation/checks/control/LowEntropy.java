package org.agora.moderation.checks.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/**
 * Keyboard mashing and repetition ("asdfasdfasdf", "hahahahaha…", "aaaaaaaaaaaaaaa"): the
 * character entropy of real German or English text is about 4 bits; text far below that, or a
 * text that is mostly one repeated letter or digit, says nothing a reader could use.
 */
public class LowEntropy implements Rule {

    private final int minChars;
    private final double minBits;
    private final int maxRepeated;
    private final Action action;

    public LowEntropy(int minChars, double minBits, int maxRepeated, Action action) {
        this.minChars = minChars;
        this.minBits = minBits;
        this.maxRepeated = maxRepeated;
        this.action = action;
    }

    @Override
    public String name() {
        return "low-entropy";
    }

    @Override
    public List<Finding> check(Submission s) {
        // letters and digits only: "It is cool!!!!!!!!" is enthusiastic, not random
        String text = s.plain().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        int length = text.codePointCount(0, text.length());
        int run = longestRun(text);
        // a long run inside real words is elongation ("Neeeeeeein"); only a text that is mostly
        // one character (three quarters or more) is junk
        if (run > maxRepeated && run * 4 >= length * 3) {
            return List.of(new Finding(name(), run, action, "repeated-chars", List.of(Integer.toString(run))));
        }
        // runs count once, so elongation does not pass for low entropy ("Yayyyyyyy good songs")
        String collapsed = text.replaceAll("(.)\\1{2,}", "$1");
        if (length >= minChars) {
            double bits = bits(collapsed);
            if (bits < minBits) {
                return List.of(new Finding(
                        name(), bits, action, "low-entropy", List.of(String.format(Locale.ROOT, "%.1f", bits))));
            }
        }
        return List.of();
    }

    /** Shannon entropy of the text's characters, in bits per character. */
    static double bits(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
        double n = counts.values().stream().mapToInt(Integer::intValue).sum();
        double h = 0;
        for (int c : counts.values()) {
            double p = c / n;
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** Longest run of one letter or digit. */
    static int longestRun(String text) {
        int best = 0;
        int run = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = cp == previous && Character.isLetterOrDigit(cp) ? run + 1 : 1;
            best = Character.isLetterOrDigit(cp) ? Math.max(best, run) : best;
            previous = cp;
            i += Character.charCount(cp);
        }
        return best;
    }
}
