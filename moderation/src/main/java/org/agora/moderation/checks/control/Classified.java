package org.agora.moderation.checks.control;

import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.classifying.control.TextClassifier;

/**
 * A rule that asks a trained model (offensive language, spam) how likely a contribution belongs
 * to its class, and a lexicon of our own whether it contains a listed phrase. From the flag
 * threshold, or on a lexicon hit, the contribution stays public and a moderator looks at it; from
 * the higher hold threshold it is held. Two steps because a classifier sure enough to hide a
 * customer's words is right about few of them (see the classifying package for the figures).
 * Contributions known to be English go to the English detector, all others to the German one.
 */
public class Classified implements Rule {

    /** A model (or {@code null} where there is none for the language) and a lexicon. */
    public record Detector(TextClassifier model, TextClassifier lexicon) {}

    private final String name;
    private final Detector german;
    private final Detector english;
    private final double flagFrom;
    private final double holdFrom;
    private final int holdBelowTrust;

    public Classified(String name, Detector german, Detector english, double flagFrom, double holdFrom) {
        this(name, german, english, flagFrom, holdFrom, 5);
    }

    /** Authors at or above {@code holdBelowTrust} are flagged at most, never held. */
    public Classified(
            String name, Detector german, Detector english, double flagFrom, double holdFrom, int holdBelowTrust) {
        this.name = name;
        this.german = german;
        this.english = english;
        this.flagFrom = flagFrom;
        this.holdFrom = holdFrom;
        this.holdBelowTrust = holdBelowTrust;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Finding> check(Submission s) {
        Detector detector = "en".equals(s.contribution().language()) ? english : german;
        double p = detector.model() == null ? 0 : detector.model().probability(s.plain());
        boolean listed = detector.lexicon() != null && detector.lexicon().probability(s.plain()) > 0;
        boolean holds = p >= holdFrom && s.contribution().authorTrustLevel() < holdBelowTrust;
        Action action = holds ? Action.HOLD : p >= holdFrom || p >= flagFrom || listed ? Action.FLAG : Action.PUBLISH;
        if (action == Action.PUBLISH) {
            return List.of();
        }
        double score = listed ? Math.max(p, flagFrom) : p;
        return List.of(
                new Finding(name, score, action, name, List.of(String.format(Locale.ROOT, "%.0f", score * 100))));
    }
}
