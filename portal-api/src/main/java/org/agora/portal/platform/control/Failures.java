package org.agora.portal.platform.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agora.portal.platform.entity.Problem.FieldError;

/** The expected failures every component shares. Component-specific ones live in their component. */
public final class Failures {

    private Failures() {}

    public static final class NotSignedIn extends ProblemException {
        public NotSignedIn() {
            super(401, "not-signed-in", "Sign-in required", "This needs a valid bearer token.");
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("WWW-Authenticate", "Bearer");
        }
    }

    public static final class NotPermitted extends ProblemException {
        public NotPermitted(String detail) {
            super(403, "not-permitted", "Not permitted", detail);
        }
    }

    public static final class InvalidInput extends ProblemException {
        private final List<FieldError> errors;

        public InvalidInput(String detail, List<FieldError> errors) {
            super(400, "invalid-input", "Invalid input", detail);
            this.errors = List.copyOf(errors);
        }

        @Override
        public List<FieldError> errors() {
            return errors;
        }
    }

    public static final class PayloadTooLarge extends ProblemException {
        public PayloadTooLarge(long limit) {
            super(
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The request body is larger than " + limit + " bytes.");
        }
    }

    public static final class RateLimited extends ProblemException {
        private final Duration retryAfter;

        public RateLimited(String detail, Duration retryAfter) {
            super(429, "rate-limited", "Too many requests", detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
    }

    public static final class StaleVersion extends ProblemException {
        public StaleVersion() {
            super(409, "stale-version", "Changed meanwhile", "Someone else changed this first. Reload and try again.");
        }
    }

    /** The request is fine but the target's current state does not allow it. */
    public static final class Conflict extends ProblemException {
        public Conflict(String type, String title, String detail) {
            super(409, type, title, detail);
        }
    }
}
