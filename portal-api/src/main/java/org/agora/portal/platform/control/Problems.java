package org.agora.portal.platform.control;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.portal.platform.entity.Problem;
import org.agora.portal.platform.entity.Problem.FieldError;

/**
 * Turns any failure into a problem. Expected failures keep their status and words; anything
 * unexpected becomes a 500 with an incident id that is logged with the stack trace, which never
 * leaves the server.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {}

    public static Response toResponse(Throwable failure, String instance) {
        ProblemException expected = find(failure, ProblemException.class);
        if (expected != null) {
            Response.ResponseBuilder response = respond(problemOf(expected, instance), expected.status());
            expected.headers().forEach(response::header);
            return response.build();
        }
        Refusal refusal = find(failure, Refusal.class);
        if (refusal != null) {
            List<FieldError> errors = refusal.reasons().stream()
                    .map(reason -> new FieldError(refusal.field() == null ? "body" : refusal.field(), reason))
                    .toList();
            Response.ResponseBuilder response = respond(
                    new Problem(
                            "/problems/" + refusal.type(),
                            refusal.title(),
                            refusal.status(),
                            refusal.getMessage(),
                            instance,
                            errors.isEmpty() ? null : errors),
                    refusal.status());
            if (refusal.status() == 429) {
                response.header("Retry-After", Long.toString(Math.max(1, refusal.retryAfterSeconds())));
            }
            return response.build();
        }
        ConstraintViolationException violations = find(failure, ConstraintViolationException.class);
        if (violations != null) {
            return respond(
                            new Problem(
                                    "/problems/invalid-input",
                                    "Invalid input",
                                    400,
                                    "Some fields are not valid.",
                                    instance,
                                    fieldErrors(violations)),
                            400)
                    .build();
        }
        if (find(failure, OptimisticLockException.class) != null) {
            return toResponse(new Failures.StaleVersion(), instance);
        }
        if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null) {
            return respond(
                            new Problem(
                                    "/problems/malformed-body",
                                    "Malformed request body",
                                    400,
                                    "The body is not the JSON this endpoint expects.",
                                    instance,
                                    null),
                            400)
                    .build();
        }
        WebApplicationException web = find(failure, WebApplicationException.class);
        if (web != null && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            Response.ResponseBuilder response =
                    respond(forStatus(original.getStatus(), null, instance), original.getStatus());
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            return response.build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " at " + instance, failure);
        return respond(
                        new Problem(
                                "/problems/unexpected",
                                "Unexpected error",
                                500,
                                "Something went wrong on our side. Incident " + incident + ".",
                                instance,
                                null),
                        500)
                .build();
    }

    /** A problem for a bare HTTP status, as the container's error pages and JAX-RS produce them. */
    public static Problem forStatus(int status, String detail, String instance) {
        if (status == 401) {
            return problemOf(new Failures.NotSignedIn(), instance);
        }
        if (status == 403) {
            return problemOf(new Failures.NotPermitted(defaultDetail(403)), instance);
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String type = "/problems/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new Problem(type, title, status, detail != null ? detail : defaultDetail(status), instance, null);
    }

    private static Problem problemOf(ProblemException expected, String instance) {
        return new Problem(
                "/problems/" + expected.type(),
                expected.title(),
                expected.status(),
                expected.getMessage(),
                instance,
                expected.errors().isEmpty() ? null : expected.errors());
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 401 -> "This needs a valid bearer token.";
            case 403 -> "You are signed in but not allowed to do this.";
            case 404 -> "There is nothing here.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource cannot answer in the media type you accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that content type.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request was not accepted.";
        };
    }

    private static Response.ResponseBuilder respond(Problem problem, int status) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** The last node of the property path: the request record's field name, not the Java method. */
    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (var node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? "" : field;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
