package org.agora.moderation.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.agora.moderation.delivery.entity.Claimed;
import org.agora.moderation.delivery.entity.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one delivery through its channel and says how it went; never throws. Every channel carries
 * the delivery's idempotency key (the webhook-id) so that a receiver sees one effect however often
 * a retry repeats it. E-mail goes straight over the SMTP server the portal is configured with (the
 * same {@link Smtp} session): the outbox needs each attempt's outcome at once, which the
 * portal's own mail queue, with retries of its own, would hide.
 */
@ApplicationScoped
public class Couriers {

    public static final String KEY_HEADER = "Idempotency-Key";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "delivery.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    Smtp smtp;

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome send(Claimed delivery) {
        try {
            return switch (delivery.channel().kind()) {
                case "WEBHOOK" -> webhook(delivery);
                case "EMAIL" -> email(delivery);
                case "JIRA" -> jira(delivery);
                default ->
                    Outcome.failed(null, "unknown channel " + delivery.channel().kind());
            };
        } catch (HttpTimeoutException e) {
            return Outcome.failed(null, "timed out after " + timeout);
        } catch (IOException | MessagingException | RuntimeException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }

    private Outcome webhook(Claimed delivery) throws IOException, InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(delivery.channel().url()))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header("webhook-id", delivery.idempotencyKey())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header(
                                "webhook-signature",
                                Signatures.sign(
                                        delivery.idempotencyKey(),
                                        timestamp,
                                        delivery.payload(),
                                        delivery.channel().secrets()))
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return byStatus(response);
    }

    private Outcome jira(Claimed delivery) throws IOException, InterruptedException {
        Claimed.Channel channel = delivery.channel();
        JsonObject data = read(delivery.payload()).getJsonObject("data");
        JsonObject post = data.getJsonObject("post");
        String description = post.getString("text") + "\n\n" + post.getString("url") + "\nVotes: "
                + post.getInt("votes") + (data.containsKey("note") ? "\n\nNote: " + data.getString("note") : "");
        String body = Json.createObjectBuilder()
                .add(
                        "fields",
                        Json.createObjectBuilder()
                                .add("project", Json.createObjectBuilder().add("key", channel.projectKey()))
                                .add("summary", summary(post.getString("title")))
                                .add("description", description)
                                .add("issuetype", Json.createObjectBuilder().add("name", channel.issueType())))
                .build()
                .toString();
        String secret = channel.secrets()[0];
        String authorization = "BEARER".equals(channel.auth())
                ? "Bearer " + secret
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((channel.username() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(channel.url()))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", authorization)
                        .header(KEY_HEADER, delivery.idempotencyKey())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Outcome outcome = byStatus(response);
        if (!outcome.delivered()) {
            return outcome;
        }
        try {
            JsonObject created = read(response.body());
            return new Outcome(
                    true, response.statusCode(), null, created.getString("key", null), created.getString("self", null));
        } catch (RuntimeException e) {
            // created, but the answer cannot be read: delivered all the same, a retry would create a second issue
            return new Outcome(true, response.statusCode(), "no key in the answer", null, null);
        }
    }

    private Outcome email(Claimed delivery) throws MessagingException {
        JsonObject data = read(delivery.payload()).getJsonObject("data");
        JsonObject post = data.getJsonObject("post");
        String key = delivery.idempotencyKey();
        MimeMessage message = new MimeMessage(smtp.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same message id on every retry: mail systems drop the repeats
                setHeader("Message-ID", "<" + key + "@agora.delivery>");
            }
        };
        smtp.from(message);
        message.setRecipients(
                Message.RecipientType.TO,
                InternetAddress.parse(delivery.channel().recipients()));
        message.setSubject(
                "[Agora] Idea #" + post.getJsonNumber("id") + ": " + summary(post.getString("title")), "UTF-8");
        message.setHeader(KEY_HEADER, key);
        message.setText(
                post.getString("title") + "\n\n" + post.getString("text") + "\n\n" + post.getString("url") + "\nVotes: "
                        + post.getInt("votes") + "\nStatus: " + post.getString("status")
                        + (data.containsKey("note") && data.get("note") != JsonValue.NULL
                                ? "\n\nNote from product management: " + data.getString("note")
                                : "")
                        + "\n\nDelivery " + key + "\n",
                "UTF-8");
        if (!smtp.configured()) {
            return Outcome.failed(null, "no SMTP host configured (portal.mail.host)");
        }
        Transport.send(message);
        return Outcome.delivered(null);
    }

    private static Outcome byStatus(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.delivered(status);
        }
        String body = response.body() == null ? "" : response.body();
        return Outcome.failed(status, "HTTP " + status + (body.isBlank() ? "" : ": " + body.strip()));
    }

    private static String summary(String title) {
        return title.length() > 250 ? title.substring(0, 250) : title;
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
