package org.agora.moderation.classifying.control;

/** The classifiers the checks use, loaded once from the files shipped in this package. */
public final class Models {

    private Models() {}

    /** Offensive language in German. */
    public static TextClassifier offensiveGerman() {
        return Holder.OFFENSIVE_DE;
    }

    /** Offensive language in English: a lexicon (no labelled English data to train on). */
    public static TextClassifier offensiveEnglish() {
        return Holder.OFFENSIVE_EN;
    }

    /** Spam, trained on English SMS and YouTube comments; used for every language. */
    public static TextClassifier spam() {
        return Holder.SPAM;
    }

    private static final class Holder {
        static final TextClassifier OFFENSIVE_DE = Lexicon.named("offensive-de.lexicon");
        static final TextClassifier OFFENSIVE_EN = Lexicon.named("offensive-en.lexicon");
        static final TextClassifier SPAM = Lexicon.named("spam.lexicon");
    }
}
