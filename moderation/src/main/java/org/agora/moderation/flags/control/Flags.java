package org.agora.moderation.flags.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.flags.entity.Flag;
import org.agora.moderation.flags.entity.FlagKind;
import org.agora.moderation.flags.entity.FlagOutcome;
import org.agora.moderation.flags.entity.FlagReceipt;
import org.agora.moderation.flags.entity.FlagRequest;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Moderated;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Source;
import org.agora.moderation.reviews.entity.TargetType;

/**
 * Takes community flags: scores each with {@link FlagScoring} against the target's open flags and
 * the flagger's own recent ones, stores it, and at the threshold hides the target with a review
 * item (source FLAGS) — by firing {@link Moderated} in the same transaction — and logs it.
 */
@ApplicationScoped
public class Flags {

    public static final int TEXT_MAX = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    FlagScoring scoring;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    Event<Moderated> moderated;

    @Inject
    Clock clock;

    /**
     * The target as the caller knows it: who wrote it, their trust, what it says. A member is their
     * own author, has no post ({@code postId} null) and shows their name as title.
     */
    public record Target(
            TargetType type, long id, Long postId, long authorId, int authorTrust, String title, String bodyHtml) {}

    /** The flagging member. */
    public record Flagger(long memberId, int trust, boolean staff, Locale locale) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public FlagReceipt flag(Target target, Flagger flagger, FlagRequest request) {
        FlagKind kind = kind(request.kind);
        boolean aboutMember = target.type() == TargetType.MEMBER;
        if (aboutMember && !kind.aboutMembers()) {
            throw Refusal.invalid("kind", "a member is flagged SPAM, OFFENSIVE or OTHER");
        }
        String text = request.text == null ? "" : request.text.strip();
        if (text.length() > TEXT_MAX) {
            throw Refusal.invalid("text", "at most " + TEXT_MAX + " characters");
        }
        Instant now = clock.instant();
        // flags on one target are scored one after the other, so that concurrent flags add up
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('flags:' || ?1 || ':' || ?2))")
                .setParameter(1, target.type().name())
                .setParameter(2, target.id())
                .getResultList();
        List<?> rows = em.createNativeQuery("select flagger_id, flagger_trust, staff, kind, duplicate_of, text,"
                        + " created_at from flags where target_type = ?1 and target_id = ?2"
                        + " and (outcome = 'OPEN' or (flagger_id = ?3 and created_at > ?4)) order by id")
                .setParameter(1, target.type().name())
                .setParameter(2, target.id())
                .setParameter(3, flagger.memberId())
                .setParameter(4, Timestamp.from(now.minus(scoring.settings().reflagAfter())))
                .getResultList();
        List<Flag> earlier = rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Flag(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).intValue(),
                        (Boolean) r[2],
                        FlagKind.valueOf((String) r[3]),
                        r[4] == null ? null : ((Number) r[4]).longValue(),
                        (String) r[5],
                        ((Timestamp) r[6]).toInstant()))
                .toList();
        Flag flag =
                new Flag(flagger.memberId(), flagger.trust(), flagger.staff(), kind, request.duplicateOf, text, now);
        FlagOutcome outcome = scoring.decide(flag, target.authorId(), target.authorTrust(), earlier);
        if (!outcome.accepted()) {
            throw refusal(outcome, flagger.locale());
        }
        Object id = em.createNativeQuery("insert into flags (target_type, target_id, flagger_id, flagger_trust, staff,"
                        + " kind, duplicate_of, text, score, created_at) values (?1, ?2, ?3, ?4, ?5, ?6,"
                        + " cast(?7 as bigint), ?8, ?9, ?10) returning id")
                .setParameter(1, target.type().name())
                .setParameter(2, target.id())
                .setParameter(3, flagger.memberId())
                .setParameter(4, flagger.trust())
                .setParameter(5, flagger.staff())
                .setParameter(6, kind.name())
                .setParameter(7, request.duplicateOf)
                .setParameter(8, text)
                .setParameter(9, outcome.score())
                .setParameter(10, Timestamp.from(now))
                .getSingleResult();
        long flagId = ((Number) id).longValue();
        boolean itemOpen = !em.createNativeQuery(
                        "select 1 from review_items where target_type = ?1 and target_id = ?2 and state = 'OPEN'")
                .setParameter(1, target.type().name())
                .setParameter(2, target.id())
                .getResultList()
                .isEmpty();
        // a member is not hidden: every flag on them goes to the queue at once
        boolean hide = outcome.hide() && !aboutMember;
        if (hide || itemOpen || aboutMember) {
            long item = reviews.open(
                    target.type(),
                    target.id(),
                    target.postId(),
                    target.authorId(),
                    hide || aboutMember ? Source.FLAGS : Source.AUTOMATIC,
                    List.of(),
                    hide ? outcome.totalScore() : outcome.score(),
                    target.title(),
                    target.bodyHtml());
            em.createNativeQuery("update flags set review_item_id = ?1 where target_type = ?2 and target_id = ?3"
                            + " and outcome = 'OPEN' and review_item_id is null")
                    .setParameter(1, item)
                    .setParameter(2, target.type().name())
                    .setParameter(3, target.id())
                    .executeUpdate();
            if (hide) {
                moderated.fire(new Moderated(target.type(), target.id(), ContentState.HIDDEN, null));
                audit.record(
                        null,
                        "HIDE_BY_FLAGS",
                        target.type(),
                        target.id(),
                        item,
                        "flag score " + outcome.totalScore(),
                        ContentState.PUBLISHED,
                        ContentState.HIDDEN,
                        now);
            }
        }
        return new FlagReceipt(flagId, outcome.score(), outcome.totalScore(), hide);
    }

    private static FlagKind kind(String name) {
        try {
            return FlagKind.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kind", "must be SPAM, OFFENSIVE, OFF_TOPIC, DUPLICATE or OTHER");
        }
    }

    private static Refusal refusal(FlagOutcome outcome, Locale locale) {
        String reason = outcome.reason(locale);
        return switch (outcome.refusal()) {
            case "flag.again-too-soon" -> Refusal.tooSoon(reason, outcome.retryAfterSeconds());
            case "flag.duplicate-needs-target" -> Refusal.invalid("duplicateOf", reason);
            case "flag.other-needs-text" -> Refusal.invalid("text", reason);
            default -> Refusal.notPermitted(reason);
        };
    }
}
