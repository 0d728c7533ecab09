package org.agora.moderation.reviews.entity;

import java.util.List;

/**
 * An expected refusal of a moderation request, with its HTTP status; portal-api renders it as
 * problem+json like its own failures (moderation does not know portal-api's exception types).
 *
 * @see #reasons() the reasons shown to the author, one per line of {@code errors}
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String field;
    private final List<String> reasons;
    private final long retryAfterSeconds;

    public Refusal(
            int status,
            String type,
            String title,
            String detail,
            String field,
            List<String> reasons,
            long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal notPermitted(String detail) {
        return new Refusal(403, "not-permitted", "Not permitted", detail, null, null, 0);
    }

    public static Refusal notFound(String what, long id) {
        return new Refusal(
                404, what + "-not-found", "Not found", "There is no " + what + " " + id + ".", null, null, 0);
    }

    public static Refusal stale() {
        return new Refusal(
                409,
                "stale-version",
                "Changed meanwhile",
                "Someone else changed this first. Reload and try again.",
                null,
                null,
                0);
    }

    public static Refusal conflict(String type, String title, String detail) {
        return new Refusal(409, type, title, detail, null, null, 0);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(
                400, "invalid-input", "Invalid input", "Some fields are not valid.", field, List.of(message), 0);
    }

    public static Refusal tooSoon(String detail, long retryAfterSeconds) {
        return new Refusal(429, "rate-limited", "Too many requests", detail, null, null, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The field the reasons are about, or {@code null}. */
    public String field() {
        return field;
    }

    public List<String> reasons() {
        return reasons;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
