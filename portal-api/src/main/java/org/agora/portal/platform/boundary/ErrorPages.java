package org.agora.portal.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.agora.portal.platform.control.Problems;
import org.agora.portal.platform.entity.Problem;

/**
 * The container's error pages (web.xml): errors raised before or outside JAX-RS, such as an
 * invalid token rejected by MP-JWT, get the same problem+json shape as the API's own.
 */
@WebServlet(name = "error-pages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    public static final String PATH = "/problem";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problems.forStatus(status, null, uri == null ? null : uri.toString());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
