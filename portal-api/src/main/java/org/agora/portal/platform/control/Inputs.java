package org.agora.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;

/**
 * Validates request records after the caller is authorized (bind, authorize, validate), so that
 * an anonymous caller learns nothing about an endpoint's rules.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T valid(T input) {
        if (input == null) {
            throw new InvalidInput("A JSON body is required.", List.of());
        }
        List<FieldError> errors = validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are not valid.", errors);
        }
        return input;
    }
}
