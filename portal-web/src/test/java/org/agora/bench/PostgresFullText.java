package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * PostgreSQL full-text search the way Fider does it, as the yardstick for our search: a stored
 * {@code tsvector} of title and body in the post's language ({@code german} or {@code english}
 * configuration), a GIN index on it, the user's words OR-ed into a {@code to_tsquery} (Fider's
 * {@code ToTSQuery}), public posts only, ranked by {@code ts_rank_cd}, first page of 20. A query is
 * parsed with both configurations, since one search covers both languages. The vectors live in a
 * table beside {@code posts} ({@code bench_fts}), so that the portal's table stays as its
 * migrations made it.
 */
final class PostgresFullText {

    private static final String QUERY = "select f.id from bench_fts f,"
            + " (select to_tsquery('german', ?) || to_tsquery('english', ?) as q) t"
            + " where f.search @@ t.q and f.state = 'PUBLISHED'"
            + " and (?::text is null or f.kind = ?) and (?::text is null or f.area = ?)"
            + " order by ts_rank_cd(f.search, t.q) desc, f.id limit 20";

    private PostgresFullText() {}

    /** Builds the vectors and their index; returns the milliseconds it took. */
    static long create(String jdbcUrl) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("set maintenance_work_mem = '512MB'");
            sql.execute("drop table if exists bench_fts");
            sql.execute("create table bench_fts as select p.id, p.kind, p.state, a.slug as area,"
                    + " to_tsvector(case when p.language = 'de' then 'german' else 'english' end::regconfig,"
                    + " p.title || ' ' || p.body_raw) as search"
                    + " from posts p join product_areas a on a.id = p.area_id");
            sql.execute("alter table bench_fts add primary key (id)");
            sql.execute("create index bench_fts_search on bench_fts using gin (search)");
            sql.execute("vacuum (analyze) bench_fts");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    static Measurement run(
            String name,
            String jdbcUrl,
            List<SearchQueries.Query> queries,
            int connections,
            Duration warmup,
            Duration window,
            CpuMeter cpu)
            throws InterruptedException {
        return ClosedLoop.run(
                name, connections, i -> searcher(jdbcUrl, queries, 23L * connections + i), warmup, window, cpu);
    }

    /** A connection of its own that asks the query mix at random, seeded. */
    static Searcher searcher(String jdbcUrl, List<SearchQueries.Query> queries, long seed) {
        try {
            return new Searcher(
                    DriverManager.getConnection(jdbcUrl, "postgres", ""), queries, new SplittableRandom(seed));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One connection asking the query mix at random. */
    static final class Searcher implements ClosedLoop.Client {
        private final Connection db;
        private final PreparedStatement query;
        private final List<SearchQueries.Query> queries;
        private final SplittableRandom random;

        Searcher(Connection db, List<SearchQueries.Query> queries, SplittableRandom random) throws SQLException {
            this.db = db;
            this.query = db.prepareStatement(QUERY);
            this.queries = queries;
            this.random = random;
        }

        @Override
        public boolean call() throws SQLException {
            search(queries.get(random.nextInt(queries.size())));
            return true;
        }

        /** The ids of the first page. */
        int search(SearchQueries.Query q) throws SQLException {
            String kind = "kind".equals(q.filter()) ? q.value() : null;
            String area = "area".equals(q.filter()) ? q.value() : null;
            query.setString(1, q.fider());
            query.setString(2, q.fider());
            query.setString(3, kind);
            query.setString(4, kind);
            query.setString(5, area);
            query.setString(6, area);
            int found = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                    found++;
                }
            }
            return found;
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }
}
