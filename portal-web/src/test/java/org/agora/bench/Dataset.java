package org.agora.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's data, written with set-based SQL straight into the portal's database once the
 * portal has migrated it: members, areas, posts, and votes and comments with skewed popularity
 * (a few posts get thousands, most get a handful; the most voted are also the most discussed).
 * Only the columns the benchmark needs are written, the rest keep their defaults, so later
 * migrations do not break the seeding. Afterwards the counters are set from the rows in one
 * {@code UPDATE … FROM} and the statistics refreshed.
 */
final class Dataset {

    static final String MEMBER = "bench-member-";
    static final String RAW_MEMBER = "bench-jdbc-";
    private static final double VOTE_SKEW = 0.8;
    private static final double COMMENT_SKEW = 0.7;

    /** How much to write; {@code members} vote and write, so no post gets more votes than that. */
    record Sizes(int posts, long votes, long comments, int members) {

        static Sizes scaled(double scale) {
            return new Sizes(
                    (int) Math.round(100_000 * scale), Math.round(1_000_000 * scale), Math.round(300_000 * scale), (int)
                            Math.max(1_000, Math.round(25_000 * scale)));
        }

        Sizes {
            if (posts < 1 || votes < 0 || comments < 0 || members < 1) {
                throw new IllegalArgumentException("sizes must be positive: " + this);
            }
            if (votes > (long) posts * members) {
                throw new IllegalArgumentException(
                        votes + " votes need more than " + members + " members for " + posts + " posts");
            }
        }
    }

    /** What was written, and the member ids the raw JDBC upserts vote as. */
    record Seeded(Sizes sizes, long[] rawMemberIds, long millis) {}

    private Dataset() {}

    static Seeded seed(String jdbcUrl, Sizes sizes, int rawMembers) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("set synchronous_commit = off");
            long memberBase = maxId(sql, "members");
            long postBase = maxId(sql, "posts");
            long commentBase = maxId(sql, "comments");
            int m = sizes.members();

            Array areas = areas(sql);
            members(db, memberBase, m);
            execute(
                    db,
                    "insert into members (id, subject, username, display_name)"
                            + " select ? + g, ?::text || g, ?::text || g, 'Raw JDBC ' || g from generate_series(1, ?) g",
                    memberBase + m,
                    RAW_MEMBER,
                    RAW_MEMBER,
                    rawMembers);
            long[] rawMemberIds = new long[rawMembers];
            for (int i = 0; i < rawMembers; i++) {
                rawMemberIds[i] = memberBase + m + i + 1;
            }

            execute(
                    db,
                    "insert into posts (id, kind, title, body_raw, body_html, language, area_id, author_id, state,"
                            + " created_at, updated_at)"
                            + " select ? + g, (array['IDEA', 'EXPERIENCE', 'CRITICISM'])[1 + g % 3],"
                            + " 'Benchmark post ' || g || ' about '"
                            + " || (array['exports', 'search', 'billing', 'the mobile app', 'reports', 'sign-in'])[1 + g % 6],"
                            + " b.text, '<p>' || b.text || '</p>', case when g % 2 = 0 then 'de' else 'en' end,"
                            + " (?::bigint[])[1 + g % cardinality(?::bigint[])], ? + 1 + (g * 13) % ?,"
                            + " case when g % 50 = 0 then 'PENDING' else 'PUBLISHED' end,"
                            + " now() - make_interval(mins => ? - g), now() - make_interval(mins => ? - g)"
                            + " from generate_series(1, ?) g, lateral (select repeat("
                            + "'It would help us a lot if the export kept the column order we chose. ', 4 + g % 5)"
                            + " as text) b",
                    postBase,
                    areas,
                    areas,
                    memberBase,
                    m,
                    sizes.posts(),
                    sizes.posts(),
                    sizes.posts());

            // Popularity by rank; which post holds which rank is shuffled, so "top" is not "newest".
            int[] byRank = shuffled(sizes.posts());
            int[] votes = spread(sizes.posts(), sizes.votes(), VOTE_SKEW, m);
            int[] comments = spread(sizes.posts(), sizes.comments(), COMMENT_SKEW, Integer.MAX_VALUE);
            Long[] postIds = new Long[sizes.posts()];
            Integer[] voteCounts = new Integer[sizes.posts()];
            Integer[] commentCounts = new Integer[sizes.posts()];
            Long[] firstComment = new Long[sizes.posts()];
            long next = 0;
            for (int rank = 0; rank < sizes.posts(); rank++) {
                postIds[rank] = postBase + 1 + byRank[rank];
                voteCounts[rank] = votes[rank];
                commentCounts[rank] = comments[rank];
                firstComment[rank] = next;
                next += comments[rank];
            }
            Array posts = db.createArrayOf("bigint", postIds);
            // For one post, j < k <= members: the members (offset + j) % members are all different.
            execute(
                    db,
                    "insert into votes (post_id, member_id)"
                            + " select t.post_id, ? + 1 + ((t.post_id * 7919 + g.j) % ?)"
                            + " from unnest(?::bigint[], ?::int[]) as t(post_id, k)"
                            + " cross join lateral generate_series(0, t.k - 1) as g(j)",
                    memberBase,
                    m,
                    posts,
                    db.createArrayOf("integer", voteCounts));
            // Every fourth comment answers the post's first one, in the same statement.
            execute(
                    db,
                    "insert into comments (id, post_id, parent_id, author_id, body_raw, body_html, depth, state,"
                            + " created_at, updated_at)"
                            + " select ? + t.first + g.j + 1, t.post_id,"
                            + " case when g.j % 4 = 3 then ? + t.first + 1 end,"
                            + " ? + 1 + ((t.post_id * 31 + g.j) % ?), b.text, '<p>' || b.text || '</p>',"
                            + " case when g.j % 4 = 3 then 1 else 0 end, 'PUBLISHED',"
                            + " now() - make_interval(mins => t.k - g.j), now() - make_interval(mins => t.k - g.j)"
                            + " from unnest(?::bigint[], ?::int[], ?::bigint[]) as t(post_id, k, first)"
                            + " cross join lateral generate_series(0, t.k - 1) as g(j),"
                            + " lateral (select 'Comment ' || g.j || ': ' || repeat("
                            + "'We see the same in our team, and a workaround costs us an hour a week. ',"
                            + " 1 + g.j % 3) as text) b",
                    commentBase,
                    commentBase,
                    memberBase,
                    m,
                    posts,
                    db.createArrayOf("integer", commentCounts),
                    db.createArrayOf("bigint", firstComment));

            for (String table : List.of("members", "posts", "comments")) {
                sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            sql.executeUpdate("update posts p set vote_count = coalesce(v.n, 0), comment_count = coalesce(c.n, 0)"
                    + " from posts q"
                    + " left join (select post_id, count(*)::int n from votes group by post_id) v on v.post_id = q.id"
                    + " left join (select post_id, count(*)::int n from comments group by post_id) c"
                    + " on c.post_id = q.id"
                    + " where p.id = q.id");
            sql.execute("vacuum (analyze) members, product_areas, posts, votes, comments");
            return new Seeded(sizes, rawMemberIds, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The benchmark's eight product areas ({@code bench-area-1} …), their ids in order. */
    static Array areas(Statement sql) throws SQLException {
        sql.executeUpdate("insert into product_areas (slug, name_de, name_en, position)"
                + " select 'bench-area-' || g, 'Bereich ' || g, 'Area ' || g, g from generate_series(1, 8) g"
                + " on conflict (slug) do nothing");
        try (ResultSet rows = sql.executeQuery(
                "select array_agg(id order by id) from product_areas where slug like 'bench-area-%'")) {
            rows.next();
            return rows.getArray(1);
        }
    }

    /** {@code count} members with the ids {@code base + 1} … {@code base + count}. */
    static void members(Connection db, long base, int count) throws SQLException {
        execute(
                db,
                "insert into members (id, subject, username, display_name, email)"
                        + " select ? + g, ?::text || g, ?::text || g, 'Member ' || g, ?::text || g || '@agora.example'"
                        + " from generate_series(1, ?) g",
                base,
                MEMBER,
                MEMBER,
                MEMBER,
                count);
    }

    /** The published posts with the most votes (or comments), the ones people open and vote on. */
    static long[] mostVoted(String jdbcUrl, int limit) throws SQLException {
        return ids(jdbcUrl, "vote_count", limit);
    }

    static long[] mostDiscussed(String jdbcUrl, int limit) throws SQLException {
        return ids(jdbcUrl, "comment_count", limit);
    }

    static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void update(String jdbcUrl, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /**
     * {@code total} spread over {@code items} ranks as {@code 1 / (rank + 1)^skew}, none above
     * {@code cap}; what rounding and the cap leave over goes one by one to the least popular.
     */
    static int[] spread(int items, long total, double skew, int cap) {
        double[] weights = new double[items];
        double sum = 0;
        for (int rank = 0; rank < items; rank++) {
            weights[rank] = 1 / Math.pow(rank + 1, skew);
            sum += weights[rank];
        }
        int[] counts = new int[items];
        long assigned = 0;
        for (int rank = 0; rank < items; rank++) {
            counts[rank] = (int) Math.min(cap, Math.floor(total * weights[rank] / sum));
            assigned += counts[rank];
        }
        for (long rest = total - assigned; rest > 0; ) {
            for (int rank = items - 1; rank >= 0 && rest > 0; rank--) {
                if (counts[rank] < cap) {
                    counts[rank]++;
                    rest--;
                }
            }
        }
        return counts;
    }

    private static int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(42);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static long[] ids(String jdbcUrl, String orderBy, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement query = db.prepareStatement("select id from posts where state = 'PUBLISHED' order by "
                        + orderBy + " desc, id desc limit ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static long maxId(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
