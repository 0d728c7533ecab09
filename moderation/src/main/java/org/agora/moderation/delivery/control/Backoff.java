package org.agora.moderation.delivery.control;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff with full jitter (a uniformly random
 * wait between 0 and {@code min(cap, base × 2^(attempt-1))}), so that receivers coming back are not
 * hit by every sender at once; past the maximum age (counted from {@code windowStart}) it is dead.
 */
public record Backoff(Duration base, Duration cap, Duration maxAge) {

    /** The next attempt after {@code attempts} failed ones, or {@code null} when the delivery is dead. */
    public Instant next(int attempts, Instant now, Instant windowStart, DoubleSupplier random) {
        if (!now.isBefore(windowStart.plus(maxAge))) {
            return null;
        }
        int exponent = Math.max(0, attempts - 1);
        // from 2^31 on the cap has long been reached (a base of a day stays below Long.MAX_VALUE)
        long grown = exponent > 30 ? Long.MAX_VALUE : base.toMillis() << exponent;
        long ceiling = Math.min(cap.toMillis(), grown);
        return now.plusMillis((long) (random.getAsDouble() * ceiling));
    }
}
