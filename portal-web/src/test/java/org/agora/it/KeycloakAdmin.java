package org.agora.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Creates many real members in the test Keycloak through its admin API: each gets a real user and a
 * real token. The test realm's password hashing is made cheap first, or 200 logins take minutes.
 */
public final class KeycloakAdmin {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private KeycloakAdmin() {}

    /** Tokens of {@code count} new customers named {@code prefix-0 …}. */
    static List<String> customers(String prefix, int count) throws Exception {
        return customers(TestStack.keycloak().url(), prefix, count);
    }

    /** The same against the Keycloak at {@code base} (the benchmark runs its own). */
    public static List<String> customers(String base, String prefix, int count) throws Exception {
        String admin = adminToken(base);
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/agora"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"}")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> {
                        String name = prefix + "-" + i;
                        int status = send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/agora/users"))
                                        .header("Authorization", "Bearer " + admin)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                ("{\"username\":\"%s\",\"enabled\":true,"
                                                                + "\"email\":\"%s@agora.example\",\"emailVerified\":true,"
                                                                + "\"firstName\":\"Voter\",\"lastName\":\"%s\",\"credentials\":"
                                                                + "[{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false}]}")
                                                        .formatted(name, name, name, name))))
                                .statusCode();
                        if (status != 201) {
                            throw new IllegalStateException("user " + name + " not created: " + status);
                        }
                        return token(base, name);
                    }))
                    .toList();
            List<String> result = new java.util.ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String adminToken(String base) {
        return json(send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")))
                        .body())
                .getString("access_token");
    }

    /** A fresh token of a user created by {@link #customers}, whose password is their name. */
    public static String token(String base, String user) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(base + "/realms/agora/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=agora-cli&username=" + user + "&password=" + user)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
