package org.agora.search.index.entity;

/**
 * How text relevance is blended with votes and recency. The final score of a hit is
 *
 * <pre>
 *   text × (1 + votes · ln(1 + votes)) × (1 + recency · 2^(−age / halfLife))
 * </pre>
 *
 * where {@code text} is Lucene's BM25 score, {@code age} the time since the post last changed.
 * With both weights 0 the order is text relevance alone.
 *
 * @param votes weight of the logarithm of the vote count
 * @param recency extra weight of a post changed just now, halving every {@code halfLifeDays}
 * @param halfLifeDays half-life of recency in days
 */
public record Ranking(double votes, double recency, double halfLifeDays) {

    /**
     * Chosen by judgment, not measured (the judged data has no votes or dates): 100 votes multiply
     * the text score by about 1.46, a post changed today by 1.2, one changed a month ago by 1.1.
     * Votes nudge the order of similar matches; they do not lift a weak match over a strong one.
     */
    public static final Ranking DEFAULT = new Ranking(0.1, 0.2, 30);

    public static final Ranking TEXT_ONLY = new Ranking(0, 0, 30);

    public Ranking {
        if (!(votes >= 0) || !(recency >= 0) || !(halfLifeDays > 0)) {
            throw new IllegalArgumentException("weights must be >= 0 and the half-life > 0");
        }
    }
}
