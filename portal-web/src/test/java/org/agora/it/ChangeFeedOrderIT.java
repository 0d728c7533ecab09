package org.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.agora.portal.changes.control.ChangeFeed;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The change log's read position on real PostgreSQL: a transaction that drew a lower sequence but
 * commits later is never skipped, because the feed reads only below the oldest running transaction.
 */
class ChangeFeedOrderIT {

    @Test
    void aSlowCommitWithALowerSequenceIsNotSkipped() throws SQLException {
        String url = TestStack.jdbcUrl();
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection slow = DriverManager.getConnection(url, "postgres", "");
                Connection fast = DriverManager.getConnection(url, "postgres", "");
                Connection reader = DriverManager.getConnection(url, "postgres", "")) {
            slow.setAutoCommit(false);
            fast.setAutoCommit(false);
            String start = position(reader);
            long slowSeq = insert(slow, "FEED_TEST_SLOW");
            long fastSeq = insert(fast, "FEED_TEST_FAST");
            fast.commit();
            assertEquals(true, slowSeq < fastSeq);

            assertEquals(List.of(), kinds(reader, start), "nothing while an older transaction still runs");
            slow.commit();
            assertEquals(List.of("FEED_TEST_SLOW", "FEED_TEST_FAST"), kinds(reader, start));
        }
    }

    private static long insert(Connection db, String kind) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into changes (kind) values (?) returning seq")) {
            insert.setString(1, kind);
            try (ResultSet seq = insert.executeQuery()) {
                seq.next();
                return seq.getLong(1);
            }
        }
    }

    /** Where a consumer starting now would stand: after every change already readable. */
    private static String position(Connection db) throws SQLException {
        try (PreparedStatement last = db.prepareStatement("select coalesce(max(tx)::text, '0') from changes");
                ResultSet row = last.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<String> kinds(Connection db, String afterTx) throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (PreparedStatement next = db.prepareStatement(ChangeFeed.NEXT_BATCH.replaceAll("\\?\\d", "?"))) {
            next.setString(1, afterTx);
            next.setLong(2, Long.MAX_VALUE);
            next.setInt(3, 1000);
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(3).startsWith("FEED_TEST")) {
                        kinds.add(rows.getString(3));
                    }
                }
            }
        }
        return kinds;
    }
}
