package org.agora.search.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.IndexSettings;
import org.agora.search.index.entity.IndexSettings.EnglishStemmer;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.index.entity.Ranking;
import org.agora.search.index.entity.RebuildSource;
import org.agora.search.index.entity.SearchHit;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.language.control.LanguageDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation of issue 4: our search against PostgreSQL full-text search the way Fider does it,
 * on the same judged data in the same run. Not part of the normal test run (the class name does not
 * end in Test); run it with
 *
 * <pre>
 *   ./mvnw -q -pl search -am test -Dtest=SearchEvaluation -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Inputs (system properties; defaults in ../shared/data beside the project root):
 *
 * <ul>
 *   <li>{@code eval.reviews}: TSV {@code file, app_id, review_id, content} with a header line;
 *   <li>{@code eval.qrels}: TSV {@code app_folder, query, app_id, review_id, judge(Y/N)} with a
 *       header; a query searches the documents of its app only; unjudged hits are skipped
 *       (condensed lists), so P@10 and nDCG@10 are over judged documents;
 *   <li>{@code eval.german}: a GermEval-2017 XML file, or a folder of them;
 *   <li>{@code eval.germanQueries}: {@code query<TAB>aspect-prefix} per line ('#' comments); a
 *       document is relevant when one of its opinions' {@code category_de} starts with the prefix.
 * </ul>
 *
 * Missing inputs skip the part that needs them, with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchEvaluation {

    static final int DEPTH = 100;
    static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path tmp;

    EmbeddedPostgres postgres;
    final StringBuilder report = new StringBuilder();

    @BeforeAll
    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        System.out.println(report);
        Path out = Path.of("target", "search-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    static Path data() {
        String configured = System.getProperty("agora.data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".mvn"))) {
                return p.resolve("../shared/data").normalize();
            }
        }
        return Path.of("../shared/data");
    }

    static Path input(String property, Path fallback) {
        String configured = System.getProperty(property);
        return configured == null || configured.isBlank() ? fallback : Path.of(configured);
    }

    // ---------------------------------------------------------------- English

    record Review(long id, String app, String reviewId, String content) {}

    record Judged(String app, String query) {}

    @Test
    void english() throws Exception {
        Path reviewsFile = input("eval.reviews", data().resolve("search-relevance-en/reviews.tsv"));
        Path qrelsFile = input("eval.qrels", data().resolve("search-relevance-en/qrels.tsv"));
        assumeTrue(
                Files.isRegularFile(reviewsFile) && Files.isRegularFile(qrelsFile),
                "English evaluation skipped: no " + reviewsFile + " or " + qrelsFile);

        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(reviewsFile, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                rows.putIfAbsent(f[1] + "/" + f[2], f);
            }
        }
        // ids in shuffled order (fixed seed): score ties are broken by id, file order must not matter
        List<Review> reviews = new ArrayList<>();
        Map<String, Long> idOf = new LinkedHashMap<>();
        for (String[] f : shuffled(new ArrayList<>(rows.values()))) {
            long id = reviews.size() + 1;
            idOf.put(f[1] + "/" + f[2], id);
            reviews.add(new Review(id, f[1], f[2], f[3]));
        }
        Map<Judged, Map<Long, Boolean>> qrels = new LinkedHashMap<>();
        List<String> judgments = Files.readAllLines(qrelsFile, StandardCharsets.UTF_8);
        for (String line : judgments.subList(1, judgments.size())) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            Long id = idOf.get(f[2] + "/" + f[3]);
            if (id != null) {
                qrels.computeIfAbsent(new Judged(f[2], f[1]), k -> new LinkedHashMap<>())
                        .put(id, f[4].trim().equalsIgnoreCase("Y"));
            }
        }
        report.append(String.format(
                Locale.ROOT,
                "%nEnglish: %d reviews, %d judged queries, %d judgments (%s)%n",
                reviews.size(),
                qrels.size(),
                qrels.values().stream().mapToInt(Map::size).sum(),
                qrelsFile));
        report.append(String.format(
                Locale.ROOT, "%-58s %7s %8s %10s %9s%n", "engine", "P@10", "nDCG@10", "judged@10", "ms/query*"));

        List<PostDocument> docs = reviews.stream()
                .map(r -> new PostDocument(
                        r.id(),
                        "review",
                        "published",
                        true,
                        r.app(),
                        List.of(),
                        null,
                        "en",
                        "",
                        r.content(),
                        0,
                        0,
                        WHEN,
                        WHEN))
                .toList();
        Map<String, IndexSettings> variants = new LinkedHashMap<>();
        IndexSettings defaults = IndexSettings.DEFAULT;
        variants.put(
                "ours (default: " + defaults.englishStemmer() + ", typos, mm=" + defaults.minimumMatch() + ")",
                defaults);
        for (EnglishStemmer stemmer : EnglishStemmer.values()) {
            if (stemmer != defaults.englishStemmer()) {
                variants.put("ours, stemmer " + stemmer, defaults.withEnglishStemmer(stemmer));
            }
        }
        variants.put("ours, no typo tolerance", defaults.withTypoTolerance(!defaults.typoTolerance()));
        variants.put("ours, BM25 b=0.75 (Lucene's default)", defaults.withLengthNormalisation(0.75f));
        variants.put("ours, half of the words must match (mm=0.5)", defaults.withMinimumMatch(0.5));
        variants.put("ours, all words must match (mm=1)", defaults.withMinimumMatch(1));
        double oursDefault = Double.NaN;
        for (Map.Entry<String, IndexSettings> variant : variants.entrySet()) {
            try (Ours ours = new Ours(tmp.resolve("en-" + variant.getValue().hashCode()), variant.getValue(), docs)) {
                double ndcg =
                        englishRow(variant.getKey(), qrels, j -> ours.search(j.query(), FacetField.AREA, j.app()));
                oursDefault = Double.isNaN(oursDefault) ? ndcg : oursDefault;
            }
        }
        double fider;
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            PgFts pg = new PgFts(db, "english", docs, PostDocument::area);
            fider = englishRow(
                    "PostgreSQL FTS as Fider (OR terms, ts_rank_cd)",
                    qrels,
                    j -> pg.search(fider(j.query()), false, j.app()));
            englishRow("PostgreSQL FTS, plainto_tsquery (all words)", qrels, j -> pg.search(j.query(), true, j.app()));
        }
        report.append(
                "* warm, top 100; ours includes highlighting and facet counts of all 100 hits, PostgreSQL returns ids only\n");
        // the evaluation can fail: a change that makes our search rank worse than PostgreSQL's is a regression
        org.junit.jupiter.api.Assertions.assertTrue(
                oursDefault > fider, "our nDCG@10 " + oursDefault + " is not above PostgreSQL's " + fider);
    }

    interface Engine {
        List<Long> search(Judged query) throws Exception;
    }

    /** Appends a row of the table; returns the mean nDCG@10. */
    double englishRow(String name, Map<Judged, Map<Long, Boolean>> qrels, Engine engine) throws Exception {
        double p10 = 0;
        double ndcg = 0;
        double judged = 0;
        for (Judged warmUp : qrels.keySet()) {
            engine.search(warmUp);
        }
        long start = System.nanoTime();
        for (Map.Entry<Judged, Map<Long, Boolean>> q : qrels.entrySet()) {
            List<Long> ranked = engine.search(q.getKey());
            Map<Long, Boolean> judgments = q.getValue();
            List<Boolean> condensed = new ArrayList<>();
            for (Long id : ranked) {
                Boolean rel = judgments.get(id);
                if (rel != null && condensed.size() < 10) {
                    condensed.add(rel);
                }
            }
            judged += ranked.stream().limit(10).filter(judgments::containsKey).count();
            long hits = condensed.stream().filter(b -> b).count();
            p10 += hits / 10.0;
            double dcg = 0;
            for (int i = 0; i < condensed.size(); i++) {
                dcg += condensed.get(i) ? 1 / log2(i + 2) : 0;
            }
            long relevant = judgments.values().stream().filter(b -> b).count();
            double ideal = 0;
            for (int i = 0; i < Math.min(10, relevant); i++) {
                ideal += 1 / log2(i + 2);
            }
            ndcg += ideal == 0 ? 0 : dcg / ideal;
        }
        int n = qrels.size();
        double ms = (System.nanoTime() - start) / 1e6 / n;
        report.append(String.format(
                Locale.ROOT, "%-58s %7.3f %8.3f %10.1f %9.2f%n", name, p10 / n, ndcg / n, judged / n, ms));
        return ndcg / n;
    }

    static <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        java.util.Collections.shuffle(copy, new java.util.Random(42));
        return copy;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Fider's ToTSQuery: letters, digits and spaces only, the words joined with | (any word). */
    static String fider(String input) {
        String cleaned = input.replaceAll("[^\\p{L}\\p{N} |]+", " ").replace("|", " ");
        return String.join("|", cleaned.trim().split("\\s+"));
    }

    // ---------------------------------------------------------------- German

    record Tweet(long id, String text, List<String> categories) {}

    record GermanQuery(String query, String aspect) {}

    @Test
    void german() throws Exception {
        Path xml = input("eval.german", data().resolve("feedback-de"));
        Path queryFile =
                input("eval.germanQueries", Path.of("src/test/resources/org/agora/search/index/german-queries.tsv"));
        assumeTrue(
                Files.exists(xml) && Files.isRegularFile(queryFile),
                "German evaluation skipped: no " + xml + " or " + queryFile);
        List<Tweet> read = new ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(xml)) {
            try (var list = Files.list(xml)) {
                files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
        } else {
            files = List.of(xml);
        }
        for (Path file : files) {
            readGermEval(file, read);
        }
        // the file lists most relevant posts first; both engines break score ties by id (Lucene by
        // insertion order), so ids and insertion order are shuffled (fixed seed) to keep file order out
        List<Tweet> tweets = shuffled(read).stream()
                .map(new java.util.function.Function<Tweet, Tweet>() {
                    long next = 1;

                    public Tweet apply(Tweet t) {
                        return new Tweet(next++, t.text(), t.categories());
                    }
                })
                .toList();
        List<GermanQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(queryFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            queries.add(new GermanQuery(f[0].trim(), f[1].trim()));
        }
        List<PostDocument> docs = tweets.stream()
                .map(t -> new PostDocument(
                        t.id(),
                        "post",
                        "published",
                        true,
                        "transport",
                        List.of(),
                        null,
                        "de",
                        "",
                        t.text(),
                        0,
                        0,
                        WHEN,
                        WHEN))
                .toList();
        report.append(String.format(
                Locale.ROOT,
                "%nGerman: %d posts (%s), %d queries (%s); relevant = an opinion's aspect starts with the prefix%n",
                tweets.size(),
                xml,
                queries.size(),
                queryFile));

        Map<String, List<Long>> relevantByAspect = new LinkedHashMap<>();
        for (GermanQuery q : queries) {
            relevantByAspect.computeIfAbsent(q.aspect(), a -> tweets.stream()
                    .filter(t -> t.categories().stream().anyMatch(c -> c.startsWith(a)))
                    .map(Tweet::id)
                    .toList());
        }
        Map<String, Map<GermanQuery, List<Long>>> runs = new LinkedHashMap<>();
        Map<String, IndexSettings> variants = new LinkedHashMap<>();
        variants.put("ours (compounds split)", IndexSettings.DEFAULT);
        variants.put("ours, compounds not split", IndexSettings.DEFAULT.withSplitCompounds(false));
        variants.put("ours, no typo tolerance", IndexSettings.DEFAULT.withTypoTolerance(false));
        variants.put("ours, BM25 b=0.75 (Lucene's default)", IndexSettings.DEFAULT.withLengthNormalisation(0.75f));
        variants.put("ours, all words must match (mm=1)", IndexSettings.DEFAULT.withMinimumMatch(1));
        for (Map.Entry<String, IndexSettings> variant : variants.entrySet()) {
            try (Ours ours = new Ours(tmp.resolve("de-" + variant.getValue().hashCode()), variant.getValue(), docs)) {
                Map<GermanQuery, List<Long>> run = new LinkedHashMap<>();
                for (GermanQuery q : queries) {
                    run.put(q, ours.search(q.query(), null, null));
                }
                runs.put(variant.getKey(), run);
            }
        }
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            PgFts pg = new PgFts(db, "german", docs, PostDocument::area);
            Map<GermanQuery, List<Long>> fider = new LinkedHashMap<>();
            Map<GermanQuery, List<Long>> plain = new LinkedHashMap<>();
            for (GermanQuery q : queries) {
                fider.put(q, pg.search(fider(q.query()), false, null));
                plain.put(q, pg.search(q.query(), true, null));
            }
            runs.put("PostgreSQL FTS as Fider (german, OR, ts_rank_cd)", fider);
            runs.put("PostgreSQL FTS, plainto_tsquery (german, all words)", plain);
        }

        report.append(String.format(
                Locale.ROOT,
                "%-52s %7s %7s %7s %9s %9s%n",
                "engine (macro averages over queries)",
                "P@10",
                "R@10",
                "R@50",
                "found@100",
                "answered"));
        for (Map.Entry<String, Map<GermanQuery, List<Long>>> run : runs.entrySet()) {
            double p10 = 0, r10 = 0, r50 = 0;
            long found = 0;
            int answered = 0;
            for (GermanQuery q : queries) {
                Set<Long> relevant = Set.copyOf(relevantByAspect.get(q.aspect()));
                List<Long> ranked = run.getValue().get(q);
                long at10 = ranked.stream().limit(10).filter(relevant::contains).count();
                long at50 = ranked.stream().limit(50).filter(relevant::contains).count();
                found += ranked.stream().filter(relevant::contains).count();
                answered += ranked.isEmpty() ? 0 : 1;
                p10 += at10 / 10.0;
                r10 += relevant.isEmpty() ? 0 : (double) at10 / Math.min(10, relevant.size());
                r50 += relevant.isEmpty() ? 0 : (double) at50 / Math.min(50, relevant.size());
            }
            int n = queries.size();
            report.append(String.format(
                    Locale.ROOT,
                    "%-52s %7.3f %7.3f %7.3f %9d %6d/%d%n",
                    run.getKey(),
                    p10 / n,
                    r10 / n,
                    r50 / n,
                    found,
                    answered,
                    n));
        }
        report.append("\nper query: relevant | found in top 100 by ")
                .append(String.join(" | ", runs.keySet()))
                .append('\n');
        for (GermanQuery q : queries) {
            Set<Long> relevant = Set.copyOf(relevantByAspect.get(q.aspect()));
            StringBuilder row = new StringBuilder(
                    String.format(Locale.ROOT, "  %-24s %-26s %4d |", q.query(), q.aspect(), relevant.size()));
            for (Map<GermanQuery, List<Long>> run : runs.values()) {
                row.append(String.format(
                        Locale.ROOT,
                        " %4d",
                        run.get(q).stream().filter(relevant::contains).count()));
            }
            report.append(row).append('\n');
        }
    }

    static void readGermEval(Path file, List<Tweet> into) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            List<String> categories = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Document" -> categories = new ArrayList<>();
                    case "Opinion" -> {
                        String c = xml.getAttributeValue(null, "category_de");
                        if (c != null) {
                            categories.add(c);
                        }
                    }
                    case "text" -> into.add(new Tweet(into.size() + 1, xml.getElementText(), categories));
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + file, e);
        }
    }

    // ---------------------------------------------------------------- engines

    /** Our index, built through the public API (rebuild), queried like a customer. */
    static final class Ours implements AutoCloseable {
        final SearchIndex index;

        Ours(Path dir, IndexSettings settings, List<PostDocument> docs) throws Exception {
            index = new SearchIndex(dir, settings, Clock.systemUTC(), new LanguageDetector());
            index.open();
            index.rebuild(new RebuildSource() {
                        public long snapshotSequence() {
                            return 1;
                        }

                        public long count() {
                            return docs.size();
                        }

                        public void forEach(Consumer<PostDocument> sink) {
                            docs.forEach(sink);
                        }
                    })
                    .get(5, TimeUnit.MINUTES);
        }

        List<Long> search(String query, FacetField field, String value) {
            SearchRequest request = new SearchRequest(
                    query,
                    field == null ? Map.of() : Map.of(field, List.of(value)),
                    false,
                    0,
                    DEPTH,
                    Ranking.TEXT_ONLY);
            return index.search(request).hits().stream().map(SearchHit::id).toList();
        }

        @Override
        public void close() {
            index.close();
        }
    }

    /** PostgreSQL full-text search: a stored tsvector with a GIN index, ranked by ts_rank_cd. */
    static final class PgFts {
        final Connection db;
        final String config;

        PgFts(
                Connection db,
                String config,
                List<PostDocument> docs,
                java.util.function.Function<PostDocument, String> group)
                throws SQLException {
            this.db = db;
            this.config = config;
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE IF EXISTS posts");
                s.execute("CREATE TABLE posts (id bigint PRIMARY KEY, grp text, body text, "
                        + "search tsvector GENERATED ALWAYS AS (to_tsvector('" + config + "', body)) STORED)");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO posts (id, grp, body) VALUES (?, ?, ?)")) {
                for (PostDocument d : docs) {
                    insert.setLong(1, d.id());
                    insert.setString(2, group.apply(d));
                    insert.setString(3, d.body().replace("\u0000", ""));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE INDEX posts_search ON posts USING gin (search)");
                s.execute("ANALYZE posts");
            }
        }

        List<Long> search(String query, boolean plain, String grp) throws SQLException {
            String tsquery = (plain ? "plainto_tsquery" : "to_tsquery") + "('" + config + "', ?)";
            String sql = "SELECT id FROM posts, " + tsquery + " q WHERE search @@ q"
                    + (grp == null ? "" : " AND grp = ?") + " ORDER BY ts_rank_cd(search, q) DESC, id LIMIT " + DEPTH;
            List<Long> ids = new ArrayList<>();
            if (query.isBlank()) {
                return ids;
            }
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, query);
                if (grp != null) {
                    ps.setString(2, grp);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }
    }
}
