package org.agora.portal.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.portal.members.entity.Member;
import org.agora.portal.members.entity.MemberSettings;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Finds members, and registers a member on the first call of a new identity. */
@ApplicationScoped
public class MemberRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The member of this token, created on first use. Concurrent first calls of one identity
     * create exactly one member: the insert yields to the unique subject.
     */
    @Transactional
    public Member registerOnFirstUse(JsonWebToken token) {
        String subject = token.getSubject();
        Member member = bySubject(subject).orElseGet(() -> {
            em.createNativeQuery(
                            "insert into members (subject, username, display_name, email, locale, created_at, last_seen_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6) on conflict (subject) do nothing")
                    .setParameter(1, subject)
                    .setParameter(2, token.<String>getClaim("preferred_username"))
                    .setParameter(3, displayName(token))
                    .setParameter(4, token.<String>getClaim("email"))
                    .setParameter(5, language(token.getClaim("locale")))
                    .setParameter(6, Timestamp.from(clock.instant()))
                    .executeUpdate();
            return bySubject(subject).orElseThrow();
        });
        member.visited(clock.instant());
        return member;
    }

    /**
     * The member acting with this token: registered on first use, and refused while suspended.
     * Suspended members can still read and see their own account.
     */
    @Transactional
    public Member acting(JsonWebToken token) {
        Member member = registerOnFirstUse(token);
        if (member.suspendedAt(clock.instant())) {
            throw new NotPermitted("Your account is suspended until " + member.suspendedUntil() + ".");
        }
        return member;
    }

    /** The caller changes their own settings, based on the version they read. */
    @Transactional
    public Member changeSettings(JsonWebToken token, MemberSettings settings) {
        Member member = registerOnFirstUse(token);
        if (member.version() != settings.version) {
            throw new StaleVersion();
        }
        member.changeSettings(settings);
        em.flush();
        return member;
    }

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    /** Display names of many members at once, for listings. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
    }

    Optional<Member> bySubject(String subject) {
        return em.createNamedQuery(Member.BY_SUBJECT, Member.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** The portal speaks German and English; any other or malformed locale claim means "not chosen". */
    static String language(Object locale) {
        String value = locale == null ? "" : locale.toString().toLowerCase(Locale.ROOT);
        return value.startsWith("de") ? "de" : value.startsWith("en") ? "en" : null;
    }

    static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        if (name == null || name.isBlank()) {
            name = "Member";
        }
        name = name.strip();
        return name.length() > Member.DISPLAY_NAME_MAX ? name.substring(0, Member.DISPLAY_NAME_MAX) : name;
    }
}
