package org.agora.portal.platform.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Values of native query rows, as the JDBC driver hands them over, in the types the code uses. */
public final class Rows {

    private Rows() {}

    /** A single-column result of ids. */
    public static List<Long> ids(List<?> column) {
        return column.stream().map(v -> ((Number) v).longValue()).toList();
    }

    public static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
