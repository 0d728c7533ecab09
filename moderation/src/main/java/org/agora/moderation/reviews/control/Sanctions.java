package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MemberRecord;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.SanctionKind;
import org.agora.moderation.reviews.entity.SanctionRequest;
import org.agora.moderation.reviews.entity.SanctionView;
import org.agora.moderation.reviews.entity.Sanctioned;
import org.agora.moderation.reviews.entity.Standing;
import org.agora.moderation.reviews.entity.TargetType;

/**
 * Moderators silence or suspend members for a time that escalates with their earlier sanctions
 * ({@link Escalation}), lift them early, and read a member's record. Staff are sanctioned by admins
 * only, admins and oneself by nobody. Each action is one transaction under the member's version
 * (or the deciding review item's), writes the moderation log and fires {@link Sanctioned}, with
 * which portal-api restricts the member and tells them until when and why. A sanction ends by
 * itself: whether it is in force is a matter of time, checked when the member acts.
 */
@ApplicationScoped
public class Sanctions {

    public static final int REASON_MAX = 2000;
    static final int RECENT = 10;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Community community;

    @Inject
    Standings standings;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    Event<Sanctioned> sanctioned;

    @Inject
    Clock clock;

    /** A moderator sanctions a member directly, based on the member version they read. */
    @Transactional
    public MemberRecord impose(Reviewer reviewer, long memberId, SanctionRequest request) {
        Reviews.requireModerator(reviewer);
        SanctionKind kind = kind(request.kind);
        Duration chosen = null;
        if (request.duration != null && !request.duration.isBlank()) {
            chosen = Escalation.parse(request.duration)
                    .orElseThrow(() -> Refusal.invalid(
                            "duration", "24h, 72h, 7d, 30d (or ISO-8601 such as P7D), from 1 hour to 365 days"));
        }
        impose(reviewer, memberId, kind, request.reason, chosen, required(request.version), null);
        return record(reviewer, memberId);
    }

    /** The author of a review item is sanctioned with its decision, escalating, in the decision's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void imposeFor(Reviewer reviewer, long memberId, SanctionKind kind, String reason, long reviewItemId) {
        impose(reviewer, memberId, kind, reason, null, null, reviewItemId);
    }

    private void impose(
            Reviewer reviewer,
            long memberId,
            SanctionKind kind,
            String reason,
            Duration chosen,
            Integer version,
            Long reviewItemId) {
        String why = reason(reason);
        lock(reviewer, memberId, version);
        Instant now = clock.instant();
        List<SanctionView> history = history(memberId, now);
        for (SanctionView earlier : history) {
            if (earlier.inForce() && earlier.kind().equals(kind.name())) {
                throw Refusal.conflict(
                        "sanctioned-already",
                        "Sanctioned already",
                        "The member is " + state(kind, earlier.endsAt()) + "; lift it first to change it.");
            }
        }
        Instant until = now.plus(chosen != null ? chosen : Escalation.after(history.size()));
        em.createNativeQuery("insert into sanctions (member_id, kind, reason, starts_at, ends_at, imposed_by,"
                        + " review_item_id) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as bigint))")
                .setParameter(1, memberId)
                .setParameter(2, kind.name())
                .setParameter(3, why)
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(until))
                .setParameter(6, reviewer.memberId())
                .setParameter(7, reviewItemId)
                .executeUpdate();
        sanctioned.fire(new Sanctioned(memberId, kind, until, why, reviewer.memberId()));
        audit.record(
                reviewer.memberId(),
                kind.name(),
                TargetType.MEMBER,
                memberId,
                reviewItemId,
                why,
                "ACTIVE",
                state(kind, until),
                now);
    }

    /** A moderator ends a member's sanctions in force early (one kind, or all), with a reason. */
    @Transactional
    public MemberRecord lift(Reviewer reviewer, long memberId, String kindName, String reason, Integer version) {
        Reviews.requireModerator(reviewer);
        SanctionKind only = kindName == null || kindName.isBlank() ? null : kind(kindName);
        String why = reason(reason);
        lock(reviewer, memberId, required(version));
        Instant now = clock.instant();
        List<SanctionView> lifted = history(memberId, now).stream()
                .filter(s -> s.inForce() && (only == null || s.kind().equals(only.name())))
                .toList();
        if (lifted.isEmpty()) {
            throw Refusal.conflict("not-sanctioned", "Not sanctioned", "The member has no such sanction in force.");
        }
        for (SanctionView sanction : lifted) {
            SanctionKind kind = SanctionKind.valueOf(sanction.kind());
            em.createNativeQuery("update sanctions set lifted_at = ?1, lifted_by = ?2, lift_reason = ?3 where id = ?4")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, reviewer.memberId())
                    .setParameter(3, why)
                    .setParameter(4, sanction.id())
                    .executeUpdate();
            sanctioned.fire(new Sanctioned(memberId, kind, null, why, reviewer.memberId()));
            audit.record(
                    reviewer.memberId(),
                    "LIFT_" + kind.name(),
                    TargetType.MEMBER,
                    memberId,
                    sanction.reviewItemId(),
                    why,
                    state(kind, sanction.endsAt()),
                    "ACTIVE",
                    now);
        }
        return record(reviewer, memberId);
    }

    /** What a moderator sees of a member: trust, sanctions, flags, recent contributions. */
    public MemberRecord record(Reviewer reviewer, long memberId) {
        Reviews.requireModerator(reviewer);
        MemberFacts facts = community.member(memberId).orElseThrow(() -> Refusal.notFound("member", memberId));
        Standing standing = standings.standing(memberId).orElseThrow(() -> Refusal.notFound("member", memberId));
        List<SanctionView> history = history(memberId, clock.instant());
        return new MemberRecord(
                memberId,
                facts.displayName(),
                facts.trustLevel(),
                facts.trustOverride(),
                standing.version(),
                endInForce(history, SanctionKind.SILENCE),
                endInForce(history, SanctionKind.SUSPEND),
                history,
                reviews.flags(TargetType.MEMBER.name(), memberId),
                reviews.upheldFlagsAgainst(memberId),
                standings.contributions(memberId, RECENT));
    }

    /**
     * Why the actor may not sanction the target (or lift the target's sanctions), or {@code null}
     * when they may: nobody acts on themselves or on an admin, only admins on other staff.
     */
    static String mayNot(Standing actor, Standing target) {
        if (actor.memberId() == target.memberId()) {
            return "Nobody sanctions themselves or lifts their own sanctions.";
        }
        if (target.admin()) {
            return "Admins are not sanctioned in the portal.";
        }
        if (target.staff() && !actor.admin()) {
            return "Only admins sanction staff members.";
        }
        return null;
    }

    /** Sanctions of one member are decided one after the other, so that two at once cannot both pass. */
    private void lock(Reviewer reviewer, long memberId, Integer version) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('sanction:' || ?1))")
                .setParameter(1, memberId)
                .getResultList();
        Standing target = standings.standing(memberId).orElseThrow(() -> Refusal.notFound("member", memberId));
        Standing actor = standings.standing(reviewer.memberId()).orElseThrow();
        String refusal = mayNot(actor, target);
        if (refusal != null) {
            throw Refusal.notPermitted(refusal);
        }
        if (target.former()) {
            throw Refusal.conflict("member-gone", "Account deleted", "The member deleted their account.");
        }
        if (version != null && version != target.version()) {
            throw Refusal.stale();
        }
    }

    private List<SanctionView> history(long memberId, Instant now) {
        List<?> rows = em.createNativeQuery("select id, kind, reason, starts_at, ends_at, imposed_by, review_item_id,"
                        + " lifted_at, lifted_by, lift_reason from sanctions where member_id = ?1 order by id desc")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> {
                    Instant ends = Rows.instant(r[4]);
                    Instant lifted = Rows.instant(r[7]);
                    return new SanctionView(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (String) r[2],
                            Rows.instant(r[3]),
                            ends,
                            ((Number) r[5]).longValue(),
                            Rows.longOrNull(r[6]),
                            lifted,
                            Rows.longOrNull(r[8]),
                            (String) r[9],
                            lifted == null && ends.isAfter(now));
                })
                .toList();
    }

    private static Instant endInForce(List<SanctionView> history, SanctionKind kind) {
        return history.stream()
                .filter(s -> s.inForce() && s.kind().equals(kind.name()))
                .map(SanctionView::endsAt)
                .max(Instant::compareTo)
                .orElse(null);
    }

    /** As the moderation log shows it (its columns hold 32 characters). */
    static String state(SanctionKind kind, Instant until) {
        return (kind == SanctionKind.SILENCE ? "SILENCED" : "SUSPENDED") + " to " + MINUTE.format(until);
    }

    static SanctionKind kind(String name) {
        try {
            return SanctionKind.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kind", "must be SILENCE or SUSPEND");
        }
    }

    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw Refusal.invalid("reason", "say in 1 to " + REASON_MAX + " characters why: the member reads it");
        }
        return why;
    }

    private static int required(Integer version) {
        if (version == null) {
            throw Refusal.invalid("version", "must be the member's version you read");
        }
        return version;
    }
}
