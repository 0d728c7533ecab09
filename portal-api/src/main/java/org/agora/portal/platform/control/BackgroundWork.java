package org.agora.portal.platform.control;

/**
 * A piece of background work the {@link Workers} run every interval and whenever a change is
 * committed. Each run does one bounded batch in its own transaction and must be safe to run on
 * several nodes at once (row locks with {@code skip locked}).
 */
public interface BackgroundWork {

    /** Does one batch; returns how many items it handled, 0 when there was nothing to do. */
    int runBatch();
}
