package org.agora.moderation.classifying.control;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model over hashed features ({@link Features}): {@code sigmoid(bias + scale · Σ w[f])}
 * with {@code scale} 1 for naive Bayes (the weights are log-likelihood ratios) and
 * {@code 1/sqrt(n)} for logistic regression (trained on length-normalised vectors). Immutable and
 * thread-safe. Stored as gzip'd 16-bit weights, about half a megabyte at most.
 */
public final class LinearModel implements TextClassifier {

    private static final int MAGIC = 0x41474c4d; // "AGLM"

    private final double bias;
    private final float[] weights;
    private final boolean normalised;

    public LinearModel(double bias, float[] weights, boolean normalised) {
        if (weights.length != Features.SIZE) {
            throw new IllegalArgumentException("weights must have " + Features.SIZE + " entries");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.normalised = normalised;
    }

    @Override
    public double probability(String text) {
        return 1 / (1 + Math.exp(-score(Features.of(text))));
    }

    /** The model's log-odds for a text, before the sigmoid. */
    public double logit(String text) {
        return score(Features.of(text));
    }

    /** The same model with its log-odds mapped to {@code a · logit + b} (Platt scaling). */
    public LinearModel calibrated(double a, double b) {
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (a * weights[i]);
        }
        return new LinearModel(a * bias + b, w, normalised);
    }

    double score(int[] features) {
        double sum = 0;
        for (int f : features) {
            sum += weights[f];
        }
        double scale = normalised && features.length > 0 ? 1 / Math.sqrt(features.length) : 1;
        return bias + scale * sum;
    }

    public void write(OutputStream out) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float step = max == 0 ? 1 : max / Short.MAX_VALUE;
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(Features.BITS);
        data.writeBoolean(normalised);
        data.writeDouble(bias);
        data.writeFloat(step);
        for (float w : weights) {
            data.writeShort(Math.round(w / step));
        }
        data.flush();
        gzip.finish();
    }

    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != Features.BITS) {
            throw new IOException("not a model of this version");
        }
        boolean normalised = data.readBoolean();
        double bias = data.readDouble();
        float step = data.readFloat();
        float[] weights = new float[Features.SIZE];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readShort() * step;
        }
        return new LinearModel(bias, weights, normalised);
    }

    /** A model shipped beside this class. */
    public static LinearModel named(String resource) {
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no model " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
