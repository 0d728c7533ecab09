package org.agora.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows the API cannot create yet (areas are admin-managed), written straight into the test database. */
final class Fixtures {

    private Fixtures() {}

    static void area(String slug) {
        update(
                "insert into product_areas (slug, name_de, name_en) values (?, ?, ?) on conflict (slug) do nothing",
                slug,
                "Bereich " + slug,
                "Area " + slug);
    }

    static long count(String sql, Object... parameters) {
        return first(sql, rows -> rows.getLong(1), parameters);
    }

    static String text(String sql, Object... parameters) {
        return first(sql, rows -> rows.getString(1), parameters);
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** The first column of the first row. */
    private static <T> T first(String sql, Column<T> column, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = prepare(db, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return column.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(String sql, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = prepare(db, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestStack.jdbcUrl(), "postgres", "");
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
