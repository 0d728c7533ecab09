package org.agora.portal.platform.control;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a round of background work on one thread at a time. A round asked for while one runs is not
 * lost and not run beside it: the running one goes again. Nudges while one is already pending are
 * dropped, so a burst of commits costs one extra round.
 */
public final class Rounds {

    private final Runnable round;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    public Rounds(Runnable round) {
        this.round = round;
    }

    /** Runs rounds until no more were asked for, or leaves that to the thread already running them. */
    public void run() {
        if (!running.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                round.run();
            } while (again.get());
        } finally {
            running.unlock();
        }
    }

    /** Asks for a round on the executor, unless one is pending anyway. */
    public void nudge(Executor executor) {
        if (!again.getAndSet(true)) {
            executor.execute(this::run);
        }
    }
}
