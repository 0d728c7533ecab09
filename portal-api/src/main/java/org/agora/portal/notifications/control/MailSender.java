package org.agora.portal.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.agora.moderation.delivery.control.Smtp;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.portal.platform.control.Cadence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mails over SMTP with retries (backoff doubling from a minute, at most ten
 * attempts). Without a configured host the mails are written to the log, so that a development
 * run shows what would have been sent. A crash after the SMTP server accepted a mail but before
 * the commit sends it again: at least once, never lost.
 */
@ApplicationScoped
public class MailSender implements BackgroundWork {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int ATTEMPTS_MAX = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Smtp smtp;

    @Inject
    @ConfigProperty(name = "portal.mail.interval", defaultValue = "PT10S")
    Duration interval;

    private final Cadence cadence = new Cadence();

    /** Mail is not urgent: it runs on its own, slower cadence, not on every committed change. */
    @Override
    @Transactional
    public int runBatch() {
        Instant now = clock.instant();
        if (!cadence.due(now, interval)) {
            return 0;
        }
        List<?> due = em.createNativeQuery("select id, recipient, subject, body, unsubscribe_url, attempts from mails"
                        + " where sent_at is null and next_attempt_at <= ?1 and attempts < ?2"
                        + " order by id limit 10 for update skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, ATTEMPTS_MAX)
                .getResultList();
        for (Object row : due) {
            Object[] m = (Object[]) row;
            long id = ((Number) m[0]).longValue();
            int attempts = ((Number) m[5]).intValue() + 1;
            try {
                send((String) m[1], (String) m[2], (String) m[3], (String) m[4]);
                em.createNativeQuery("update mails set sent_at = ?2, attempts = ?3, last_error = ?4 where id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, Timestamp.from(now))
                        .setParameter(3, attempts)
                        .setParameter(4, smtp.configured() ? null : "no SMTP host configured: written to the log")
                        .executeUpdate();
            } catch (MessagingException | RuntimeException e) {
                Duration backoff = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
                em.createNativeQuery(
                                "update mails set attempts = ?2, next_attempt_at = ?3, last_error = ?4 where id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, attempts)
                        .setParameter(3, Timestamp.from(now.plus(backoff)))
                        .setParameter(4, truncate(String.valueOf(e.getMessage())))
                        .executeUpdate();
            }
        }
        if (due.isEmpty()) {
            cadence.caughtUp(now);
        }
        return due.size();
    }

    private void send(String to, String subject, String body, String unsubscribe) throws MessagingException {
        if (!smtp.configured()) {
            LOG.info(() -> "Mail to " + to + ": " + subject + "\n" + body);
            return;
        }
        MimeMessage message = smtp.message();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        if (unsubscribe != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        Transport.send(message);
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
