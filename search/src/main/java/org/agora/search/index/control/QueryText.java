package org.agora.search.index.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, parsed into words, "phrases", -exclusions and OR groups. Total: every string
 * parses (unbalanced quotes close at the end, a lone "-" or "OR" is ignored), nothing throws, and
 * the result is bounded ({@value #MAX_PARTS} parts).
 *
 * <p>Grammar: {@code query := item*; item := ['-'] (word | '"' text '"'); a OR b} joins the items
 * on both sides into one group of alternatives. Lucene's own syntax characters ({@code + ! ( ) : ^ [
 * ] { } ~ * ? \ / &&}) carry no meaning here: they are treated like any punctuation, which the
 * analysis drops.
 *
 * @param groups what a hit should contain: each group is satisfied by any of its parts
 * @param excluded what a hit must not contain
 */
public record QueryText(List<List<Part>> groups, List<Part> excluded) {

    static final int MAX_PARTS = 16;

    /** A word or a phrase as typed (analysis comes later). */
    public record Part(String text, boolean phrase) {}

    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    public static QueryText parse(String input) {
        List<List<Part>> groups = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        if (input == null) {
            return new QueryText(groups, excluded);
        }
        String s = input.length() > 500 ? input.substring(0, 500) : input;
        int i = 0;
        int n = s.length();
        boolean joinNext = false;
        int parts = 0;
        while (i < n && parts < MAX_PARTS) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negate = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negate = true;
                i++;
                c = s.charAt(i);
            }
            Part part;
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                part = new Part(s.substring(i + 1, end).strip(), true);
                i = close < 0 ? n : close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') {
                    i++;
                }
                String word = s.substring(start, i);
                if (!negate && (word.equals("OR") || word.equals("||"))) {
                    joinNext = !groups.isEmpty();
                    continue;
                }
                part = new Part(word, false);
            }
            if (part.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            parts++;
            if (negate) {
                excluded.add(part);
                joinNext = false;
            } else if (joinNext) {
                groups.get(groups.size() - 1).add(part);
                joinNext = false;
            } else {
                List<Part> group = new ArrayList<>(2);
                group.add(part);
                groups.add(group);
            }
        }
        return new QueryText(groups, excluded);
    }
}
