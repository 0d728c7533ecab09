package org.agora.portal.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.portal.platform.control.Problems;

/**
 * Bean Validation failures as problem+json with field errors. Needed beside {@link ProblemMapper}
 * because Jersey registers its own, more specific mapper for validation exceptions.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return Problems.toResponse(
                failure, uri == null ? null : uri.getRequestUri().getRawPath());
    }
}
