package org.agora.moderation.checks.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/**
 * A contribution that repeats one of its author's recent ones: the same text posted again (often
 * spam, sometimes a double click). Similarity is the Jaccard index of the character 5-grams of the
 * normalised texts, so small edits, case, punctuation and markup do not hide a repeat. Very short
 * texts ("Danke!", "+1") are never duplicates.
 */
public class OwnDuplicates implements Rule {

    static final int MIN_CHARS = 20;
    private static final int N = 5;

    private final double threshold;
    private final Action action;

    public OwnDuplicates(double threshold, Action action) {
        this.threshold = threshold;
        this.action = action;
    }

    @Override
    public String name() {
        return "duplicate";
    }

    @Override
    public List<Finding> check(Submission s) {
        String text = Text.normalised(s.plain());
        if (text.length() < MIN_CHARS) {
            return List.of();
        }
        Set<String> shingles = shingles(text);
        double best = 0;
        for (String recent : s.contribution().recentTexts()) {
            String other = Text.normalised(Text.plain(recent));
            if (other.length() >= MIN_CHARS) {
                best = Math.max(best, similarity(shingles, shingles(other)));
            }
        }
        if (best >= threshold) {
            return List.of(new Finding(name(), best, action, "duplicate", List.of(percent(best))));
        }
        return List.of();
    }

    /** Jaccard similarity of the character 5-grams of two normalised texts, 0–1. */
    public static double similarity(String a, String b) {
        return similarity(shingles(Text.normalised(a)), shingles(Text.normalised(b)));
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    static Set<String> shingles(String normalised) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i + N <= normalised.length(); i++) {
            set.add(normalised.substring(i, i + N));
        }
        if (set.isEmpty() && !normalised.isEmpty()) {
            set.add(normalised);
        }
        return set;
    }

    private static String percent(double similarity) {
        return Long.toString(Math.round(similarity * 100));
    }
}
