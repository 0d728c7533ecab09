package org.agora.moderation.reviews.control;

import org.agora.moderation.reviews.entity.AuditEntry;

/**
 * The audit log as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break in double quotes, quotes doubled). A cell that starts with {@code = + - @} (or a tab or
 * carriage return) gets a leading apostrophe, so that a spreadsheet does not run what a member wrote
 * as a formula.
 */
final class AuditCsv {

    static final String HEADER =
            "id,at,actor_id,action,target_type,target_id,review_item_id,reason,before,after,details\r\n";

    private AuditCsv() {}

    static String line(AuditEntry e) {
        return String.join(
                        ",",
                        Long.toString(e.id()),
                        e.at().toString(),
                        e.actorId() == null ? "" : e.actorId().toString(),
                        cell(e.action()),
                        cell(e.targetType()),
                        Long.toString(e.targetId()),
                        e.reviewItemId() == null ? "" : e.reviewItemId().toString(),
                        cell(e.reason()),
                        cell(e.before()),
                        cell(e.after()),
                        cell(e.details() == null ? null : e.details().toString()))
                + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
