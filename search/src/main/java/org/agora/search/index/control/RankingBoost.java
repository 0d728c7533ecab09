package org.agora.search.index.control;

import java.io.IOException;
import java.util.Objects;
import org.agora.search.index.entity.Ranking;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The factor by which votes and recency multiply text relevance (see {@link Ranking}):
 * {@code (1 + w_votes·ln(1 + votes)) × (1 + w_recency·2^(−ageDays / halfLifeDays))}. Never below 1,
 * so it reorders near-equal text matches without letting a popular post win on one weak term.
 */
public final class RankingBoost extends DoubleValuesSource {

    private static final double DAY_MILLIS = 86_400_000d;

    private final Ranking ranking;
    private final long now;

    public RankingBoost(Ranking ranking, long nowMillis) {
        this.ranking = ranking;
        this.now = nowMillis;
    }

    public static double factor(Ranking ranking, long votes, double ageDays) {
        return (1 + ranking.votes() * Math.log1p(Math.max(0, votes)))
                * (1 + ranking.recency() * Math.pow(2, -Math.max(0, ageDays) / ranking.halfLifeDays()));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues votes = DocValues.getNumeric(ctx.reader(), Fields.VOTES);
        NumericDocValues updated = DocValues.getNumeric(ctx.reader(), Fields.UPDATED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                long v = votes.advanceExact(doc) ? votes.longValue() : 0;
                long u = updated.advanceExact(doc) ? updated.longValue() : now;
                value = factor(ranking, v, (now - u) / DAY_MILLIS);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.VOTES, Fields.UPDATED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankingBoost other && other.ranking.equals(ranking) && other.now == now;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ranking, now);
    }

    @Override
    public String toString() {
        return "ranking(" + ranking + ")";
    }
}
