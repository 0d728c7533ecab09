package org.agora.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.agora.dev.Database;
import org.agora.dev.Http;
import org.agora.dev.Keycloak;
import org.agora.dev.Servers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a fresh PostgreSQL and Keycloak once per test JVM, before the first Arquillian
 * deployment, and hands Payara Micro their addresses. Keycloak keeps starting while Payara boots;
 * {@link #keycloak()} waits for it. Both stop when the test JVM ends.
 * Register it before the ArquillianExtension.
 */
public class TestStack implements BeforeAllCallback {

    private static Database database;
    private static Keycloak keycloak;
    private static CompletableFuture<Keycloak> keycloakReady;
    private static GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (database != null) {
            return;
        }
        Path work = Path.of("target", "it-stack").toAbsolutePath();
        Servers.deleteRecursively(work);
        database = Database.start(work.resolve("postgres"), Http.freePort());
        keycloak = Keycloak.start(
                Path.of(System.getProperty("agora.keycloakZip")),
                Path.of(System.getProperty("agora.realm")),
                database,
                Http.freePort(),
                work.resolve("keycloak.log"));
        keycloakReady = CompletableFuture.supplyAsync(() -> keycloak.awaitReady(Duration.ofMinutes(5)));
        Map<String, String> settings = new TreeMap<>(database.portalSettings());
        settings.putAll(Keycloak.portalSettings(keycloak.issuer()));
        settings.put("portal.data.dir", work.resolve("portal").toString());
        mail = new GreenMail(new ServerSetup(Http.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        settings.put("portal.mail.host", "127.0.0.1");
        settings.put("portal.mail.port", Integer.toString(mail.getSmtp().getPort()));
        settings.put("portal.workers.interval", "PT1S");
        settings.put("portal.mail.interval", "PT1S");
        // Moderation runs as configured in production except: pre-moderation of new members only in
        // the area ModerationIT posts to, and rate limits only at trust level 2, which no persona or
        // fresh user reaches by activity during the run (it takes 10 active days) but ModerationIT's
        // members reach by a moderator's override. The other ITs write as often as they need to.
        settings.put("moderation.premoderation.areas", ModerationIT.PREMODERATED_AREA);
        // reminders at the workers' pace; items are back-dated to be overdue
        settings.put("moderation.sla.remind-interval", "PT1S");
        settings.put("moderation.rate.first-day-posts", "0");
        settings.put("moderation.rate.first-day-comments", "0");
        settings.put("moderation.rate.post-interval", "0,0," + ModerationIT.POST_INTERVAL_SECONDS + ",0,0");
        settings.put("moderation.rate.comment-interval", "0,0,0,0,0");
        settings.put("moderation.rate.posts-per-day", "0,0,0,0,0");
        settings.put("moderation.rate.comments-per-day", "0,0,0,0,0");
        // deliveries: retries within a second, receivers that answer slower than a second time out
        settings.put("delivery.retry.base", "PT0.1S");
        settings.put("delivery.retry.cap", "PT0.5S");
        settings.put("delivery.timeout", "PT1S");
        settings.put("delivery.lease", "PT30S");
        StringBuilder options = new StringBuilder("-Xmx768m");
        settings.forEach(
                (key, value) -> options.append(" -D").append(key).append('=').append(value));
        System.setProperty("agora.it.payaraOptions", options.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stop, "test-stack-stop"));
    }

    /** The test Keycloak, once its realm answers. */
    public static Keycloak keycloak() {
        start();
        return keycloakReady.join();
    }

    /** The SMTP server the portal sends to. */
    public static GreenMail mail() {
        start();
        return mail;
    }

    public static String jdbcUrl() {
        start();
        return database.jdbcUrl(Database.PORTAL_DB);
    }

    private static synchronized void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
