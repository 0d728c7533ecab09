package org.agora.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;

/** The mails the portal sent to the test SMTP server (GreenMail). */
final class Mails {

    private Mails() {}

    /** The first mail to this address, once it is there. */
    static MimeMessage awaitTo(String email) {
        return Eventually.await(
                "a mail to " + email,
                Duration.ofSeconds(20),
                () -> Arrays.stream(TestStack.mail().getReceivedMessages())
                        .filter(m -> sentTo(m, email))
                        .findFirst()
                        .orElse(null),
                m -> m != null);
    }

    static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
