package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.agora.dev.Database;
import org.agora.dev.Http;
import org.agora.dev.Keycloak;
import org.agora.dev.Payara;

/**
 * What a benchmark runs against, started afresh in its directory on free ports: embedded
 * PostgreSQL, the dev Keycloak, and Payara Micro with {@code agora.war} and the ceiling WAR. Stopped
 * in reverse order exactly once, also on Ctrl-C (a shutdown hook).
 */
final class BenchStack implements AutoCloseable {

    final Path dir;
    Database database;
    Keycloak keycloak;
    Payara payara;
    String jdbcUrl;
    String host;
    int port;
    CpuMeter cpu;
    private boolean closed;

    private BenchStack(Path dir) {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-stop"));
    }

    /** Starts everything in {@code dir} (emptied first); logs go to {@code dir/logs}. */
    static BenchStack start(Path dir) {
        BenchStack stack = new BenchStack(dir);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        deleteRecursively(dir);
        Path logs = dir.resolve("logs");
        Benchmark.say("Starting PostgreSQL, Keycloak and Payara Micro in " + dir + " …");
        database = Database.start(dir.resolve("postgres"), Http.freePort());
        jdbcUrl = database.jdbcUrl(Database.PORTAL_DB);
        keycloak = Keycloak.start(
                Path.of(System.getProperty("agora.keycloakZip")),
                Path.of(System.getProperty("agora.realm")),
                database,
                Http.freePort(),
                logs.resolve("keycloak.log"));
        CompletableFuture<Keycloak> keycloakReady =
                CompletableFuture.supplyAsync(() -> keycloak.awaitReady(Duration.ofMinutes(5)));
        Map<String, String> portal = new TreeMap<>(database.portalSettings());
        portal.putAll(Keycloak.portalSettings(keycloak.issuer()));
        portal.put("portal.data.dir", dir.resolve("portal").toString());
        portal.put("portal.search.index-dir", dir.resolve("portal").resolve("index").toString());
        portal.put("portal.demo.enabled", "false");
        port = Http.freePort();
        host = "localhost:" + port;
        payara = Payara.start(
                Path.of(System.getProperty("agora.payaraJar")),
                Path.of(System.getProperty("agora.war")),
                List.of(Ceiling.buildWar(dir)),
                port,
                dir.resolve("payara"),
                portal,
                logs.resolve("payara.log"));
        payara.awaitReady(Duration.ofMinutes(5));
        keycloakReady.join();
        cpu = new CpuMeter(payara.process().toHandle(), dir.resolve("postgres"));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (payara != null) {
            payara.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
