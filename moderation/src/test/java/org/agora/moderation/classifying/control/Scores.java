package org.agora.moderation.classifying.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.classifying.entity.LabelledText;

/** Precision, recall, F1 and false-positive rate of scored texts at a threshold. */
record Scores(int tp, int fp, int fn, int tn) {

    static Scores at(double[] probabilities, List<LabelledText> texts, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < texts.size(); i++) {
            boolean predicted = probabilities[i] >= threshold;
            boolean actual = texts.get(i).positive();
            if (predicted && actual) tp++;
            else if (predicted) fp++;
            else if (actual) fn++;
            else tn++;
        }
        return new Scores(tp, fp, fn, tn);
    }

    static double[] score(TextClassifier classifier, List<LabelledText> texts) {
        return texts.stream().mapToDouble(t -> classifier.probability(t.text())).toArray();
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f(double beta) {
        double p = precision(), r = recall(), b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    double f1() {
        return f(1);
    }

    double fpr() {
        return fp + tn == 0 ? 0 : (double) fp / (fp + tn);
    }

    /** Macro-F1 over both classes, as GermEval 2018 reports it. */
    double macroF1() {
        Scores other = new Scores(tn, fn, fp, tp);
        return (f1() + other.f1()) / 2;
    }

    String row(String name, double threshold) {
        return String.format(
                Locale.ROOT,
                "%-44s %6.2f %7.1f %7.1f %7.1f %7.1f %8.1f  %5d %5d %5d %5d",
                name,
                threshold,
                100 * precision(),
                100 * recall(),
                100 * f1(),
                100 * fpr(),
                100 * macroF1(),
                tp,
                fp,
                fn,
                tn);
    }

    static String header() {
        return String.format(
                Locale.ROOT,
                "%-44s %6s %7s %7s %7s %7s %8s  %5s %5s %5s %5s",
                "method",
                "thr",
                "P %",
                "R %",
                "F1 %",
                "FPR %",
                "macroF1",
                "TP",
                "FP",
                "FN",
                "TN");
    }

    /**
     * The threshold with the best F-beta among those whose false-positive rate on the out-of-fold
     * scores stays at or below {@code maxFpr}. The false-positive rate, unlike precision, does not
     * depend on how common the class is, and the portal's customers write far fewer offensive posts
     * than the tweets of GermEval (a third offensive): it says how many ordinary posts a threshold
     * holds or flags wrongly.
     */
    static double threshold(double[] probabilities, List<LabelledText> texts, double beta, double maxFpr) {
        double best = 0.99;
        double bestF = -1;
        for (int t = 5; t < 100; t++) {
            Scores s = at(probabilities, texts, t / 100.0);
            if (s.fpr() <= maxFpr && s.f(beta) > bestF) {
                bestF = s.f(beta);
                best = t / 100.0;
            }
        }
        return best;
    }

    /** For comparison with shared tasks only: the threshold with the best macro-F1, unconstrained. */
    static double macroF1Threshold(double[] probabilities, List<LabelledText> texts) {
        double best = 0.5;
        double bestF = -1;
        for (int t = 5; t < 100; t++) {
            double f = at(probabilities, texts, t / 100.0).macroF1();
            if (f > bestF) {
                bestF = f;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** HOLD hides a customer's words: best F0.5 at no more than 1 % false positives. */
    static double holdThreshold(double[] probabilities, List<LabelledText> texts) {
        return threshold(probabilities, texts, 0.5, 0.01);
    }

    /** FLAG costs only moderator time: best F1 at no more than 5 % false positives, never above HOLD. */
    static double flagThreshold(double[] probabilities, List<LabelledText> texts) {
        return Math.min(threshold(probabilities, texts, 1, 0.05), holdThreshold(probabilities, texts));
    }

    interface Trainer {
        LinearModel train(List<LabelledText> texts);
    }

    /** Out-of-fold log-odds of {@code k}-fold cross-validation on the training texts. */
    static double[] outOfFoldLogits(List<LabelledText> texts, int k, Trainer trainer) {
        double[] out = new double[texts.size()];
        for (int fold = 0; fold < k; fold++) {
            List<LabelledText> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (i % k == fold) held.add(i);
                else train.add(texts.get(i));
            }
            LinearModel model = trainer.train(train);
            for (int i : held) {
                out[i] = model.logit(texts.get(i).text());
            }
        }
        return out;
    }

    /**
     * A model trained on all the training texts, calibrated on out-of-fold log-odds, with the
     * calibrated out-of-fold probabilities for choosing a threshold.
     */
    record Calibrated(LinearModel model, double[] outOfFold) {

        static Calibrated train(List<LabelledText> texts, Trainer trainer) {
            double[] logits = outOfFoldLogits(texts, 5, trainer);
            boolean[] labels = new boolean[texts.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = texts.get(i).positive();
            }
            double[] ab = Training.platt(logits, labels);
            double[] p = new double[logits.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = 1 / (1 + Math.exp(-(ab[0] * logits[i] + ab[1])));
            }
            return new Calibrated(trainer.train(texts).calibrated(ab[0], ab[1]), p);
        }
    }
}
