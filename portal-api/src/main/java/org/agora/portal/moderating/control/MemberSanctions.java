package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agora.moderation.reviews.entity.SanctionKind;
import org.agora.moderation.reviews.entity.Sanctioned;
import org.agora.portal.members.entity.Member;
import org.agora.portal.notifications.entity.NotificationKind;

/**
 * Applies moderation's sanctions to the member, inside moderation's transaction: silenced or
 * suspended until a time (checked when they act, so it ends by itself), or freed early; and tells
 * them in their inbox, in their language, until when and why.
 */
@ApplicationScoped
public class MemberSanctions {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(@Observes Sanctioned sanction) {
        Member member = em.find(Member.class, sanction.memberId());
        if (member == null) {
            return;
        }
        switch (sanction.kind()) {
            case SILENCE -> {
                if (sanction.lifted()) {
                    member.liftSilence();
                } else {
                    member.silence(sanction.until());
                }
            }
            case SUSPEND -> {
                if (sanction.lifted()) {
                    member.liftSuspension();
                } else {
                    member.suspend(sanction.until());
                }
            }
        }
        // the new version is what the moderator reads back
        em.flush();
        em.createNativeQuery("insert into notifications (member_id, kind, actor_id, created_at, detail)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, member.id())
                .setParameter(2, NotificationKind.SANCTION.name())
                .setParameter(3, sanction.actorId())
                .setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, text(sanction, member.language()))
                .executeUpdate();
    }

    /** What the member reads: until when and why, or that it was lifted and why. */
    static String text(Sanctioned sanction, Locale language) {
        boolean german = Locale.GERMAN.getLanguage().equals(language.getLanguage());
        boolean silence = sanction.kind() == SanctionKind.SILENCE;
        if (sanction.lifted()) {
            return (german
                            ? silence ? "Ihre Stummschaltung wurde aufgehoben: " : "Ihre Sperre wurde aufgehoben: "
                            : silence ? "Your silence was lifted: " : "Your suspension was lifted: ")
                    + sanction.reason();
        }
        String until = WHEN.format(sanction.until());
        if (german) {
            return (silence
                            ? "Sie sind bis " + until + " stummgeschaltet: Sie können lesen, aber nichts"
                                    + " veröffentlichen, kommentieren, abstimmen oder melden. Grund: "
                            : "Ihr Konto ist bis " + until
                                    + " gesperrt: Sie können lesen, aber nicht mitmachen. Grund: ")
                    + sanction.reason();
        }
        return (silence
                        ? "You are silenced until " + until
                                + ": you can read, but not post, comment, vote or flag. Reason: "
                        : "Your account is suspended until " + until + ": you can read, but not take part. Reason: ")
                + sanction.reason();
    }
}
