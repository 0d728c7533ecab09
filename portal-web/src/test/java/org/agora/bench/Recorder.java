package org.agora.bench;

import java.util.Arrays;

/** What one generator thread saw: the latencies that ended inside the window, the wrong answers, the bytes. */
final class Recorder {

    private final long start;
    private final long end;
    long[] latencies = new long[4096];
    int recorded;
    long errors;
    long bytes;
    String firstError;

    Recorder(long start, long end) {
        this.start = start;
        this.end = end;
    }

    /** An answer that ended at {@code now}; counted only inside the window. */
    void answered(long sent, long now, int answerBytes) {
        if (now >= start && now < end) {
            if (recorded == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[recorded++] = now - sent;
            bytes += answerBytes;
        }
    }

    /** A wrong answer or a failed request, in the warm-up too: never acceptable. */
    void failed(String why) {
        errors++;
        if (firstError == null) {
            firstError = why;
        }
    }
}
