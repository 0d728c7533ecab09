package org.agora.moderation.limits.entity;

import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.entity.Reasons;

/**
 * Whether a member may submit now; if not, after how many seconds (the caller answers 429 with
 * {@code Retry-After}) and why.
 *
 * @param allowed may submit now
 * @param retryAfterSeconds when not allowed: seconds until the submission would be allowed; else 0
 * @param reasonCode {@code rate.interval}, {@code rate.first-day}, {@code rate.per-day}; {@code null}
 *     when allowed
 * @param params the limit that applies, for the reason text
 */
public record RateDecision(boolean allowed, long retryAfterSeconds, String reasonCode, List<String> params) {

    public static final RateDecision ALLOWED = new RateDecision(true, 0, null, List.of());

    public RateDecision {
        params = params == null ? List.of() : List.copyOf(params);
    }

    public static RateDecision retryAfter(long seconds, String reasonCode, int limit) {
        return new RateDecision(false, Math.max(1, seconds), reasonCode, List.of(Integer.toString(limit)));
    }

    /** Why not, in the reader's language; empty when allowed. */
    public String reason(Locale locale) {
        return allowed ? "" : Reasons.text(reasonCode, params, locale);
    }
}
