package org.agora.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.agora.dev.Database;
import org.agora.dev.Http;
import org.agora.dev.Keycloak;
import org.agora.dev.Payara;
import org.agora.dev.Servers;

/**
 * What a benchmark runs against, started afresh in its directory on free ports: embedded
 * PostgreSQL, the dev Keycloak, and Payara Micro with {@code agora.war} and the ceiling WAR, with
 * where to reach them and a CPU meter on them. Stopped also on Ctrl-C (a shutdown hook).
 */
final class BenchStack extends Servers {

    final Path dir;
    String jdbcUrl;
    String host;
    int port;
    CpuMeter cpu;

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
        Servers.deleteRecursively(dir);
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
        // named as well, not left to "${portal.data.dir}/index": Payara resolved that expression with the
        // file's default ("data") in one of five runs, and the index landed in the working directory
        portal.put("portal.search.index-dir", indexDir().toString());
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

    /** Where the portal keeps its search index. */
    Path indexDir() {
        return dir.resolve("portal").resolve("index");
    }
}
