package org.agora.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import org.agora.portal.platform.control.Failures.InvalidInput;

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
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
