package org.agora.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A fixed number of clients, each starting its next call as soon as the previous one returned (a
 * closed loop, as wrk runs), measured after a warm-up. Every latency that ends inside the window
 * is kept, so the percentiles are exact rather than read from histogram buckets. This blocking
 * form, one thread per client, drives the raw JDBC upserts; HTTP goes through {@link HttpLoad},
 * which is far cheaper per request.
 */
final class ClosedLoop {

    /** One client's work: performs one call, blocking, and says whether the result was right. */
    interface Client extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {}
    }

    private ClosedLoop() {}

    static Measurement run(
            String name, int connections, IntFunction<Client> clients, Duration warmup, Duration window, CpuMeter cpu)
            throws InterruptedException {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + window.toNanos();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Client client = clients.apply(i);
            Recorder recorder = new Recorder(start, end);
            recorders.add(recorder);
            Thread thread = new Thread(() -> loop(client, recorder, end), name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        return measure(name, connections, window, start, end, cpu, threads, recorders);
    }

    /** Samples the CPU at the window's edges, waits for the generator threads and collects what they recorded. */
    static Measurement measure(
            String name,
            int connections,
            Duration window,
            long start,
            long end,
            CpuMeter cpu,
            List<Thread> threads,
            List<Recorder> recorders)
            throws InterruptedException {
        sleepUntil(start);
        CpuMeter.Sample before = cpu.sample();
        sleepUntil(end);
        CpuMeter.Sample after = cpu.sample();
        for (Thread thread : threads) {
            thread.join();
        }
        int count = recorders.stream().mapToInt(r -> r.recorded).sum();
        long[] latencies = new long[count];
        int at = 0;
        long errors = 0;
        long bytes = 0;
        String firstError = null;
        for (Recorder recorder : recorders) {
            System.arraycopy(recorder.latencies, 0, latencies, at, recorder.recorded);
            at += recorder.recorded;
            errors += recorder.errors;
            bytes += recorder.bytes;
            if (firstError == null) {
                firstError = recorder.firstError;
            }
        }
        Arrays.sort(latencies);
        return new Measurement(
                name,
                connections,
                window,
                latencies,
                errors,
                count == 0 ? 0 : bytes / count,
                firstError,
                before.until(after));
    }

    private static void loop(Client client, Recorder recorder, long end) {
        try (client) {
            for (long now = System.nanoTime(); now < end; ) {
                long sent = now;
                try {
                    boolean right = client.call();
                    now = System.nanoTime();
                    if (right) {
                        recorder.answered(sent, now, 0);
                    } else {
                        recorder.failed("wrong result");
                    }
                } catch (Exception e) {
                    recorder.failed(e.toString());
                    Thread.sleep(10); // a failing client must not spin and steal the CPU the others measure with
                    now = System.nanoTime();
                }
            }
        } catch (Exception e) {
            recorder.failed("closing: " + e);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, wait / 1_000_000));
        }
    }
}
