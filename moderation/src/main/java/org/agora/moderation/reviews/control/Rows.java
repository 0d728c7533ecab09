package org.agora.moderation.reviews.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the column types native queries return. */
public final class Rows {

    private Rows() {}

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    public static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
