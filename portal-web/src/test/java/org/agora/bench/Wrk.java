package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk}, only to compare load generators (-Dbench.compareGenerators=true): the same
 * static GET at the same connection counts, with the CPU wrk itself used (from the shell's
 * {@code times}). The benchmark proper uses {@link ClosedLoop}.
 */
final class Wrk {

    record Result(int connections, double throughput, double p50, double p99, Duration cpu, long requests) {
        double microsPerRequest() {
            return cpu.toNanos() / 1e3 / requests;
        }
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s");

    private Wrk() {}

    static Optional<Path> find() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "wrk"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static void warm(Path wrk, String url, int connections, Duration warmup) {
        exec(wrk, url, connections, warmup);
    }

    static Result run(Path wrk, String url, int connections, Duration duration) {
        String out = exec(wrk, url, connections, duration);
        Matcher rate = RATE.matcher(out);
        Matcher total = TOTAL.matcher(out);
        if (!rate.find() || !total.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        // the shell's `times`: its own user and system time, then its children's (wrk's)
        Matcher times = TIMES.matcher(out);
        Duration cpu = Duration.ZERO;
        while (times.find()) {
            cpu = minutes(times.group(1), times.group(2)).plus(minutes(times.group(3), times.group(4)));
        }
        return new Result(
                connections,
                Double.parseDouble(rate.group(1)),
                percentile(out, "50%"),
                percentile(out, "99%"),
                cpu,
                Long.parseLong(total.group(1)));
    }

    private static String exec(Path wrk, String url, int connections, Duration duration) {
        String command = "%s -t2 -c%d -d%ds --latency '%s'; times"
                .formatted(wrk, connections, Math.max(1, duration.toSeconds()), url);
        try {
            Process process = new ProcessBuilder("bash", "-c", command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\b")
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1_000;
            case "ms" -> value;
            case "s" -> value * 1_000;
            default -> value * 60_000;
        };
    }

    private static Duration minutes(String minutes, String seconds) {
        return Duration.ofNanos((long) ((Long.parseLong(minutes) * 60 + Double.parseDouble(seconds)) * 1e9));
    }
}
