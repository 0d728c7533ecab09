package org.agora.portal.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.members.entity.Member;
import org.agora.portal.members.entity.MemberSettings;
import org.agora.portal.members.entity.SegmentRequest;
import org.agora.portal.members.entity.SegmentView;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Finds members, and registers a member on the first call of a new identity. */
@ApplicationScoped
public class MemberRegistry {

    /** How the portal names an author whose account was deleted. */
    public static final String FORMER_MEMBER = "Former member";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changes;

    @Inject
    AuditLog audit;

    @Inject
    Inputs inputs;

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
        member.holdRoles(String.join(",", Caller.portalRoles(token)));
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

    /**
     * Refuses a silenced member what silence takes: posting, commenting, voting, flagging (403
     * naming when it ends). A silence ends by itself at its time.
     */
    public void requireVoice(Member member) {
        if (member.silencedAt(clock.instant())) {
            throw new Silenced(member.silencedUntil());
        }
    }

    /**
     * The caller as an actor with one of the roles: 401 without a token, 403 without the role or
     * while suspended.
     */
    @Transactional
    public Actor actor(Caller caller, String... roles) {
        return caller.actor(acting(caller.requireAnyRole(roles)).id());
    }

    /** The reader's member id, or null for anonymous readers. */
    @Transactional
    public Long readerId(Caller caller) {
        return caller.token().map(token -> registerOnFirstUse(token).id()).orElse(null);
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

    /**
     * Admins place a member in a customer segment whose weight counts each of their votes in idea
     * scores (from the next scoring of an idea they voted on); audited.
     */
    @Transactional
    public SegmentView placeInSegment(Actor admin, long id, SegmentRequest request) {
        if (!admin.has(Caller.ADMIN)) {
            throw new NotPermitted("Only admins set customer segments.");
        }
        inputs.valid(request);
        Member member = find(id).orElseThrow(() -> new MemberNotFound(id));
        String segment = request.segment == null || request.segment.isBlank() ? null : request.segment.strip();
        double weight = request.weight == null ? 1 : request.weight;
        if (segment == null && weight != 1) {
            throw new InvalidInput(
                    "A weight goes with a segment.", List.of(new FieldError("segment", "required with a weight")));
        }
        SegmentView before = new SegmentView(id, member.segment(), member.segmentWeight());
        member.placeInSegment(segment, weight);
        SegmentView after = new SegmentView(id, segment, weight);
        audit.record(
                admin.memberId(),
                "MEMBER_SEGMENT_SET",
                TargetType.MEMBER,
                id,
                null,
                null,
                before,
                after,
                clock.instant());
        return after;
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

    /**
     * Deletes the caller's account: anonymises the member and drops what only served them
     * (follows, inbox, unsent mails). Posts, comments and votes stay, under "former member".
     */
    @Transactional
    public void anonymise(JsonWebToken token) {
        Member member = registerOnFirstUse(token);
        long id = member.id();
        for (String sql : List.of(
                "delete from follows where member_id = ?1",
                "delete from notifications where member_id = ?1",
                "delete from mails where member_id = ?1 and sent_at is null")) {
            em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
        }
        member.anonymise(FORMER_MEMBER);
        em.flush();
        changes.record(ChangeKind.MEMBER_ANONYMISED, null, null, id);
    }

    /** Unsubscribes the member of this mail token from all mails; false when the token is unknown. */
    @Transactional
    public boolean unsubscribe(String token) {
        List<?> ids = em.createNativeQuery("select id from members where unsubscribe_token::text = ?1")
                .setParameter(1, token)
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        em.find(Member.class, ((Number) ids.get(0)).longValue()).stopMails();
        return true;
    }
}
