package org.agora.moderation.classifying.control;

/**
 * The classifiers the checks use, loaded once from the files shipped in this package (see the
 * package-info for how they were chosen and derived, and their licences).
 */
public final class Models {

    private Models() {}

    /** Offensive language in German: naive Bayes on GermEval 2018 training data. */
    public static TextClassifier offensiveGerman() {
        return Holder.OFFENSIVE_DE;
    }

    /** Our own German list of insults and profanity. */
    public static TextClassifier offensiveGermanLexicon() {
        return Holder.OFFENSIVE_DE_LEXICON;
    }

    /** Our own English list; there is no labelled English data to train a model on. */
    public static TextClassifier offensiveEnglishLexicon() {
        return Holder.OFFENSIVE_EN_LEXICON;
    }

    /** Spam: logistic regression on the SMS Spam Collection (English); used for every language. */
    public static TextClassifier spam() {
        return Holder.SPAM;
    }

    /** Our own German and English spam phrases. */
    public static TextClassifier spamLexicon() {
        return Holder.SPAM_LEXICON;
    }

    private static final class Holder {
        static final TextClassifier OFFENSIVE_DE = LinearModel.named("offensive-de.model");
        static final TextClassifier OFFENSIVE_DE_LEXICON = Lexicon.named("offensive-de.lexicon");
        static final TextClassifier OFFENSIVE_EN_LEXICON = Lexicon.named("offensive-en.lexicon");
        static final TextClassifier SPAM = LinearModel.named("spam.model");
        static final TextClassifier SPAM_LEXICON = Lexicon.named("spam.lexicon");
    }
}
