package org.agora.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A dev Keycloak from the {@code keycloak-quarkus-dist} zip on Maven Central, with the portal's
 * realm imported, storing its data in a database of the embedded PostgreSQL. The distribution is
 * unpacked once into a cache directory; its first start also builds Keycloak for PostgreSQL
 * (about half a minute), later starts skip that.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "agora";

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Keycloak start(Path zip, Path realm, Database database, int port, Path log) {
        Path home = install(zip);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + (port + 10_000 > 65_535 ? Http.freePort() : port + 10_000),
                    "--import-realm",
                    "--db=postgres",
                    "--db-url=" + database.jdbcUrl(Database.KEYCLOAK_DB),
                    "--db-username=" + Database.USER,
                    "--db-password=postgres",
                    "--log-level=WARN"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            return new Keycloak(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
    }

    /** Blocks until the realm answers; the first start of a fresh installation takes longest. */
    public Keycloak awaitReady(Duration deadline) {
        Http.await(
                "Keycloak",
                deadline,
                process::isAlive,
                () -> Http.answers200(issuer() + "/.well-known/openid-configuration"));
        return this;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /**
     * What the portal needs to accept the tokens of this issuer, cheaply: Payara's JSON-P API reads
     * {@code jakarta.json.provider} once, when it is first used during Payara's own start, so it
     * must be a JVM option (see {@code JsonProviderLookup}).
     */
    public static Map<String, String> portalSettings(String issuer) {
        return Map.of(
                "mp.jwt.verify.issuer",
                issuer,
                "mp.jwt.verify.publickey.location",
                issuer + "/protocol/openid-connect/certs",
                "jakarta.json.provider",
                "org.eclipse.parsson.JsonProviderImpl");
    }

    @Override
    public void close() {
        Http.stop(process);
    }

    /** Unpacks the distribution into the cache once; a half-unpacked copy is never used. */
    static synchronized Path install(Path zip) {
        String name = zip.getFileName().toString().replace(".zip", "");
        Path cache = Path.of(System.getProperty(
                "agora.keycloakCache",
                Path.of(System.getProperty("user.home"), ".cache", "agora").toString()));
        Path home = cache.resolve(name);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        try {
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, name + ".partial");
            Path top = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("zip entry outside the target: " + entry.getName());
                    }
                    if (top == null) {
                        top = partial.resolve(Path.of(entry.getName()).getName(0));
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        copy(in, target);
                        if (entry.getName().endsWith(".sh")) {
                            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            if (top == null) {
                throw new IOException("empty Keycloak distribution " + zip);
            }
            Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
