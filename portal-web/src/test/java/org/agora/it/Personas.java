package org.agora.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The demo realm's people, and real tokens for them from the test Keycloak. */
public enum Personas {
    CARLA_CUSTOMER("carla"),
    CHRIS_SECOND_CUSTOMER("chris"),
    MONA_MODERATOR("mona"),
    PAUL_PRODUCT_MANAGER("paul"),
    ADA_ADMIN("ada");

    public final String username;

    Personas(String username) {
        this.username = username;
    }

    /** A fresh access token from the direct-grant client of the dev realm. */
    public String token() {
        return token("agora-cli", TestStack.keycloak().url());
    }

    /** A token from another client or Keycloak base address (e.g. another issuer host). */
    public String token(String client, String keycloakBase) {
        String form = "grant_type=password&client_id=" + client + "&username=" + username + "&password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(keycloakBase + "/realms/agora/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.body());
            }
            JsonObject json =
                    Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
