package org.agora.portal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal keeps about one member, as plain JSON-ready maps: the account, posts with
 * their earlier versions, comments, votes (with who cast them for the member), answers to "did this
 * solve it?", follows, the inbox
 * and the mails sent.
 */
@ApplicationScoped
public class DataExport {

    private static final Map<String, String> SECTIONS = sections();

    @PersistenceContext
    EntityManager em;

    private static Map<String, String> sections() {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put(
                "account",
                "select id, username, display_name, email, locale, email_mode, trust_level, status,"
                        + " created_at, last_seen_at from members where id = ?1");
        sql.put(
                "posts",
                "select p.id, p.kind, p.title, p.body_raw, p.language, a.slug as area, p.stage, p.status,"
                        + " p.state, p.vote_count, p.comment_count, p.created_at, p.edited_at, p.deleted_at"
                        + " from posts p join product_areas a on a.id = p.area_id where p.author_id = ?1 order by p.id");
        sql.put(
                "postVersions",
                "select v.post_id, v.version, v.title, v.body_raw, v.edited_at from post_versions v"
                        + " join posts p on p.id = v.post_id where p.author_id = ?1 order by v.id");
        sql.put(
                "comments",
                "select id, post_id, parent_id, body_raw, official, state, created_at, edited_at, deleted_at"
                        + " from comments where author_id = ?1 order by id");
        sql.put(
                "commentVersions",
                "select v.comment_id, v.version, v.body_raw, v.edited_at from comment_versions v"
                        + " join comments c on c.id = v.comment_id where c.author_id = ?1 order by v.id");
        sql.put(
                "votes",
                "select post_id, created_at, cast_by, channel, note from votes where member_id = ?1 order by created_at");
        sql.put(
                "solvedAnswers",
                "select post_id, solved, comment, answered_at from solved_answers where member_id = ?1"
                        + " order by answered_at");
        sql.put(
                "follows",
                "select target_type, target, created_at from follows where member_id = ?1 order by created_at");
        sql.put(
                "notifications",
                "select id, kind, post_id, comment_id, detail, created_at, read_at from notifications"
                        + " where member_id = ?1 order by id");
        sql.put("mails", "select subject, created_at, sent_at from mails where member_id = ?1 order by id");
        return sql;
    }

    public Map<String, Object> of(long memberId) {
        Map<String, Object> export = new LinkedHashMap<>();
        SECTIONS.forEach((name, sql) -> export.put(name, rows(sql, memberId)));
        return export;
    }

    private List<Map<String, Object>> rows(String sql, long memberId) {
        String[] columns = columns(sql);
        Query query = em.createNativeQuery(sql).setParameter(1, memberId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                Object value = values[i];
                map.put(columns[i], value instanceof Timestamp t ? t.toInstant().toString() : value);
            }
            rows.add(map);
        }
        return rows;
    }

    /** The names of the selected columns: the alias, or the column without its table prefix, in camel case. */
    static String[] columns(String sql) {
        String list = sql.substring("select ".length(), sql.indexOf(" from "));
        return java.util.Arrays.stream(list.split(","))
                .map(String::strip)
                .map(c -> c.contains(" as ") ? c.substring(c.indexOf(" as ") + 4) : c)
                .map(c -> c.contains(".") ? c.substring(c.indexOf('.') + 1) : c)
                .map(DataExport::camel)
                .toArray(String[]::new);
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }
}
