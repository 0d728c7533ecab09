package org.agora.bench;

import java.time.Duration;

/**
 * What one closed-loop run measured: every latency of the window (sorted), the wrong answers, the
 * mean answer size and where the CPU went meanwhile.
 */
record Measurement(
        String name,
        int connections,
        Duration window,
        long[] latencies,
        long errors,
        long meanBytes,
        String firstError,
        CpuMeter.Usage cpu) {

    double throughput() {
        return latencies.length / (window.toNanos() / 1e9);
    }

    /** The latency at or below which {@code fraction} of the requests finished (nearest rank), in ms. */
    double percentileMillis(double fraction) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * latencies.length);
        return latencies[Math.max(0, Math.min(latencies.length, rank) - 1)] / 1e6;
    }

    double p50() {
        return percentileMillis(0.50);
    }

    double p99() {
        return percentileMillis(0.99);
    }

    /** The generator's CPU time per answered request, in microseconds. */
    double clientMicrosPerRequest() {
        return latencies.length == 0 ? Double.NaN : cpu.client().toNanos() / 1e3 / latencies.length;
    }
}
