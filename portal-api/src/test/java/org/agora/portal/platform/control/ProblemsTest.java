package org.agora.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Failures.RateLimited;
import org.agora.portal.platform.entity.Problem;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void expectedFailuresKeepStatusWordsAndHeaders() {
        Response response = Problems.toResponse(
                new RateLimited("Three posts a day for new members.", Duration.ofSeconds(90)), "/api/posts");
        assertEquals(429, response.getStatus());
        assertEquals("90", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("/problems/rate-limited", problem.type());
        assertEquals("Three posts a day for new members.", problem.detail());
        assertEquals("/api/posts", problem.instance());
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        Response response = Problems.toResponse(new RateLimited("slow down", Duration.ofMillis(10)), null);
        assertEquals("1", response.getHeaderString("Retry-After"));
    }

    @Test
    void fieldErrorsAreListed() {
        Problem problem = (Problem) Problems.toResponse(
                        new InvalidInput(
                                "Some fields are not valid.", List.of(new FieldError("title", "must not be blank"))),
                        null)
                .getEntity();
        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("title", "must not be blank")), problem.errors());
    }

    @Test
    void anExpectedFailureWrappedByTheContainerIsStillFound() {
        Response response =
                Problems.toResponse(new RuntimeException(new IllegalStateException(new Failures.StaleVersion())), null);
        assertEquals(409, response.getStatus());
    }

    @Test
    void optimisticLockingFailuresAre409() {
        Response response =
                Problems.toResponse(new PersistenceException(new OptimisticLockException("row changed")), null);
        assertEquals(409, response.getStatus());
        assertEquals("/problems/stale-version", ((Problem) response.getEntity()).type());
    }

    @Test
    void malformedJsonIs400() {
        assertEquals(
                400,
                Problems.toResponse(new JsonbException("Unexpected char"), null).getStatus());
    }

    @Test
    void httpErrorsOfJaxRsKeepTheirStatusAndHeaders() {
        assertEquals(404, Problems.toResponse(new NotFoundException(), null).getStatus());
        Response notAllowed = Problems.toResponse(new NotAllowedException("GET"), null);
        assertEquals(405, notAllowed.getStatus());
        assertEquals("GET", notAllowed.getHeaderString("Allow"));
        assertEquals(Problem.MEDIA_TYPE, notAllowed.getMediaType().toString());
    }

    @Test
    void unexpectedFailuresAre500WithAnIncidentAndNoInternals() {
        Response response =
                Problems.toResponse(new NullPointerException("secret internal state at Foo.java:42"), "/api/x");
        assertEquals(500, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertTrue(problem.detail().contains("Incident "), problem.detail());
        assertFalse(problem.detail().contains("secret"), problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void bareStatusesOfTheContainerBecomeProblems() {
        assertEquals(
                "/problems/not-signed-in",
                Problems.forStatus(401, null, "/api/me").type());
        assertEquals("/problems/not-found", Problems.forStatus(404, null, null).type());
        assertEquals(
                "/problems/unsupported-media-type",
                Problems.forStatus(415, null, null).type());
    }
}
