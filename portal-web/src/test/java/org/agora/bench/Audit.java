package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether the votes are exact after the run: every post's {@code vote_count} equals its vote rows,
 * each benchmark member holds exactly the votes its client last cast, and the table holds the
 * seeded votes plus those.
 */
record Audit(
        long wrongCounters,
        long members,
        long missing,
        long unexpected,
        long uncertain,
        long expectedTotal,
        long actualTotal) {

    boolean exact() {
        return wrongCounters == 0 && missing == 0 && unexpected == 0 && (uncertain > 0 || expectedTotal == actualTotal);
    }

    String describe() {
        return "%d posts with vote_count <> count(*); %d members: %d votes missing, %d unexpected%s; %d votes in the table, %s"
                .formatted(
                        wrongCounters,
                        members,
                        missing,
                        unexpected,
                        uncertain == 0 ? "" : " (" + uncertain + " left out after failed requests)",
                        actualTotal,
                        uncertain > 0 ? "total not checked" : expectedTotal + " expected");
    }

    static Audit of(String jdbcUrl, String usernamePrefix, Collection<Toggles.Ledger> ledgers, long seededVotes)
            throws SQLException {
        Map<String, Set<Long>> stored = new HashMap<>();
        long wrongCounters;
        long total;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select count(*) from posts p"
                    + " left join (select post_id, count(*) n from votes group by post_id) v on v.post_id = p.id"
                    + " where p.vote_count <> coalesce(v.n, 0)")) {
                rows.next();
                wrongCounters = rows.getLong(1);
            }
            try (ResultSet rows = sql.executeQuery("select m.username, v.post_id from votes v"
                    + " join members m on m.id = v.member_id where m.username like '" + usernamePrefix + "%'")) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString(1), u -> new HashSet<>())
                            .add(rows.getLong(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("select count(*) from votes")) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        long missing = 0;
        long unexpected = 0;
        long uncertain = 0;
        long held = 0;
        for (Toggles.Ledger ledger : ledgers) {
            Set<Long> inDb = stored.getOrDefault(ledger.username, Set.of());
            uncertain += ledger.uncertain.size();
            held += ledger.held.size();
            for (Long post : ledger.held) {
                if (!inDb.contains(post) && !ledger.uncertain.contains(post)) {
                    missing++;
                }
            }
            for (Long post : inDb) {
                if (!ledger.held.contains(post) && !ledger.uncertain.contains(post)) {
                    unexpected++;
                }
            }
        }
        return new Audit(wrongCounters, ledgers.size(), missing, unexpected, uncertain, seededVotes + held, total);
    }
}
