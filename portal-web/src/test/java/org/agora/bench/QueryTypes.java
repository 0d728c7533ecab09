package org.agora.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the query time goes: each query of the mix once, one at a time, on a warm engine, averaged
 * by the type of query — for our index in-process and for PostgreSQL's full-text search.
 */
final class QueryTypes {

    /** Runs one query. */
    interface Engine {
        void search(SearchQueries.Query query) throws Exception;
    }

    private QueryTypes() {}

    static List<String> table(List<SearchQueries.Query> queries, Engine ours, Engine postgres) throws Exception {
        Map<String, double[]> byType = new LinkedHashMap<>(); // type -> count, ours sum, ours max, pg sum, pg max
        for (SearchQueries.Query q : queries) {
            String type = q.type() + (q.filter() == null ? "" : " +filter");
            double[] row = byType.computeIfAbsent(type, t -> new double[5]);
            double oursMillis = millis(ours, q);
            double postgresMillis = millis(postgres, q);
            row[0]++;
            row[1] += oursMillis;
            row[2] = Math.max(row[2], oursMillis);
            row[3] += postgresMillis;
            row[4] = Math.max(row[4], postgresMillis);
        }
        List<String> lines = new ArrayList<>();
        lines.add("Latency by query type, each query once, one at a time (ms; ours: SearchIndex.search in-process"
                + " with highlights and facets; PostgreSQL: ids only)");
        lines.add(String.format(
                Locale.ROOT,
                "%-26s %7s %10s %10s %10s %10s",
                "type",
                "queries",
                "ours mean",
                "ours max",
                "pg mean",
                "pg max"));
        byType.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double[] r = e.getValue();
            lines.add(String.format(
                    Locale.ROOT,
                    "%-26s %7.0f %10.2f %10.2f %10.2f %10.2f",
                    e.getKey(),
                    r[0],
                    r[1] / r[0],
                    r[2],
                    r[3] / r[0],
                    r[4]));
        });
        return lines;
    }

    private static double millis(Engine engine, SearchQueries.Query q) throws Exception {
        long started = System.nanoTime();
        engine.search(q);
        return (System.nanoTime() - started) / 1e6;
    }
}
