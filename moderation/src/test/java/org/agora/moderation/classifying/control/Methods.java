package org.agora.moderation.classifying.control;

import java.util.List;
import org.agora.moderation.classifying.entity.LabelledText;

/** The methods compared, with the settings chosen by cross-validation on training data only. */
final class Methods {

    static final double NB_ALPHA = 0.5;
    static final int LR_EPOCHS = 20;
    static final double LR_LAMBDA = 1e-6;
    static final long LR_SEED = 1;

    private Methods() {}

    static LinearModel naiveBayes(List<LabelledText> texts) {
        return Training.naiveBayes(texts, NB_ALPHA);
    }

    static LinearModel logisticRegression(List<LabelledText> texts) {
        return Training.logisticRegression(texts, LR_EPOCHS, LR_LAMBDA, LR_SEED);
    }
}
