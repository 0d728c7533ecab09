package org.agora.portal.platform.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The slower pace of a background job that is asked on every round of background work but only
 * works every {@code interval}: it is due once the interval has passed since it last caught up.
 */
public final class Cadence {

    private volatile Instant caughtUp = Instant.EPOCH;

    public boolean due(Instant now, Duration interval) {
        return !now.isBefore(caughtUp.plus(interval));
    }

    /** The job did all there was to do: it waits a whole interval before the next run. */
    public void caughtUp(Instant now) {
        caughtUp = now;
    }
}
