package org.agora.portal.platform.control;

import java.util.List;
import java.util.Locale;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;

/** Query parameters the boundaries share: enum values, page sizes. Bad ones are a 400 naming the parameter. */
public final class Params {

    private Params() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(
                    field,
                    "must be one of "
                            + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
        }
    }

    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw invalid("limit", "must be between 1 and " + max);
        }
        return limit;
    }

    public static InvalidInput invalid(String field, String message) {
        return new InvalidInput("Some parameters are not valid.", List.of(new FieldError(field, message)));
    }
}
