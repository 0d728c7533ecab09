package org.agora.moderation.classifying.control;

/** Says how likely a plain text belongs to one class (offensive, spam). Thread-safe. */
public interface TextClassifier {

    /** 0–1; comparable with a threshold, not necessarily a calibrated probability. */
    double probability(String text);
}
