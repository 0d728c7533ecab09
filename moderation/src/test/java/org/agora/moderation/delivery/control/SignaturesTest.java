package org.agora.moderation.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void signsThePublishedTestVector() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signatures.sign(
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}",
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    @Test
    void verifiesWhatItSignedWithinTheTolerance() {
        String secret = Signatures.newSecret();
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        String signature = Signatures.sign("msg_1", now.getEpochSecond(), "{}", secret);
        assertNull(refusal("msg_1", now.getEpochSecond(), signature, "{}", now.plusSeconds(299), secret));
        assertEquals(
                "webhook-timestamp is too old or too new",
                refusal("msg_1", now.getEpochSecond(), signature, "{}", now.plusSeconds(301), secret));
        assertEquals(
                "webhook-timestamp is too old or too new",
                refusal("msg_1", now.getEpochSecond(), signature, "{}", now.minusSeconds(301), secret));
    }

    @Test
    void refusesAnotherBodyIdOrSecret() {
        String secret = Signatures.newSecret();
        Instant now = Instant.now();
        String signature = Signatures.sign("msg_1", now.getEpochSecond(), "{}", secret);
        assertEquals("no valid signature", refusal("msg_1", now.getEpochSecond(), signature, "{ }", now, secret));
        assertEquals("no valid signature", refusal("msg_2", now.getEpochSecond(), signature, "{}", now, secret));
        assertEquals(
                "no valid signature",
                refusal("msg_1", now.getEpochSecond(), signature, "{}", now, Signatures.newSecret()));
        assertEquals("no valid signature", refusal("msg_1", now.getEpochSecond(), "v1,%%%", "{}", now, secret));
        assertEquals(
                "webhook-id, webhook-timestamp and webhook-signature are required",
                Signatures.refusal(null, "1", signature, "{}", now, TOLERANCE, secret));
        assertEquals(
                "webhook-timestamp is not a number of seconds",
                Signatures.refusal("msg_1", "soon", signature, "{}", now, TOLERANCE, secret));
    }

    /** During a rotation both secrets sign; a receiver knowing either one accepts the call. */
    @Test
    void rotationSignsWithBothSecrets() {
        String old = Signatures.newSecret();
        String fresh = Signatures.newSecret();
        Instant now = Instant.now();
        String signature = Signatures.sign("msg_1", now.getEpochSecond(), "{}", fresh, old);
        assertEquals(2, signature.split(" ").length);
        assertTrue(signature.startsWith("v1,"));
        assertNull(refusal("msg_1", now.getEpochSecond(), signature, "{}", now, old));
        assertNull(refusal("msg_1", now.getEpochSecond(), signature, "{}", now, fresh));
        // and we accept a caller signing with either of our two valid secrets
        String callers = Signatures.sign("msg_2", now.getEpochSecond(), "{}", old);
        assertNull(refusal("msg_2", now.getEpochSecond(), callers, "{}", now, fresh, old));
        assertEquals("no valid signature", refusal("msg_2", now.getEpochSecond(), callers, "{}", now, fresh, null));
    }

    @Test
    void secretsAreWhsecBase64() {
        String secret = Signatures.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertTrue(Signatures.valid(secret));
        assertTrue(Signatures.valid("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertEquals(false, Signatures.valid("whsec_not base64!"));
        assertEquals(false, Signatures.valid("whsec_AAAA"));
        assertEquals("whsec_MfKQ…", Signatures.hint("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    private static String refusal(
            String id, long timestamp, String signature, String body, Instant now, String... secrets) {
        return Signatures.refusal(id, Long.toString(timestamp), signature, body, now, TOLERANCE, secrets);
    }
}
