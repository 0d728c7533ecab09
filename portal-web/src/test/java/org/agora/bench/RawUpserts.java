package org.agora.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The database's own ceiling for votes: one JDBC connection toggling one member's vote rows with
 * single-row statements in autocommit, {@code insert … on conflict do nothing} and {@code delete},
 * without the counter update or anything else the portal does around them.
 */
final class RawUpserts implements ClosedLoop.Client {

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement delete;
    private final long memberId;
    private final long[] posts;
    private final SplittableRandom random;
    private final Set<Long> held = new HashSet<>();

    RawUpserts(Connection connection, long memberId, long[] posts, long seed) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(
                "insert into votes (post_id, member_id) values (?, ?) on conflict do nothing");
        this.delete = connection.prepareStatement("delete from votes where post_id = ? and member_id = ?");
        this.memberId = memberId;
        this.posts = posts;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public boolean call() throws SQLException {
        long post = posts[random.nextInt(posts.length)];
        boolean vote = held.add(post);
        if (!vote) {
            held.remove(post);
        }
        PreparedStatement statement = vote ? insert : delete;
        statement.setLong(1, post);
        statement.setLong(2, memberId);
        return statement.executeUpdate() == 1;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
