package org.agora.moderation.delivery.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies webhooks the Standard Webhooks way: {@code webhook-signature} is a
 * space-separated list of {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per valid
 * secret, so that a receiver rotating its secret accepts either. Secrets are {@code whsec_} and the
 * base64 of the key.
 */
public final class Signatures {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    /** A fresh secret of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Whether the text is a secret this class can use. */
    public static boolean valid(String secret) {
        try {
            return secret != null && key(secret).length >= 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What admins see of a secret: its first characters. */
    public static String hint(String secret) {
        return secret == null ? null : secret.substring(0, Math.min(secret.length(), PREFIX.length() + 4)) + "…";
    }

    /** The header value: one {@code v1,…} signature per secret (nulls skipped). */
    public static String sign(String id, long timestamp, String body, String... secrets) {
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null) {
                signatures.add(
                        "v1," + Base64.getEncoder().encodeToString(mac(secret, id + "." + timestamp + "." + body)));
            }
        }
        return String.join(" ", signatures);
    }

    /** Why a call is refused, or {@code null} when one of its signatures matches one of the secrets in time. */
    public static String refusal(
            String id,
            String timestamp,
            String signature,
            String body,
            Instant now,
            Duration tolerance,
            String... secrets) {
        if (id == null || id.isBlank() || timestamp == null || signature == null) {
            return "webhook-id, webhook-timestamp and webhook-signature are required";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "webhook-timestamp is not a number of seconds";
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return "webhook-timestamp is too old or too new";
        }
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            byte[] expected = mac(secret, id + "." + seconds + "." + body);
            for (String each : signature.strip().split(" +")) {
                if (each.startsWith("v1,") && matches(expected, each.substring(3))) {
                    return null;
                }
            }
        }
        return "no valid signature";
    }

    private static boolean matches(byte[] expected, String encoded) {
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] mac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] key(String secret) {
        Objects.requireNonNull(secret);
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }
}
