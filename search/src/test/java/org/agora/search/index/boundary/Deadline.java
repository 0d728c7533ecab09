package org.agora.search.index.boundary;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition without sleeping a fixed time. */
final class Deadline {

    private Deadline() {}

    /** How long it took until the condition held; fails after {@code limit}. */
    static Duration await(Duration limit, BooleanSupplier condition) {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition did not hold within " + limit);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
