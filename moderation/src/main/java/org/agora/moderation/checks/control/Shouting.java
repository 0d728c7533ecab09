package org.agora.moderation.checks.control;

import java.util.List;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/** Mostly capital letters: shouting. Short texts and acronyms in normal text are left alone. */
public class Shouting implements Rule {

    private final int minLetters;
    private final double ratio;
    private final Action action;

    public Shouting(int minLetters, double ratio, Action action) {
        this.minLetters = minLetters;
        this.ratio = ratio;
        this.action = action;
    }

    @Override
    public String name() {
        return "shouting";
    }

    @Override
    public List<Finding> check(Submission s) {
        double upper = upperCaseRatio(s.plain(), minLetters);
        if (upper >= ratio) {
            return List.of(
                    new Finding(name(), upper, action, "shouting", List.of(Long.toString(Math.round(upper * 100)))));
        }
        return List.of();
    }

    /** Share of upper-case among cased letters, or 0 when there are fewer than {@code minLetters}. */
    static double upperCaseRatio(String text, int minLetters) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                upper++;
            } else if (Character.isLowerCase(cp)) {
                lower++;
            }
            i += Character.charCount(cp);
        }
        int letters = upper + lower;
        return letters < minLetters ? 0 : (double) upper / letters;
    }
}
