package org.agora.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The run command ({@code ./mvnw -Prun package}): an embedded PostgreSQL whose data stays in the
 * data directory, a dev Keycloak with the realm of deploy/keycloak, and Payara Micro with the
 * portal and its demo content. Ctrl-C stops all of it. With {@code DB_URL} set it uses that
 * PostgreSQL instead, with {@code AGORA_KEYCLOAK_URL} set that Keycloak (deployment mode).
 */
public final class RunPortal {

    private RunPortal() {}

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path root =
                Path.of(System.getProperty("agora.root", ".")).toAbsolutePath().normalize();
        Path data =
                Path.of(env("AGORA_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        int httpPort = Integer.parseInt(env("AGORA_HTTP_PORT", "8080"));
        int keycloakPort = Integer.parseInt(env("AGORA_KEYCLOAK_PORT", "8180"));
        int databasePort = Integer.parseInt(env("AGORA_DB_PORT", "54320"));
        String externalDb = System.getenv("DB_URL");
        String externalKeycloak = System.getenv("AGORA_KEYCLOAK_URL");
        Path logs = data.resolve("logs");

        Http.requireFree(httpPort, "the portal (AGORA_HTTP_PORT)");
        if (externalKeycloak == null) {
            Http.requireFree(keycloakPort, "Keycloak (AGORA_KEYCLOAK_PORT)");
        }
        if (externalDb == null) {
            Http.requireFree(databasePort, "PostgreSQL (AGORA_DB_PORT)");
        }

        Servers stack = new Servers();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "agora-stop"));

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("portal.data.dir", data.toString());
        settings.put("portal.demo.enabled", env("AGORA_DEMO", "true"));
        if (externalDb == null) {
            say("Starting PostgreSQL (data in " + data.resolve("postgres") + ") …");
            stack.database = Database.start(data.resolve("postgres"), databasePort);
            settings.putAll(stack.database.portalSettings());
        }
        String issuer;
        CompletableFuture<Keycloak> keycloakReady;
        if (externalKeycloak == null) {
            say("Starting Keycloak on port " + keycloakPort + " (the very first start builds it: about a minute) …");
            stack.keycloak = Keycloak.start(
                    Path.of(System.getProperty("agora.keycloakZip")),
                    Path.of(System.getProperty("agora.realm")),
                    stack.database != null ? stack.database : failNoEmbeddedDb(),
                    keycloakPort,
                    logs.resolve("keycloak.log"));
            issuer = stack.keycloak.issuer();
            keycloakReady = CompletableFuture.supplyAsync(() -> stack.keycloak.awaitReady(Duration.ofMinutes(5)));
        } else {
            issuer = externalKeycloak.replaceAll("/+$", "") + "/realms/" + env("AGORA_KEYCLOAK_REALM", Keycloak.REALM);
            keycloakReady = CompletableFuture.completedFuture(null);
        }
        settings.putAll(Keycloak.portalSettings(issuer));

        say("Starting Payara Micro on port " + httpPort + " (logs in " + logs + ") …");
        stack.payara = Payara.start(
                Path.of(System.getProperty("agora.payaraJar")),
                Path.of(System.getProperty("agora.war")),
                httpPort,
                data.resolve("payara"),
                settings,
                logs.resolve("payara.log"));
        stack.payara.awaitReady(Duration.ofMinutes(5));
        keycloakReady.join();

        String portal = stack.payara.url();
        say("");
        say("Agora is up after " + Duration.between(started, Instant.now()).toSeconds() + " s.");
        say("  Portal           " + portal + "/");
        say("  REST API         " + portal + "/api   (OpenAPI: " + portal + "/openapi)");
        say("  Health, metrics  " + portal + "/health/ready   " + portal + "/metrics");
        say("  Keycloak         " + issuer + (externalKeycloak == null ? "   (admin console: admin / admin)" : ""));
        if (externalKeycloak == null) {
            say("  Demo logins (user / password):");
            say("    carla / carla   customer");
            say("    chris / chris   customer (a second one)");
            say("    mona  / mona    moderator");
            say("    paul  / paul    product manager");
            say("    ada   / ada     admin");
            say(
                    "  A token for scripts: curl -d grant_type=password -d client_id=agora-cli -d username=carla -d password=carla "
                            + issuer + "/protocol/openid-connect/token");
        }
        say("Press Ctrl-C to stop everything.");
        int exit = stack.payara.process().waitFor();
        say("Payara Micro ended with exit code " + exit + "; see " + logs.resolve("payara.log"));
        stack.close();
        System.exit(exit == 0 ? 0 : 1);
    }

    private static Database failNoEmbeddedDb() {
        throw new IllegalStateException(
                "The dev Keycloak keeps its data in the embedded PostgreSQL: with DB_URL set, set AGORA_KEYCLOAK_URL too.");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
