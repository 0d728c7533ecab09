package org.agora.portal.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.portal.platform.control.Problems;

/** Renders every failure of the API as problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.toResponse(failure, instance());
    }

    String instance() {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
