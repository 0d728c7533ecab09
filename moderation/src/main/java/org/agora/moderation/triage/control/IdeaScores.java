package org.agora.moderation.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.moderation.triage.entity.Vote;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An idea's score: the sum over its votes of {@code weight × 0.5^(age / half-life)}, where
 * {@code weight} is the voter's customer-segment weight (1 unless an admin set one) and
 * {@code age} the time since the vote was cast. A fresh vote of an ordinary member counts 1, one
 * a half-life old counts 0.5, so ideas that people want now rise above ideas that were popular
 * long ago. The half-life is {@code triage.score.half-life} (ISO-8601, default {@code P30D}).
 * Votes from the future (clock skew) count as fresh. Scores are rounded to three decimals.
 */
@ApplicationScoped
public class IdeaScores {

    @Inject
    @ConfigProperty(name = "triage.score.half-life", defaultValue = "P30D")
    Duration halfLife;

    public double score(List<Vote> votes, Instant now) {
        return score(votes, now, halfLife);
    }

    public static double score(List<Vote> votes, Instant now, Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the half-life must be positive: " + halfLife);
        }
        double halfLifeMillis = halfLife.toMillis();
        double sum = 0;
        for (Vote vote : votes) {
            long age = Math.max(0, Duration.between(vote.at(), now).toMillis());
            sum += vote.weight() * Math.pow(0.5, age / halfLifeMillis);
        }
        return Math.round(sum * 1000) / 1000.0;
    }

    /** Whether a score has reached a threshold; no threshold means the area has no automatic queue. */
    public static boolean crosses(double score, Double threshold) {
        return threshold != null && score >= threshold;
    }
}
