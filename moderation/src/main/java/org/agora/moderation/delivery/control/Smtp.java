package org.agora.moderation.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the portal is configured with ({@code portal.mail.*}): one mail session for the
 * portal's notification mails and for deliveries to teams by e-mail.
 */
@ApplicationScoped
public class Smtp {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Agora <no-reply@agora.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean starttls;

    private Session session;

    @PostConstruct
    void connect() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        session = Session.getInstance(props, new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElse(""), password.orElse(""));
            }
        });
    }

    /** Whether a host is configured; without one, mails are not sent. */
    public boolean configured() {
        return host.isPresent();
    }

    /** A new message from the configured sender. */
    public MimeMessage message() throws MessagingException {
        return from(new MimeMessage(session));
    }

    /** Sets the configured sender. */
    public MimeMessage from(MimeMessage message) throws MessagingException {
        message.setFrom(new InternetAddress(from));
        return message;
    }

    public Session session() {
        return session;
    }
}
