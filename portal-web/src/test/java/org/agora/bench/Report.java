package org.agora.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results table, the ratios to the ceiling and the bars of the issue: reads reach 0.6 of the
 * ceiling's throughput at the most connections measured (64) and keep p99 within twice the
 * ceiling's at the fewest (8); vote toggles reach 0.5 of the ceiling at every connection count, with
 * exact counts. The raw JDBC upsert rate stands beside the votes.
 */
final class Report {

    static final String HEADER = header("p99");

    /** The table's head, its upper percentile column named {@code upper} ("p99", "p95"). */
    static String header(String upper) {
        return String.format(
                        Locale.ROOT,
                        "%-32s %5s %9s %8s %8s %6s %7s %19s %14s%n",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "CPU ms per request",
                        "CPU cores")
                + String.format(
                        Locale.ROOT,
                        "%-32s %5s %9s %8s %8s %6s %7s %9s %9s %7s %6s",
                        "measured",
                        "conns",
                        "req/s",
                        "p50 ms",
                        upper + " ms",
                        "errors",
                        "bytes",
                        "payara",
                        "postgres",
                        "client",
                        "other");
    }

    /**
     * An endpoint of the portal next to the ceiling answering with the same size, at one
     * connection count, with the statements PostgreSQL was found running meanwhile.
     */
    record Pair(String endpoint, Measurement portal, Measurement ceiling, List<DbActivity.Share> db) {
        double throughputRatio() {
            return portal.throughput() / ceiling.throughput();
        }

        double p99Ratio() {
            return portal.p99() / ceiling.p99();
        }
    }

    record Bar(String text, boolean pass) {}

    private final List<Pair> pairs = new ArrayList<>();
    private final List<Measurement> raw = new ArrayList<>();

    void add(Pair pair) {
        pairs.add(pair);
    }

    void addRaw(Measurement measurement) {
        raw.add(measurement);
    }

    /** Wrong answers and failed requests of all measurements, warm-ups included. */
    long errors() {
        return Stream.concat(pairs.stream().flatMap(p -> Stream.of(p.portal(), p.ceiling())), raw.stream())
                .mapToLong(Measurement::errors)
                .sum();
    }

    /** More than this many cores busy with other work during a measurement make it unreliable. */
    static final double BUSY_MACHINE = 0.25;

    static String row(Measurement m) {
        return row(m, 0.99);
    }

    /** One measurement, its upper percentile at {@code upper} (0.99, 0.95). */
    static String row(Measurement m, double upper) {
        CpuMeter.Usage cpu = m.cpu();
        double requests = Math.max(1, m.latencies().length);
        double other = cpu.cores(cpu.other());
        return String.format(
                Locale.ROOT,
                "%-32s %5d %9.1f %8.2f %8.2f %6d %7d %9.3f %9.3f %7.2f %6.2f%s",
                m.name(),
                m.connections(),
                m.throughput(),
                m.p50(),
                m.percentileMillis(upper),
                m.errors(),
                m.meanBytes(),
                cpu.payara().toNanos() / 1e6 / requests,
                cpu.postgres().toNanos() / 1e6 / requests,
                cpu.cores(cpu.client()),
                other,
                other > BUSY_MACHINE ? " *" : "");
    }

    /**
     * The statements PostgreSQL was found running most often at the most connections, each with
     * the average number of backends running it, and the plan of each endpoint's first.
     */
    List<String> database(String jdbcUrl) {
        List<String> lines = new ArrayList<>();
        int most = pairs.stream().mapToInt(p -> p.portal().connections()).max().orElse(0);
        for (Pair pair : pairs) {
            if (pair.portal().connections() != most || pair.db().isEmpty()) {
                continue;
            }
            lines.add(pair.endpoint() + " at " + most + " connections — busy backends by statement:");
            for (DbActivity.Share share : pair.db()) {
                // long column lists say nothing about the cost: "select … from"
                String statement = share.statement().replaceFirst("(?is)^select (.{40,}?) from ", "SELECT … FROM ");
                lines.add(String.format(
                        Locale.ROOT,
                        "  %5.2f  %s",
                        share.fraction(),
                        statement.length() > 240 ? statement.substring(0, 240) + " …" : statement));
            }
            String first = pair.db().get(0).statement();
            if (!first.toLowerCase(Locale.ROOT).startsWith("commit")) {
                lines.add("  plan of the first:");
                DbActivity.explain(jdbcUrl, first).forEach(line -> lines.add("    " + line));
            }
        }
        return lines;
    }

    List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Pair pair : pairs) {
            lines.add(row(pair.portal()));
            lines.add(row(pair.ceiling()));
            lines.add(String.format(
                    Locale.ROOT,
                    "  -> %.2f of the ceiling's throughput, p50 %.2f x, p99 %.2f x the ceiling's",
                    pair.throughputRatio(),
                    pair.portal().p50() / pair.ceiling().p50(),
                    pair.p99Ratio()));
        }
        for (Measurement m : raw) {
            lines.add(row(m));
        }
        if (Stream.concat(pairs.stream().flatMap(p -> Stream.of(p.portal(), p.ceiling())), raw.stream())
                .anyMatch(m -> m.cpu().cores(m.cpu().other()) > BUSY_MACHINE)) {
            lines.add(String.format(
                    Locale.ROOT,
                    "* more than %.2f cores busy with other work on this machine meanwhile: figures unreliable,"
                            + " run again on a quiet machine",
                    BUSY_MACHINE));
        }
        return lines;
    }

    List<Bar> bars(Audit audit) {
        List<Bar> bars = new ArrayList<>();
        int fewest =
                pairs.stream().mapToInt(p -> p.portal().connections()).min().orElse(0);
        int most = pairs.stream().mapToInt(p -> p.portal().connections()).max().orElse(0);
        for (String read : List.of(Benchmark.TOP, Benchmark.DETAIL)) {
            find(read, most)
                    .ifPresent(p -> bars.add(new Bar(
                            String.format(
                                    Locale.ROOT,
                                    "%-24s %3d conns: throughput %.2f of the ceiling (bar >= 0.60)%s",
                                    read,
                                    most,
                                    p.throughputRatio(),
                                    errors(p)),
                            p.throughputRatio() >= 0.6 && clean(p))));
            find(read, fewest)
                    .ifPresent(p -> bars.add(new Bar(
                            String.format(
                                    Locale.ROOT,
                                    "%-24s %3d conns: p99 %.2f ms = %.2f x the ceiling's %.2f ms (bar <= 2.00)%s",
                                    read,
                                    fewest,
                                    p.portal().p99(),
                                    p.p99Ratio(),
                                    p.ceiling().p99(),
                                    errors(p)),
                            p.p99Ratio() <= 2.0 && clean(p))));
        }
        pairs.stream()
                .filter(p -> p.endpoint().equals(Benchmark.VOTE))
                .sorted(Comparator.comparingInt(p -> p.portal().connections()))
                .forEach(p -> bars.add(new Bar(
                        String.format(
                                Locale.ROOT,
                                "%-24s %3d conns: throughput %.2f of the ceiling (bar >= 0.50)%s%s",
                                Benchmark.VOTE,
                                p.portal().connections(),
                                p.throughputRatio(),
                                rawBeside(p.portal()),
                                errors(p)),
                        p.throughputRatio() >= 0.5 && clean(p) && audit.exact())));
        bars.add(new Bar("vote counts exact: " + audit.describe(), audit.exact()));
        return bars;
    }

    private String rawBeside(Measurement votes) {
        return raw.stream()
                .filter(r -> r.connections() == votes.connections())
                .findFirst()
                .map(r -> String.format(
                        Locale.ROOT,
                        "; raw JDBC upsert %.0f/s, the portal's toggles %.2f of it",
                        r.throughput(),
                        votes.throughput() / r.throughput()))
                .orElse("");
    }

    private Optional<Pair> find(String endpoint, int connections) {
        return pairs.stream()
                .filter(p -> p.endpoint().equals(endpoint) && p.portal().connections() == connections)
                .findFirst();
    }

    private static boolean clean(Pair pair) {
        return pair.portal().errors() == 0 && pair.ceiling().errors() == 0;
    }

    private static String errors(Pair pair) {
        if (clean(pair)) {
            return "";
        }
        String first = pair.portal().firstError() != null
                ? pair.portal().firstError()
                : pair.ceiling().firstError();
        return " — errors: " + (pair.portal().errors() + pair.ceiling().errors()) + ", first: " + first;
    }
}
