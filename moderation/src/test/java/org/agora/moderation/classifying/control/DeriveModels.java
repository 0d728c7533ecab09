package org.agora.moderation.classifying.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.classifying.entity.LabelledText;

/**
 * Derives the shipped models (see the classifying package-info for the choice and the licences):
 * naive Bayes for German offensive language from the GermEval 2018 training file only, logistic
 * regression for spam from the training four fifths of the SMS Spam Collection only, so the
 * evaluation's held-out figures stay honest for the very files we ship. Prints the thresholds
 * chosen by cross-validation, which {@code CheckSettings} takes as defaults.
 *
 * <pre>
 * ./mvnw -q -pl moderation -am test-compile
 * java -cp moderation/target/classes:moderation/target/test-classes \
 *     org.agora.moderation.classifying.control.DeriveModels [-Dagora.data=...]
 * </pre>
 */
public final class DeriveModels {

    private DeriveModels() {}

    public static void main(String[] args) throws IOException {
        Path data = Corpora.folder();
        Path target =
                Corpora.projectRoot().resolve("moderation/src/main/resources/org/agora/moderation/classifying/control");
        derive("offensive-de", Corpora.germEval(Corpora.germEvalTrain(data)), Methods::naiveBayes, target);
        derive("spam", Corpora.split(Corpora.sms(data)).train(), Methods::logisticRegression, target);
    }

    private static void derive(String name, List<LabelledText> train, Scores.Trainer trainer, Path target)
            throws IOException {
        Scores.Calibrated c = Scores.Calibrated.train(train, trainer);
        Path file = target.resolve(name + ".model");
        try (OutputStream out = Files.newOutputStream(file)) {
            c.model().write(out);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d texts, flag threshold %.2f, hold threshold %.2f, %s (%,d bytes)%n",
                name,
                train.size(),
                Scores.flagThreshold(c.outOfFold(), train),
                Scores.holdThreshold(c.outOfFold(), train),
                file,
                Files.size(file));
    }
}
