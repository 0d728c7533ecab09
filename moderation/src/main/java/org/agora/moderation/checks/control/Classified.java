package org.agora.moderation.checks.control;

import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.classifying.control.TextClassifier;

/**
 * A rule that asks a text classifier (offensive language, spam) how likely a contribution belongs
 * to its class, and acts from a threshold. The German model reads German text; contributions known
 * to be English go to the English classifier.
 */
public class Classified implements Rule {

    private final String name;
    private final TextClassifier german;
    private final TextClassifier english;
    private final double threshold;
    private final Action action;

    public Classified(String name, TextClassifier german, TextClassifier english, double threshold, Action action) {
        this.name = name;
        this.german = german;
        this.english = english;
        this.threshold = threshold;
        this.action = action;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Finding> check(Submission s) {
        TextClassifier classifier = "en".equals(s.contribution().language()) ? english : german;
        double p = classifier.probability(s.plain());
        if (p >= threshold) {
            return List.of(new Finding(name, p, action, name, List.of(String.format(Locale.ROOT, "%.0f", p * 100))));
        }
        return List.of();
    }
}
