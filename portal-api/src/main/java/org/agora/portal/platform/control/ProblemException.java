package org.agora.portal.platform.control;

import java.util.List;
import java.util.Map;
import org.agora.portal.platform.entity.Problem.FieldError;

/**
 * An expected failure that knows its HTTP status. Components subclass it with a name that says what
 * went wrong ({@code MemberNotFound}); one mapper renders all of them as problem+json.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** A short slug, rendered as the problem type {@code /problems/<type>}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return List.of();
    }

    public Map<String, String> headers() {
        return Map.of();
    }
}
