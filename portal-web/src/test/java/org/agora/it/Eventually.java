package org.agora.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for asynchronous work (notifications, mails) by its outcome, with a deadline; never by sleeping a guess. */
final class Eventually {

    private Eventually() {}

    static <T> T await(String what, Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(limit);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + limit + ": " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
