package org.agora.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The search benchmark's posts, written with set-based SQL straight into the portal's database:
 * the corpus sentences go into a scratch table, and each post is put together from them in one
 * {@code INSERT … SELECT} over {@code generate_series} — half German, half English; a title of up
 * to eight words of one sentence, a body of two to six sentences of the same language, chosen by
 * multiplicative hashing so that every run writes the same posts. Every 50th post is pending
 * (invisible to anonymous searches); two thirds carry a tag, a fifth a second one.
 */
final class SearchDataset {

    static final List<String> TAGS = List.of(
            "export",
            "login",
            "mobile",
            "sync",
            "performance",
            "billing",
            "accessibility",
            "notifications",
            "offline",
            "aufzug",
            "rolltreppe",
            "anzeige",
            "barrierefreiheit",
            "bahnhof",
            "app",
            "sicherheit");

    private SearchDataset() {}

    /** Writes {@code posts} posts (and their authors, areas and tags); returns the milliseconds it took. */
    static long seed(String jdbcUrl, Corpus corpus, int posts) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("set synchronous_commit = off");
            sql.execute("set work_mem = '256MB'");
            long memberBase = Dataset.maxId(sql, "members");
            long postBase = Dataset.maxId(sql, "posts");
            int members = Math.max(1_000, posts / 20);
            Array areas = Dataset.areas(sql);
            Dataset.members(db, memberBase, members);

            sql.execute("drop table if exists bench_sentences");
            sql.execute("create unlogged table bench_sentences (language varchar(2), n int, text text,"
                    + " primary key (language, n))");
            db.setAutoCommit(false);
            try (PreparedStatement insert =
                    db.prepareStatement("insert into bench_sentences (language, n, text) values (?, ?, ?)")) {
                batch(insert, "en", corpus.english());
                batch(insert, "de", corpus.german());
            }
            db.commit();
            db.setAutoCommit(true);
            sql.execute("analyze bench_sentences");

            Dataset.execute(
                    db,
                    "insert into posts (id, kind, title, body_raw, body_html, language, area_id, author_id, state,"
                            + " created_at, updated_at)"
                            + " select ? + x.g, (array['IDEA', 'EXPERIENCE', 'CRITICISM'])[1 + x.g % 3],"
                            + " left(substring(t.text from '^\\S+(?:\\s+\\S+){0,7}'), 150), b.text,"
                            + " '<p>' || replace(replace(replace(b.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"
                            + " || '</p>', x.language,"
                            // g / 2: the language goes by g's parity, the area must not
                            + " (?::bigint[])[1 + (x.g / 2) % cardinality(?::bigint[])], ? + 1 + (x.g * 13) % ?,"
                            + " case when x.g % 50 = 0 then 'PENDING' else 'PUBLISHED' end,"
                            + " now() - make_interval(mins => (? - x.g)::int),"
                            + " now() - make_interval(mins => (? - x.g)::int)"
                            + " from (select g, case when g % 2 = 0 then 'de' else 'en' end as language,"
                            + " case when g % 2 = 0 then ? else ? end as sentences"
                            + " from generate_series(1::bigint, ?) g) x"
                            // one index lookup per sentence: scalar subqueries, never a join the planner
                            // could turn into a hash of all sentences per post
                            + " cross join lateral (select (select text from bench_sentences s"
                            + " where s.language = x.language and s.n = ((x.g * 7919) % x.sentences)::int) as text) t"
                            + " cross join lateral (select string_agg((select s.text from bench_sentences s"
                            + " where s.language = x.language and s.n = ((x.g * 104729 + k * 15485863) % x.sentences)::int),"
                            + " ' ' order by k) as text from generate_series(1, 2 + (x.g % 5)::int) k) b",
                    postBase,
                    areas,
                    areas,
                    memberBase,
                    members,
                    posts,
                    posts,
                    corpus.german().size(),
                    corpus.english().size(),
                    posts);
            Dataset.execute(
                    db,
                    "insert into post_tags (post_id, tag)"
                            + " select id, (?::text[])[1 + (id / 2 * 31) % cardinality(?::text[])] from posts"
                            + " where id > ? and id % 3 <> 0"
                            + " union"
                            + " select id, (?::text[])[1 + (id / 2 * 17 + 5) % cardinality(?::text[])] from posts"
                            + " where id > ? and id % 5 = 0",
                    db.createArrayOf("text", TAGS.toArray()),
                    db.createArrayOf("text", TAGS.toArray()),
                    postBase,
                    db.createArrayOf("text", TAGS.toArray()),
                    db.createArrayOf("text", TAGS.toArray()),
                    postBase);
            sql.execute("drop table bench_sentences");
            for (String table : List.of("members", "posts")) {
                sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            sql.execute("vacuum (analyze) members, product_areas, posts, post_tags");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void batch(PreparedStatement insert, String language, List<String> sentences) throws SQLException {
        for (int i = 0; i < sentences.size(); i++) {
            insert.setString(1, language);
            insert.setInt(2, i);
            insert.setString(3, sentences.get(i));
            insert.addBatch();
        }
        insert.executeBatch();
    }
}
