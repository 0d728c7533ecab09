package org.agora.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP calls against the deployed portal. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;

    public Api(URL deployment) {
        String url = deployment.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The server root (health, metrics and OpenAPI live there, not under the context root). */
    public String root() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public Reply get(String path, String token) {
        return send(request(path, token, "application/json").GET());
    }

    public Reply send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, "application/json");
    }

    public Reply send(String method, String path, String token, String contentType, String body, String accept) {
        HttpRequest.Builder request = request(path, token, accept)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            // as curl does: lets the server refuse an oversized body before it is sent
            request.expectContinue(true);
        }
        return send(request);
    }

    public Reply patchJson(String path, String token, String json) {
        return send("PATCH", path, token, "application/json", json);
    }

    private HttpRequest.Builder request(String path, String token, String accept) {
        String url = path.startsWith("http") ? path : base + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body();
        }
    }
}
