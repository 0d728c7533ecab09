package org.agora.moderation.reviews.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.agora.moderation.reviews.entity.AuditFilter;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.TargetType;

/** The audit log's filters as query parameters, the same for the JSON log and the CSV export. */
public class AuditQuery {

    @QueryParam("actor")
    Long actor;

    @QueryParam("action")
    String action;

    @QueryParam("targetType")
    String targetType;

    @QueryParam("targetId")
    Long targetId;

    /** ISO instant or date, inclusive. */
    @QueryParam("from")
    String from;

    /** ISO instant or date, exclusive. */
    @QueryParam("to")
    String to;

    AuditFilter filter() {
        TargetType type = null;
        if (targetType != null && !targetType.isBlank()) {
            try {
                type = TargetType.valueOf(targetType.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("targetType", "must be one of " + Arrays.toString(TargetType.values()));
            }
        }
        String what = action == null || action.isBlank() ? null : action.strip().toUpperCase(Locale.ROOT);
        return new AuditFilter(actor, what, type, targetId, instant("from", from), instant("to", to));
    }

    /** An ISO instant ({@code 2026-03-01T12:00:00Z}) or a date ({@code 2026-03-01}, its start in UTC). */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "must be an ISO date (2026-03-01) or instant (2026-03-01T12:00:00Z)");
        }
    }
}
