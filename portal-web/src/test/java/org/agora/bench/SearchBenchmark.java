package org.agora.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.agora.dev.Servers;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.language.control.LanguageDetector;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmark ({@code ./mvnw -Pbench package -DskipTests -Dbench.suite=search}); see the
 * package description for what it measures and its options.
 */
final class SearchBenchmark {

    static final String API = "GET /api/search";
    static final String LUCENE = "  raw Lucene, in-process";
    static final String CEILING = "  ceiling, same size";
    static final String POSTGRES = "  PostgreSQL FTS (Fider)";
    private static final String ADMIN = "ada";
    private static final int PAGE = 20;

    /** The options, all system properties with defaults for the full-size run. */
    record Settings(
            int posts,
            List<Integer> connections,
            Duration warmup,
            Duration duration,
            Duration jitWarmup,
            int rawDocuments,
            Path data,
            Path dir) {

        static Settings fromSystemProperties() {
            double scale = Double.parseDouble(Benchmark.property("bench.scale", "1"));
            return new Settings(
                    Integer.parseInt(Benchmark.property(
                            "bench.posts", Long.toString(Math.max(1_000, Math.round(1_000_000 * scale))))),
                    Arrays.stream(Benchmark.property("bench.connections", "8,64")
                                    .split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .sorted()
                            .distinct()
                            .toList(),
                    Duration.ofSeconds(Long.parseLong(Benchmark.property("bench.warmup", "3"))),
                    Duration.ofSeconds(Long.parseLong(Benchmark.property("bench.duration", "10"))),
                    Duration.ofSeconds(Long.parseLong(Benchmark.property("bench.jitWarmup", "10"))),
                    Integer.parseInt(Benchmark.property("bench.rawDocuments", "250000")),
                    Corpus.defaultLocation(),
                    Path.of(Benchmark.property("bench.dir", "target/bench")).toAbsolutePath());
        }

        int most() {
            return connections.get(connections.size() - 1);
        }

        int fewest() {
            return connections.get(0);
        }
    }

    /** Documents per second of one way of building the index, and the CPU it took meanwhile. */
    record Indexing(String name, long documents, Duration took, CpuMeter.Usage cpu) {
        double perSecond() {
            return documents / (took.toNanos() / 1e9);
        }
    }

    private final Settings settings;
    private BenchStack stack;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SearchBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        SearchBenchmark benchmark = new SearchBenchmark(Settings.fromSystemProperties());
        boolean right;
        try {
            right = benchmark.run();
        } finally {
            if (benchmark.stack != null) {
                benchmark.stack.close();
            }
        }
        if (!right) {
            throw new IllegalStateException("Wrong answers or failed requests: see the report above.");
        }
    }

    private boolean run() throws Exception {
        Instant began = Instant.now();
        Corpus corpus = Corpus.read(settings.data());
        List<SearchQueries.Query> queries = SearchQueries.mix(corpus);
        say("Corpus: %,d English and %,d German sentences from %s; %d queries in the mix."
                .formatted(corpus.english().size(), corpus.german().size(), settings.data(), queries.size()));
        stack = BenchStack.start(settings.dir());
        awaitIndexReady(Duration.ofMinutes(2), -1);

        say("Seeding %,d posts …".formatted(settings.posts()));
        long seeded = SearchDataset.seed(stack.jdbcUrl, corpus, settings.posts());
        say("Seeded in %.1f s.".formatted(seeded / 1e3));

        say("Rebuilding through the portal: POST /api/search/rebuild, then readiness until READY …");
        Indexing portal = portalRebuild();
        say(indexingRow(portal));

        int rawCount = (int) Math.min(portal.documents(), settings.rawDocuments());
        say("Reading the first %,d posts as the portal's rebuild does (its query and mapping), into memory …"
                .formatted(rawCount));
        List<PostDocument> documents = PostDocuments.read(stack.jdbcUrl, rawCount);
        say("Indexing them in-process with raw Lucene (SearchIndex.rebuild from memory) …");
        Indexing lucene = rawRebuild(documents);
        say(indexingRow(lucene));
        documents = null; // the heap is better spent on the load generator from here on

        say("Building PostgreSQL full-text search the way Fider does (tsvector, GIN) …");
        long ftsMillis = PostgresFullText.create(stack.jdbcUrl);
        say("Built in %.1f s.".formatted(ftsMillis / 1e3));

        // the in-process searches run on a copy of the portal's index: the same segments, byte for byte
        SearchIndex raw = copyOfPortalIndex();
        try {
            Requests requests = checkAndLoadCeiling(queries, raw);
            say("Warming up (JIT): %d s each at %d connections …"
                    .formatted(settings.jitWarmup().toSeconds(), settings.most()));
            warm(http(API, settings.most(), requests.api(), Duration.ZERO, settings.jitWarmup()));
            warm(http(CEILING, settings.most(), requests.ceiling(), Duration.ZERO, settings.jitWarmup()));
            warm(lucene(raw, queries, settings.most(), Duration.ZERO, settings.jitWarmup()));

            say("Measuring: %d s each after %d s warm-up, at %s connections"
                    .formatted(
                            settings.duration().toSeconds(), settings.warmup().toSeconds(), settings.connections()));
            say(Report.header("p95"));
            for (int connections : settings.connections()) {
                // the portal right after its ceiling, so that both see the same machine
                measure(http(CEILING, connections, requests.ceiling(), settings.warmup(), settings.duration()));
                measure(http(API, connections, requests.api(), settings.warmup(), settings.duration()));
                measure(lucene(raw, queries, connections, settings.warmup(), settings.duration()));
                measure(PostgresFullText.run(
                        POSTGRES,
                        stack.jdbcUrl,
                        queries,
                        connections,
                        settings.warmup(),
                        settings.duration(),
                        stack.cpu));
            }
            long pid = stack.payara.process().pid();
            long rss = statusKilobytes(pid, "VmRSS");
            long anonymous = statusKilobytes(pid, "RssAnon");
            long mapped = statusKilobytes(pid, "RssFile");
            say("Where the time goes: each query once, one at a time, by type …");
            List<String> byType;
            try (PostgresFullText.Searcher pg = PostgresFullText.searcher(stack.jdbcUrl, queries, 0)) {
                byType = QueryTypes.table(queries, q -> raw.search(request(q)), pg::search);
            }
            byType.forEach(SearchBenchmark::say);

            List<String> summary = new ArrayList<>();
            summary.add("");
            summary.add(
                    "Results (%,d posts, German and English; %d queries; %d s per measurement after %d s warm-up; %s)"
                            .formatted(
                                    portal.documents(),
                                    queries.size(),
                                    settings.duration().toSeconds(),
                                    settings.warmup().toSeconds(),
                                    Benchmark.machine(stack.jdbcUrl)));
            summary.add(indexingHeader());
            summary.add(indexingRow(portal));
            summary.add(indexingRow(lucene));
            summary.add(String.format(
                    Locale.ROOT,
                    "  -> the portal rebuilds at %.2f of raw Lucene's rate; PostgreSQL built its tsvector column"
                            + " and GIN index in %.1f s",
                    portal.perSecond() / lucene.perSecond(),
                    ftsMillis / 1e3));
            summary.add("");
            summary.add(Report.header("p95"));
            measurements.forEach(m -> summary.add(Report.row(m, 0.95)));
            if (measurements.stream().anyMatch(m -> m.cpu().cores(m.cpu().other()) > Report.BUSY_MACHINE)) {
                summary.add(String.format(
                        Locale.ROOT,
                        "* more than %.2f cores busy with other work on this machine meanwhile: figures unreliable",
                        Report.BUSY_MACHINE));
            }
            summary.add("");
            summary.addAll(byType);
            summary.add("");
            summary.add(String.format(
                    Locale.ROOT,
                    "Payara's resident memory with the index loaded and searched: VmRSS %,d MB = %,d MB anonymous"
                            + " (heap -Xmx768m%s, metaspace, threads) + %,d MB file pages (the index, mmap'ed, and jars);"
                            + " the index on disk: %,d MB",
                    rss / 1024,
                    anonymous / 1024,
                    Benchmark.property("agora.payara.jvmOptions", "").isEmpty()
                            ? ""
                            : " " + Benchmark.property("agora.payara.jvmOptions", ""),
                    mapped / 1024,
                    size(stack.indexDir()) / 1024 / 1024));
            List<Report.Bar> bars = bars(lucene, portal);
            summary.add("");
            summary.add("Bars");
            bars.forEach(bar -> summary.add("  " + (bar.pass() ? "PASS  " : "FAIL  ") + bar.text()));
            long failed = bars.stream().filter(b -> !b.pass()).count();
            summary.add(failed == 0 ? "All bars pass." : failed + " of " + bars.size() + " bars fail.");
            summary.add("CPU per query, ours against PostgreSQL's (less sensitive to other work on the machine than"
                    + " throughput; no bar):");
            summary.addAll(notes);
            wrong.forEach(w -> summary.add("WRONG: " + w));
            summary.add("Finished in %d s; logs and these results in %s"
                    .formatted(Duration.between(began, Instant.now()).toSeconds(), settings.dir()));
            summary.forEach(SearchBenchmark::say);
            Files.write(settings.dir().resolve("search-results.txt"), summary, StandardCharsets.UTF_8);
            long errors = measurements.stream().mapToLong(Measurement::errors).sum();
            return wrong.isEmpty() && errors == 0;
        } finally {
            raw.close();
        }
    }

    /**
     * A copy of the files of the portal's current index commit, opened in this process: the
     * in-process searches see the same segments as the portal. Nothing writes meanwhile.
     */
    private SearchIndex copyOfPortalIndex() throws IOException {
        Path portalIndex = stack.indexDir();
        Path generation;
        try (Stream<Path> generations = Files.list(portalIndex)) {
            generation = generations
                    .filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no index generation in " + portalIndex));
        }
        Path copy = settings.dir().resolve("raw-index").resolve(generation.getFileName());
        Servers.deleteRecursively(copy.getParent());
        Files.createDirectories(copy);
        try (FSDirectory directory = FSDirectory.open(generation)) {
            for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
                Files.copy(generation.resolve(file), copy.resolve(file));
            }
        }
        SearchIndex index =
                new SearchIndex(copy.getParent(), IndexSettings.DEFAULT, Clock.systemUTC(), new LanguageDetector());
        index.open();
        if (!index.status().ready()) {
            throw new IllegalStateException("the copy of the portal's index did not open: " + index.status());
        }
        return index;
    }

    // ---------------------------------------------------------------- indexing

    private Indexing rawRebuild(List<PostDocument> documents) throws Exception {
        Path dir = settings.dir().resolve("raw-indexing");
        SearchIndex raw = new SearchIndex(dir, IndexSettings.DEFAULT, Clock.systemUTC(), new LanguageDetector());
        raw.open();
        RebuildSource source = new RebuildSource() {
            @Override
            public long snapshotSequence() {
                return 1;
            }

            @Override
            public long count() {
                return documents.size();
            }

            @Override
            public void forEach(Consumer<PostDocument> sink) {
                documents.forEach(sink);
            }
        };
        CpuMeter.Sample before = stack.cpu.sample();
        long started = System.nanoTime();
        var status = raw.rebuild(source).get();
        long took = System.nanoTime() - started;
        CpuMeter.Usage cpu = before.until(stack.cpu.sample());
        raw.close();
        Servers.deleteRecursively(dir);
        return new Indexing(
                "raw Lucene, in-process"
                        + (documents.size() < settings.posts() ? " (first " + documents.size() + ")" : ""),
                status.documents(),
                Duration.ofNanos(took),
                cpu);
    }

    private Indexing portalRebuild() throws Exception {
        long expected = Dataset.count(
                stack.jdbcUrl, "select count(*) from posts where deleted_at is null and merged_into_id is null");
        String token = org.agora.it.KeycloakAdmin.token(stack.keycloak.url(), ADMIN);
        CpuMeter.Sample before = stack.cpu.sample();
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.payara.url() + "/api/search/rebuild"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(
                    "POST /api/search/rebuild answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject ready = awaitIndexReady(Duration.ofMinutes(30), expected);
        long took = System.nanoTime() - started;
        return new Indexing(
                "through the portal, from the database",
                documents(ready),
                Duration.ofNanos(took),
                before.until(stack.cpu.sample()));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * Polls readiness every 100 ms until the "search-index" check says READY with the expected
     * number of documents (-1: any); returns the check's data.
     */
    private JsonObject awaitIndexReady(Duration deadline, long expected) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        String last = "";
        long lastReport = 0;
        while (System.nanoTime() < end) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.payara.url() + "/health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject check = searchCheck(response.body());
            JsonObject data = check == null ? JsonValue.EMPTY_JSON_OBJECT : check.getJsonObject("data");
            String state = data == null ? "" : data.getString("state", "");
            if ("READY".equals(state) && (expected < 0 || documents(data) == expected)) {
                return data;
            }
            if (!state.equals(last) || System.nanoTime() - lastReport > 30_000_000_000L) {
                say("  search index: " + (data == null ? response.body() : data));
                last = state;
                lastReport = System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the search index did not become READY within " + deadline);
    }

    private static JsonObject searchCheck(String health) {
        try {
            JsonObject json = Json.createReader(new StringReader(health)).readObject();
            return json.getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name", "").equals("search-index"))
                    .findFirst()
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long documents(JsonObject data) {
        JsonValue documents = data.get("documents");
        return documents == null ? -1 : Long.parseLong(documents.toString().replace("\"", ""));
    }

    private static String indexingHeader() {
        return String.format(
                Locale.ROOT,
                "%-40s %10s %8s %9s %8s %8s %8s %6s",
                "indexing",
                "documents",
                "seconds",
                "docs/s",
                "payara",
                "postgres",
                "client",
                "other");
    }

    private static String indexingRow(Indexing i) {
        CpuMeter.Usage cpu = i.cpu();
        return String.format(
                Locale.ROOT,
                "%-40s %,10d %8.1f %,9.0f %8.2f %8.2f %8.2f %6.2f",
                i.name(),
                i.documents(),
                i.took().toNanos() / 1e9,
                i.perSecond(),
                cpu.cores(cpu.payara()),
                cpu.cores(cpu.postgres()),
                cpu.cores(cpu.client()),
                cpu.cores(cpu.other()));
    }

    // ---------------------------------------------------------------- queries

    /** The prebuilt requests of the query mix, to the portal and to the ceiling. */
    private record Requests(List<byte[]> api, List<byte[]> ceiling) {}

    static String apiPath(SearchQueries.Query q) {
        StringBuilder path = new StringBuilder("/api/search?q=")
                .append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8))
                .append("&limit=")
                .append(PAGE);
        if (q.filter() != null) {
            path.append('&')
                    .append(q.filter())
                    .append('=')
                    .append(URLEncoder.encode(q.value(), StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    static SearchRequest request(SearchQueries.Query q) {
        SearchRequest request = SearchRequest.of(q.text()).page(0, PAGE);
        if (q.filter() != null) {
            request = request.withFilter(
                    Arrays.stream(FacetField.values())
                            .filter(f -> f.field().equals(q.filter()))
                            .findFirst()
                            .orElseThrow(),
                    q.value());
        }
        return request;
    }

    /**
     * Asks every query of the mix once through the API and of the raw index: both must find the
     * same number of posts (the same index contents), and the API must answer 200. The ceiling gets
     * the answer closest to the mean size.
     */
    private Requests checkAndLoadCeiling(List<SearchQueries.Query> queries, SearchIndex raw) throws Exception {
        List<byte[]> answers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (SearchQueries.Query q : queries) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.payara.url() + apiPath(q)))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                wrong.add("GET " + apiPath(q) + " answered " + response.statusCode() + ": " + response.body());
                continue;
            }
            long total = Json.createReader(new StringReader(response.body()))
                    .readObject()
                    .getJsonNumber("total")
                    .longValue();
            long expected = raw.search(request(q)).total();
            if (total != expected) {
                wrong.add("GET " + apiPath(q) + " found " + total + " posts, raw Lucene " + expected);
            }
            answers.add(response.body().getBytes(StandardCharsets.UTF_8));
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-16s %-40s %-18s %,9d hits",
                    q.type(),
                    q.text(),
                    q.filter() == null ? "" : q.filter() + "=" + q.value(),
                    total));
        }
        Files.createDirectories(settings.dir());
        Files.write(settings.dir().resolve("search-queries.txt"), lines, StandardCharsets.UTF_8);
        if (answers.isEmpty()) {
            throw new IllegalStateException("no query answered: " + wrong);
        }
        double mean = answers.stream().mapToInt(a -> a.length).average().orElseThrow();
        byte[] typical = answers.stream()
                .min(Comparator.comparingDouble(a -> Math.abs(a.length - mean)))
                .orElseThrow();
        Ceiling.store(stack.payara.url(), "search", typical);
        say("%d queries checked against raw Lucene (listed in search-queries.txt); answers %,.0f bytes on average,"
                        .formatted(queries.size(), mean)
                + " the ceiling serves one of %,d bytes.".formatted(typical.length));
        return new Requests(
                queries.stream()
                        .map(q -> HttpLoad.request("GET", apiPath(q), stack.host, null))
                        .toList(),
                queries.stream()
                        .map(q -> HttpLoad.request(
                                "GET",
                                Ceiling.CONTEXT + "/search" + apiPath(q).substring("/api/search".length()),
                                stack.host,
                                null))
                        .toList());
    }

    private Measurement http(String name, int connections, List<byte[]> requests, Duration warmup, Duration window)
            throws InterruptedException {
        return HttpLoad.run(
                name,
                connections,
                i -> new Reads(requests.size(), requests::get, 23L * connections + i),
                stack.port,
                warmup,
                window,
                stack.cpu);
    }

    /** The same query mix on the same index contents, in-process: one thread per connection. */
    private Measurement lucene(
            SearchIndex raw, List<SearchQueries.Query> queries, int connections, Duration warmup, Duration window)
            throws InterruptedException {
        List<SearchRequest> requests =
                queries.stream().map(SearchBenchmark::request).toList();
        return ClosedLoop.run(
                LUCENE,
                connections,
                i -> {
                    SplittableRandom random = new SplittableRandom(23L * connections + i);
                    return () -> raw.search(requests.get(random.nextInt(requests.size()))) != null;
                },
                warmup,
                window,
                stack.cpu);
    }

    private void measure(Measurement m) {
        measurements.add(m);
        say(Report.row(m, 0.95));
    }

    private static void warm(Measurement m) {
        if (m.errors() > 0) {
            throw new IllegalStateException(m.name() + " failed while warming up: " + m.firstError());
        }
    }

    // ---------------------------------------------------------------- bars

    private List<Report.Bar> bars(Indexing lucene, Indexing portal) {
        List<Report.Bar> bars = new ArrayList<>();
        double rebuild = portal.perSecond() / lucene.perSecond();
        bars.add(new Report.Bar(
                String.format(
                        Locale.ROOT,
                        "rebuild from the database %,.0f docs/s = %.2f of raw Lucene's %,.0f docs/s (bar >= 0.50)",
                        portal.perSecond(),
                        rebuild,
                        lucene.perSecond()),
                rebuild >= 0.5));
        for (int connections : settings.connections()) {
            Measurement api = find(API, connections);
            Measurement raw = find(LUCENE, connections);
            Measurement ceiling = find(CEILING, connections);
            Measurement pg = find(POSTGRES, connections);
            double lower = Math.min(raw.throughput(), ceiling.throughput());
            bars.add(new Report.Bar(
                    String.format(
                            Locale.ROOT,
                            "queries at %2d conns: API %,.0f/s = %.2f of the lower of raw Lucene (%,.0f/s) and the"
                                    + " ceiling (%,.0f/s) (bar >= 0.50)%s",
                            connections,
                            api.throughput(),
                            api.throughput() / lower,
                            raw.throughput(),
                            ceiling.throughput(),
                            errors(api, raw, ceiling)),
                    api.throughput() / lower >= 0.5 && clean(api, raw, ceiling)));
            bars.add(new Report.Bar(
                    String.format(
                            Locale.ROOT,
                            "queries at %2d conns: API %,.0f/s = %.2f x PostgreSQL full-text search's %,.1f/s"
                                    + " (bar >= 5)%s",
                            connections,
                            api.throughput(),
                            api.throughput() / pg.throughput(),
                            pg.throughput(),
                            errors(api, pg)),
                    api.throughput() / pg.throughput() >= 5 && clean(api, pg)));
            // throughput depends on what else the machine runs meanwhile; the CPU each query costs much less
            double apiCpu = api.cpu().payara().toNanos() / 1e6 / Math.max(1, api.latencies().length);
            double pgCpu = pg.cpu().postgres().toNanos() / 1e6 / Math.max(1, pg.latencies().length);
            notes.add(String.format(
                    Locale.ROOT,
                    "  at %2d conns a query cost PostgreSQL %.1f ms CPU, the portal (Payara) %.1f ms: %.2f x",
                    connections,
                    pgCpu,
                    apiCpu,
                    pgCpu / apiCpu));
        }
        Measurement api = find(API, settings.fewest());
        Measurement ceiling = find(CEILING, settings.fewest());
        double p95 = api.percentileMillis(0.95) / ceiling.percentileMillis(0.95);
        bars.add(new Report.Bar(
                String.format(
                        Locale.ROOT,
                        "queries at %2d conns: API p95 %.2f ms = %.2f x the ceiling's %.2f ms (bar <= 2.00)",
                        settings.fewest(),
                        api.percentileMillis(0.95),
                        p95,
                        ceiling.percentileMillis(0.95)),
                p95 <= 2.0 && clean(api, ceiling)));
        return bars;
    }

    private Measurement find(String name, int connections) {
        return measurements.stream()
                .filter(m -> m.name().equals(name) && m.connections() == connections)
                .findFirst()
                .orElseThrow();
    }

    private static boolean clean(Measurement... ms) {
        return Stream.of(ms).allMatch(m -> m.errors() == 0);
    }

    private static String errors(Measurement... ms) {
        return clean(ms)
                ? ""
                : " — errors, first: "
                        + Stream.of(ms)
                                .filter(m -> m.firstError() != null)
                                .findFirst()
                                .map(Measurement::firstError)
                                .orElse("?");
    }

    // ---------------------------------------------------------------- memory

    /** A line of /proc/pid/status ("VmRSS", "RssAnon", "RssFile"), in kB. */
    static long statusKilobytes(long pid, String key) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith(key + ":"))
                    .map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void say(String line) {
        Benchmark.say(line);
    }
}
