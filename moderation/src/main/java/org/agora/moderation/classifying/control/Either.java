package org.agora.moderation.classifying.control;

/**
 * The stronger of two classifiers' answers: a model together with a lexicon of our own, so that a
 * listed insult or spam phrase is never missed because the model has not seen it.
 */
public final class Either implements TextClassifier {

    private final TextClassifier first;
    private final TextClassifier second;

    public Either(TextClassifier first, TextClassifier second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public double probability(String text) {
        return Math.max(first.probability(text), second.probability(text));
    }
}
