package org.agora.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.agora.it.Api;
import org.agora.it.KeycloakAdmin;

/**
 * The benchmark command ({@code ./mvnw -Pbench package -DskipTests}); see the package description
 * for what it measures and its options.
 */
public final class Benchmark {

    static final String TOP = "list top (page of 20)";
    static final String DETAIL = "post detail + comments";
    static final String VOTE = "vote toggle";
    static final String TOP_SIGNED_IN = "list top, signed in";
    static final String DETAIL_SIGNED_IN = "post detail, signed in";
    static final String CEILING = "  ceiling, same size";
    static final String RAW = "raw JDBC upsert/delete toggle";
    private static final String VOTER = "bench-voter";

    /** The options, all system properties with defaults for the full-size run. */
    record Settings(
            Dataset.Sizes sizes,
            List<Integer> connections,
            Duration warmup,
            Duration duration,
            Duration jitWarmup,
            int targets,
            boolean compareGenerators,
            boolean signedIn,
            Path dir) {

        static Settings fromSystemProperties() {
            double scale = Double.parseDouble(property("bench.scale", "1"));
            Dataset.Sizes scaled = Dataset.Sizes.scaled(scale);
            Dataset.Sizes sizes = new Dataset.Sizes(
                    Integer.parseInt(property("bench.posts", Integer.toString(scaled.posts()))),
                    Long.parseLong(property("bench.votes", Long.toString(scaled.votes()))),
                    Long.parseLong(property("bench.comments", Long.toString(scaled.comments()))),
                    Integer.parseInt(property("bench.members", Integer.toString(scaled.members()))));
            List<Integer> connections = Arrays.stream(
                            property("bench.connections", "8,64").split(","))
                    .map(String::trim)
                    .map(Integer::parseInt)
                    .sorted()
                    .distinct()
                    .toList();
            return new Settings(
                    sizes,
                    connections,
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup", "3"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.duration", "10"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.jitWarmup", "10"))),
                    Integer.parseInt(property("bench.targets", "1000")),
                    Boolean.parseBoolean(property("bench.compareGenerators", "false")),
                    Boolean.parseBoolean(property("bench.signedIn", "false")),
                    Path.of(property("bench.dir", "target/bench")).toAbsolutePath());
        }

        int most() {
            return connections.get(connections.size() - 1);
        }
    }

    private final Settings settings;
    private BenchStack stack;
    private final Report report = new Report();
    private final Map<Integer, Toggles.Ledger> ledgers = new TreeMap<>();
    private String jdbcUrl;
    private String host;
    private int port;
    private CpuMeter cpu;
    private long[] voteTargets;
    private long[] detailTargets;
    private long[] rawMemberIds;

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if ("search".equals(property("bench.suite", "core"))) {
            SearchBenchmark.main(args);
            return;
        }
        Settings settings = Settings.fromSystemProperties();
        Benchmark benchmark = new Benchmark(settings);
        boolean exact;
        try {
            exact = benchmark.run();
        } finally {
            if (benchmark.stack != null) {
                benchmark.stack.close();
            }
        }
        if (!exact) {
            throw new IllegalStateException("Wrong answers or inexact vote counts: see the report above.");
        }
    }

    private boolean run() throws Exception {
        Instant began = Instant.now();
        start();
        Dataset.Sizes sizes = settings.sizes();
        say("Seeding %,d posts, %,d votes, %,d comments (%,d members) …"
                .formatted(sizes.posts(), sizes.votes(), sizes.comments(), sizes.members()));
        Dataset.Seeded seeded = Dataset.seed(jdbcUrl, sizes, settings.most());
        rawMemberIds = seeded.rawMemberIds();
        say("Seeded in %.1f s.".formatted(seeded.millis() / 1e3));
        voteTargets = Dataset.mostVoted(jdbcUrl, settings.targets());
        detailTargets = Dataset.mostDiscussed(jdbcUrl, settings.targets());

        say("Creating %d members in Keycloak, one per connection …".formatted(settings.most()));
        KeycloakAdmin.customers(stack.keycloak.url(), VOTER, settings.most());
        for (int i = 0; i < settings.most(); i++) {
            ledgers.put(i, new Toggles.Ledger(VOTER + "-" + i));
        }

        Endpoints endpoints = sampleAndLoadCeiling();

        say("Warming up (JIT): %d s per endpoint at %d connections …"
                .formatted(settings.jitWarmup().toSeconds(), settings.most()));
        warm(() -> reads(TOP, settings.most(), endpoints.top(), Duration.ZERO, settings.jitWarmup()));
        warm(() -> reads(CEILING, settings.most(), endpoints.topCeiling(), Duration.ZERO, settings.jitWarmup()));
        warm(() -> reads(DETAIL, settings.most(), endpoints.detail(), Duration.ZERO, settings.jitWarmup()));
        warm(() -> reads(CEILING, settings.most(), endpoints.detailCeiling(), Duration.ZERO, settings.jitWarmup()));
        List<String> tokens = tokens();
        warm(() -> toggles(VOTE, settings.most(), tokens, true, Duration.ZERO, settings.jitWarmup()));
        warm(() -> toggles(CEILING, settings.most(), tokens, false, Duration.ZERO, settings.jitWarmup()));
        if (settings.compareGenerators()) {
            compareGenerators(endpoints);
        }

        say("Measuring: %d s each after %d s warm-up, at %s connections"
                .formatted(settings.duration().toSeconds(), settings.warmup().toSeconds(), settings.connections()));
        say(Report.HEADER);
        for (int connections : settings.connections()) {
            // each endpoint right after its ceiling, so that both see the same machine
            Measurement ceiling = reads(CEILING, connections, endpoints.topCeiling());
            pair(TOP, ceiling, () -> reads(TOP, connections, endpoints.top()));
            ceiling = reads(CEILING, connections, endpoints.detailCeiling());
            pair(DETAIL, ceiling, () -> reads(DETAIL, connections, endpoints.detail()));
            List<String> fresh = tokens(); // access tokens live five minutes
            ceiling = toggles(CEILING, connections, fresh, false);
            pair(VOTE, ceiling, () -> toggles(VOTE, connections, fresh, true));
            if (settings.signedIn()) {
                List<String> top = List.of("/api/posts?sort=top&limit=20");
                ceiling =
                        signedInReads(CEILING, connections, List.of(Ceiling.CONTEXT + "/top?sort=top&limit=20"), fresh);
                pair(TOP_SIGNED_IN, ceiling, () -> signedInReads(TOP_SIGNED_IN, connections, top, fresh));
                List<String> details = Arrays.stream(detailTargets)
                        .mapToObj(id -> "/api/posts/" + id + "?embed=comments")
                        .toList();
                ceiling = signedInReads(
                        CEILING,
                        connections,
                        details.stream()
                                .map(d -> Ceiling.CONTEXT + "/detail" + d.substring("/api/posts".length()))
                                .toList(),
                        fresh);
                pair(DETAIL_SIGNED_IN, ceiling, () -> signedInReads(DETAIL_SIGNED_IN, connections, details, fresh));
            }
            Measurement raw = raw(connections);
            report.addRaw(raw);
            say(Report.row(raw));
        }

        Audit audit = Audit.of(jdbcUrl, VOTER + "-", ledgers.values(), sizes.votes());
        List<Report.Bar> bars = report.bars(audit);
        List<String> summary = new ArrayList<>();
        summary.add("");
        summary.add("Results (%s; %d s per measurement after %d s warm-up; %s)"
                .formatted(
                        describe(sizes),
                        settings.duration().toSeconds(),
                        settings.warmup().toSeconds(),
                        machine(jdbcUrl)));
        summary.addAll(report.table());
        summary.add("");
        summary.add(
                "Where PostgreSQL spent its time (pg_stat_activity sampled every 20 ms while the portal was measured)");
        summary.addAll(report.database(jdbcUrl));
        summary.add("");
        summary.add("Bars");
        bars.forEach(bar -> summary.add("  " + (bar.pass() ? "PASS  " : "FAIL  ") + bar.text()));
        long failed = bars.stream().filter(b -> !b.pass()).count();
        summary.add(failed == 0 ? "All bars pass." : failed + " of " + bars.size() + " bars fail.");
        summary.add("Finished in %d s; logs and these results in %s"
                .formatted(Duration.between(began, Instant.now()).toSeconds(), settings.dir()));
        summary.forEach(Benchmark::say);
        Files.write(settings.dir().resolve("results.txt"), summary, StandardCharsets.UTF_8);
        return audit.exact() && report.errors() == 0;
    }

    private void start() {
        stack = BenchStack.start(settings.dir());
        jdbcUrl = stack.jdbcUrl;
        host = stack.host;
        port = stack.port;
        cpu = stack.cpu;
    }

    /** The read requests of each endpoint and of its ceiling. */
    private record Endpoints(
            List<byte[]> top, List<byte[]> topCeiling, List<byte[]> detail, List<byte[]> detailCeiling) {}

    /**
     * Checks the endpoints answer as they should, and loads the ceiling with real answers: the top
     * page, a post of the mean size, a vote.
     */
    private Endpoints sampleAndLoadCeiling() throws Exception {
        Api api = new Api(URI.create(stack.payara.url() + "/").toURL());
        String topPath = "/api/posts?sort=top&limit=20";
        Api.Reply top = api.get(topPath, null);
        if (top.status() != 200 || top.json().getJsonArray("items").size() != 20) {
            throw new IllegalStateException("GET " + topPath + " did not answer a page of 20: " + top);
        }
        Ceiling.store(stack.payara.url(), "top", top.body().getBytes(StandardCharsets.UTF_8));

        // the most discussed posts, whose first page of comments is full; the ceiling gets an answer of their mean size
        String query = "?embed=comments";
        List<byte[]> answers = new ArrayList<>();
        int step = Math.max(1, detailTargets.length / 100);
        for (int i = 0; i < detailTargets.length; i += step) {
            long id = detailTargets[i];
            Api.Reply detail = api.get("/api/posts/" + id + query, null);
            if (detail.status() != 200) {
                throw new IllegalStateException("GET /api/posts/" + id + query + ": " + detail);
            }
            JsonObject comments = detail.json().getJsonObject("comments");
            if (comments == null || !comments.containsKey("items")) {
                throw new IllegalStateException("GET /api/posts/" + id + query
                        + " answered without the embedded page of comments ('comments': {items, total, next}): "
                        + "this portal does not embed comments.");
            }
            answers.add(detail.body().getBytes(StandardCharsets.UTF_8));
        }
        double mean = answers.stream().mapToInt(a -> a.length).average().orElseThrow();
        byte[] typical = answers.stream()
                .min(Comparator.comparingDouble(a -> Math.abs(a.length - mean)))
                .orElseThrow();
        Ceiling.store(stack.payara.url(), "detail", typical);

        String token = KeycloakAdmin.token(stack.keycloak.url(), VOTER + "-0");
        String votePath = "/api/posts/" + voteTargets[0] + "/vote";
        Api.Reply cast = api.send("PUT", votePath, token, null, null);
        Api.Reply withdrawn = api.send("DELETE", votePath, token, null, null);
        if (cast.status() != 200
                || withdrawn.status() != 200
                || !cast.json().getBoolean("voted")
                || withdrawn.json().getBoolean("voted")) {
            throw new IllegalStateException("voting does not work: " + cast + " / " + withdrawn);
        }
        Ceiling.store(stack.payara.url(), "vote", withdrawn.body().getBytes(StandardCharsets.UTF_8));
        say("Answers: top %,d bytes, detail %,d bytes (mean of %d: %,.0f), vote %d bytes; the ceiling serves the same."
                .formatted(
                        top.body().length(),
                        typical.length,
                        answers.size(),
                        mean,
                        withdrawn.body().length()));
        return new Endpoints(
                List.of(HttpLoad.request("GET", topPath, host, null)),
                List.of(HttpLoad.request("GET", Ceiling.CONTEXT + "/top?sort=top&limit=20", host, null)),
                Arrays.stream(detailTargets)
                        .mapToObj(id -> HttpLoad.request("GET", "/api/posts/" + id + query, host, null))
                        .toList(),
                Arrays.stream(detailTargets)
                        .mapToObj(id -> HttpLoad.request("GET", Ceiling.CONTEXT + "/detail/" + id + query, host, null))
                        .toList());
    }

    private Measurement reads(String name, int connections, List<byte[]> requests) throws InterruptedException {
        return reads(name, connections, requests, settings.warmup(), settings.duration());
    }

    private Measurement reads(String name, int connections, List<byte[]> requests, Duration warmup, Duration window)
            throws InterruptedException {
        return HttpLoad.run(
                name,
                connections,
                i -> new Reads(requests.size(), requests::get, 17L * connections + i),
                port,
                warmup,
                window,
                cpu);
    }

    /** Reads as signed-in members, one per connection: their answers are personal, never from the anonymous cache. */
    private Measurement signedInReads(String name, int connections, List<String> targets, List<String> tokens)
            throws InterruptedException {
        return HttpLoad.run(
                name,
                connections,
                i -> new Reads(
                        targets.size(),
                        t -> HttpLoad.request("GET", targets.get(t), host, tokens.get(i)),
                        19L * connections + i),
                port,
                settings.warmup(),
                settings.duration(),
                cpu);
    }

    private Measurement toggles(String name, int connections, List<String> tokens, boolean portal)
            throws InterruptedException {
        return toggles(name, connections, tokens, portal, settings.warmup(), settings.duration());
    }

    private Measurement toggles(
            String name, int connections, List<String> tokens, boolean portal, Duration warmup, Duration window)
            throws InterruptedException {
        IntFunction<HttpLoad.Script> scripts = i -> new Toggles(
                host,
                portal ? "/api/posts/" : Ceiling.CONTEXT + "/vote/",
                "/vote",
                tokens.get(i),
                voteTargets,
                31L * connections + i,
                portal,
                portal ? ledgers.get(i) : new Toggles.Ledger("ceiling"));
        return HttpLoad.run(name, connections, scripts, port, warmup, window, cpu);
    }

    private Measurement raw(int connections) throws Exception {
        Measurement raw = ClosedLoop.run(
                RAW,
                connections,
                i -> {
                    try {
                        return new RawUpserts(
                                DriverManager.getConnection(jdbcUrl, "postgres", ""),
                                rawMemberIds[i],
                                voteTargets,
                                47L * connections + i);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                settings.warmup(),
                settings.duration(),
                cpu);
        // the raw rows bypass the counters: remove them, or the audit would rightly complain
        Dataset.update(
                jdbcUrl,
                "delete from votes where member_id in (select id from members where subject like '" + Dataset.RAW_MEMBER
                        + "%')");
        return raw;
    }

    /** Measures the portal while sampling what PostgreSQL runs, and reports it beside its ceiling. */
    private void pair(String endpoint, Measurement ceiling, Run portal) throws Exception {
        Measurement measured;
        List<DbActivity.Share> db;
        try (DbActivity activity = DbActivity.start(jdbcUrl)) {
            measured = portal.run();
            db = activity.top(4);
        }
        report.add(new Report.Pair(endpoint, measured, ceiling, db));
        say(Report.row(measured));
        say(Report.row(ceiling));
    }

    private interface Run {
        Measurement run() throws Exception;
    }

    private static void warm(Run run) throws Exception {
        Measurement m = run.run();
        if (m.errors() > 0) {
            throw new IllegalStateException(m.name() + " failed while warming up: " + m.firstError());
        }
    }

    /** Fresh access tokens of the benchmark's members, one per connection. */
    private List<String> tokens() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < settings.most(); i++) {
                String user = VOTER + "-" + i;
                tokens.add(pool.submit(() -> KeycloakAdmin.token(stack.keycloak.url(), user)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same static GET with this Java client and with wrk, to choose the generator that leaves
     * Payara more of the two cores.
     */
    private void compareGenerators(Endpoints endpoints) throws Exception {
        var wrk = Wrk.find();
        if (wrk.isEmpty()) {
            say("wrk is not installed (as root: apt-get install wrk): generator comparison skipped.");
            return;
        }
        say("Comparing load generators on the ceiling (static GET of the top page's size):");
        String format = "%-12s %5d %9.1f %8.2f %8.2f %14.1f %13.2f %12.2f";
        say(String.format(
                Locale.ROOT,
                "%-12s %5s %9s %8s %8s %14s %13s %12s",
                "generator",
                "conns",
                "req/s",
                "p50 ms",
                "p99 ms",
                "CPU us/request",
                "payara cores",
                "other cores"));
        String url = stack.payara.url() + Ceiling.CONTEXT + "/top?sort=top&limit=20";
        // alternately, so that neither profits alone from Payara warming up further
        for (int connections : settings.connections()) {
            compareGenerators(endpoints, wrk.get(), url, connections, format);
            compareGenerators(endpoints, wrk.get(), url, connections, format);
        }
    }

    private void compareGenerators(Endpoints endpoints, Path wrk, String url, int connections, String format)
            throws Exception {
        Measurement java = reads(CEILING, connections, endpoints.topCeiling());
        CpuMeter.Usage usage = java.cpu();
        say(String.format(
                Locale.ROOT,
                format,
                "java client",
                connections,
                java.throughput(),
                java.p50(),
                java.p99(),
                java.clientMicrosPerRequest(),
                usage.cores(usage.payara()),
                usage.cores(usage.other())));
        Wrk.warm(wrk, url, connections, settings.warmup());
        CpuMeter.Sample before = cpu.sample();
        Wrk.Result result = Wrk.run(wrk, url, connections, settings.duration());
        usage = before.until(cpu.sample());
        say(String.format(
                Locale.ROOT,
                format,
                "wrk -t2",
                connections,
                result.throughput(),
                result.p50(),
                result.p99(),
                result.microsPerRequest(),
                usage.cores(usage.payara()),
                // wrk is not this JVM: its own CPU lands in "other"
                usage.cores(usage.other().minus(result.cpu()))));
    }

    static String machine(String jdbcUrl) throws SQLException {
        StringBuilder text = new StringBuilder(Runtime.getRuntime().availableProcessors() + " cores; PostgreSQL");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = db.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers")) {
                try (ResultSet rows = sql.executeQuery("show " + setting)) {
                    rows.next();
                    text.append(' ').append(setting).append('=').append(rows.getString(1));
                }
            }
        }
        return text.toString();
    }

    private static String describe(Dataset.Sizes sizes) {
        return "%,d posts, %,d votes, %,d comments".formatted(sizes.posts(), sizes.votes(), sizes.comments());
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
