package org.agora.moderation.classifying.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.agora.moderation.classifying.entity.LabelledText;

/** Trains linear models on labelled texts: multinomial naive Bayes and logistic regression. */
public final class Training {

    private Training() {}

    /**
     * Multinomial naive Bayes on binary features with additive smoothing {@code alpha}: each weight
     * is the log ratio of the feature's smoothed share among positive and negative features.
     */
    public static LinearModel naiveBayes(List<LabelledText> texts, double alpha) {
        double[] pos = new double[Features.SIZE];
        double[] neg = new double[Features.SIZE];
        double posTotal = 0;
        double negTotal = 0;
        int posDocs = 0;
        for (LabelledText t : texts) {
            int[] f = Features.of(t.text());
            double[] counts = t.positive() ? pos : neg;
            for (int i : f) {
                counts[i]++;
            }
            if (t.positive()) {
                posTotal += f.length;
                posDocs++;
            } else {
                negTotal += f.length;
            }
        }
        int seen = 0;
        for (int i = 0; i < Features.SIZE; i++) {
            if (pos[i] + neg[i] > 0) {
                seen++;
            }
        }
        float[] w = new float[Features.SIZE];
        for (int i = 0; i < Features.SIZE; i++) {
            if (pos[i] + neg[i] > 0) {
                w[i] = (float) (Math.log((pos[i] + alpha) / (posTotal + alpha * seen))
                        - Math.log((neg[i] + alpha) / (negTotal + alpha * seen)));
            }
        }
        int negDocs = texts.size() - posDocs;
        double bias = Math.log((posDocs + 1.0) / (negDocs + 1.0));
        return new LinearModel(bias, w, false);
    }

    /**
     * Logistic regression by stochastic gradient descent on length-normalised binary features,
     * with L2 regularisation {@code lambda}; deterministic for a seed.
     */
    public static LinearModel logisticRegression(List<LabelledText> texts, int epochs, double lambda, long seed) {
        List<int[]> features = new ArrayList<>(texts.size());
        for (LabelledText t : texts) {
            features.add(Features.of(t.text()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        float[] w = new float[Features.SIZE];
        double bias = 0;
        Random random = new Random(seed);
        double decay = 1;
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int[] f = features.get(i);
                double scale = f.length == 0 ? 1 : 1 / Math.sqrt(f.length);
                double rate = 0.5 / (1 + step++ * 1e-5);
                double sum = 0;
                for (int j : f) {
                    sum += w[j];
                }
                double z = bias + scale * sum * decay;
                double p = 1 / (1 + Math.exp(-z));
                double g = (texts.get(i).positive() ? 1 : 0) - p;
                decay *= 1 - rate * lambda;
                double update = rate * g * scale / decay;
                for (int j : f) {
                    w[j] += (float) update;
                }
                bias += rate * g * 0.1;
                if (decay < 1e-6) {
                    for (int j = 0; j < w.length; j++) {
                        w[j] *= (float) decay;
                    }
                    decay = 1;
                }
            }
        }
        for (int j = 0; j < w.length; j++) {
            w[j] *= (float) decay;
        }
        return new LinearModel(bias, w, true);
    }

    /**
     * Platt scaling: the {@code a, b} for which {@code sigmoid(a · logit + b)} best predicts the
     * labels (log loss, Newton's method), fitted on out-of-fold log-odds so the probabilities the
     * model reports mean what they say and a configured threshold such as 0.8 is meaningful. Naive
     * Bayes needs it most: its raw probabilities are nearly always 0 or 1.
     */
    public static double[] platt(double[] logits, boolean[] labels) {
        double mean = 0;
        for (double l : logits) {
            mean += l / logits.length;
        }
        double var = 0;
        for (double l : logits) {
            var += (l - mean) * (l - mean) / logits.length;
        }
        double sd = var > 0 ? Math.sqrt(var) : 1;
        double[] x = new double[logits.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = logits[i] / sd;
        }
        double a = 1;
        double b = 0;
        double loss = logLoss(x, labels, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            for (int i = 0; i < x.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * x[i] + b)));
                double d = p - (labels[i] ? 1 : 0);
                double v = p * (1 - p);
                ga += d * x[i];
                gb += d;
                haa += v * x[i] * x[i];
                hab += v * x[i];
                hbb += v;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = logLoss(x, labels, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = logLoss(x, labels, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-10;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new double[] {a / sd, b};
    }

    private static double logLoss(double[] x, boolean[] labels, double a, double b) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            // log(1 + e^-z) for positives, log(1 + e^z) for negatives, computed without overflow
            double m = labels[i] ? -z : z;
            loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
        }
        return loss;
    }
}
