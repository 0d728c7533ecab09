package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where PostgreSQL spends its time while an endpoint is measured: {@code pg_stat_activity}
 * sampled every few milliseconds, counting the statements found running. A statement's share of
 * the samples is its share of the database's busy time, close enough to point at the query to
 * fix; {@link #explain} shows its plan ({@code EXPLAIN (GENERIC_PLAN)}, PostgreSQL 16+).
 */
final class DbActivity implements AutoCloseable {

    /** A statement and how many of the samples found it running. */
    record Share(String statement, int samples, int total) {
        double fraction() {
            return (double) samples / total;
        }
    }

    private final Connection connection;
    private final Thread sampler;
    private final Map<String, Integer> counts = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    private DbActivity(String jdbcUrl, Duration period) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        sampler = new Thread(() -> sample(period), "db-activity");
        sampler.setDaemon(true);
        sampler.start();
    }

    static DbActivity start(String jdbcUrl) throws SQLException {
        return new DbActivity(jdbcUrl, Duration.ofMillis(20));
    }

    private void sample(Duration period) {
        try (Statement sql = connection.createStatement()) {
            while (running) {
                try (ResultSet rows = sql.executeQuery("select query from pg_stat_activity where datname = "
                        + "current_database() and state = 'active' and pid <> pg_backend_pid()")) {
                    synchronized (counts) {
                        samples++;
                        while (rows.next()) {
                            counts.merge(
                                    rows.getString(1).replaceAll("\\s+", " ").trim(), 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(period.toMillis());
            }
        } catch (SQLException e) {
            // the database went away: the measurement reports that itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The statements found running most often; their fractions add up to the average number of busy backends. */
    List<Share> top(int limit) {
        synchronized (counts) {
            List<Share> shares = new ArrayList<>();
            counts.forEach((statement, n) -> shares.add(new Share(statement, n, Math.max(1, samples))));
            shares.sort((a, b) -> Integer.compare(b.samples(), a.samples()));
            return shares.subList(0, Math.min(limit, shares.size()));
        }
    }

    /** The plan PostgreSQL would use for the statement with any parameter values. */
    static List<String> explain(String jdbcUrl, String statement) {
        List<String> plan = new ArrayList<>();
        // the simple query protocol, or the driver would bind the statement's $1 … as parameters
        try (Connection db = DriverManager.getConnection(jdbcUrl + "?preferQueryMode=simple", "postgres", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("explain (generic_plan) " + statement)) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        } catch (SQLException e) {
            plan.add("(no plan: " + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return plan;
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.join();
        connection.close();
    }
}
