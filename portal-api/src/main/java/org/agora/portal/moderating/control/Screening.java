package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.control.Checks;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Contribution;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.limits.control.RateLimits;
import org.agora.moderation.limits.entity.RateDecision;
import org.agora.moderation.limits.entity.Usage;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Source;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.RateLimited;
import org.agora.portal.platform.control.Rows;

/**
 * Screens what a member writes before it is stored: silenced members write nothing, then the rate limits of their trust level first
 * (counted from their posts and comments in the database; 429 with Retry-After), then moderation's
 * checks with their trust level and their own recent texts. A block is refused with the reasons in
 * the member's language (422, nothing stored); the caller stores the verdict's sanitized body, and
 * {@link #review} opens the review item of a held or flagged contribution once it has an id.
 */
@ApplicationScoped
public class Screening {

    static final int RECENT_TEXTS = 10;
    private static final Duration DAY = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    Checks checks;

    @Inject
    RateLimits limits;

    @Inject
    MemberTrust trust;

    @Inject
    MemberRegistry members;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new post or comment: rate limits, then the checks. */
    public Verdict screenNew(
            Member author,
            boolean staff,
            ContributionKind kind,
            String area,
            String title,
            String body,
            String language) {
        members.requireVoice(author);
        // one member's submissions are counted one after the other, so that two at once cannot both pass
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('submit:' || ?1))")
                .setParameter(1, author.id())
                .getResultList();
        Instant now = clock.instant();
        int level = staff ? 4 : trust.levelOf(author.id());
        if (!staff) {
            // members.trust_level shows the level in effect (e.g. on /api/me); it is refreshed here
            em.createNativeQuery("update members set trust_level = ?1 where id = ?2 and trust_level <> ?1")
                    .setParameter(1, level)
                    .setParameter(2, author.id())
                    .executeUpdate();
        }
        RateDecision rate = limits.decide(kind, level, staff, usage(author, now), now);
        if (!rate.allowed()) {
            throw new RateLimited(rate.reason(author.language()), Duration.ofSeconds(rate.retryAfterSeconds()));
        }
        return check(author, level, kind, area, title, body, language, now);
    }

    /** An author's edit of their post or comment: the checks (edits are not rate limited). */
    public Verdict screenEdit(
            Member author,
            boolean staff,
            ContributionKind kind,
            String area,
            String title,
            String body,
            String language) {
        members.requireVoice(author);
        int level = staff ? 4 : trust.levelOf(author.id());
        return check(author, level, kind, area, title, body, language, clock.instant());
    }

    private Verdict check(
            Member author,
            int level,
            ContributionKind kind,
            String area,
            String title,
            String body,
            String language,
            Instant now) {
        Contribution contribution = new Contribution(
                kind,
                author.id(),
                level,
                Duration.between(author.createdAt(), now),
                area,
                title,
                body,
                recentTexts(author.id(), kind, now),
                language);
        Verdict verdict = checks.check(contribution);
        if (verdict.action() == Action.BLOCK) {
            throw new Refusal(
                    422,
                    "contribution-refused",
                    "Not accepted",
                    String.join(" ", verdict.reasons(author.language())),
                    "body",
                    verdict.reasons(author.language()),
                    0);
        }
        return verdict;
    }

    /** Opens (or adds to) the review item of a held or flagged contribution and logs the automatic action. */
    public void review(
            Verdict verdict,
            TargetType type,
            long targetId,
            long postId,
            long authorId,
            String title,
            String bodyHtml) {
        if (!verdict.needsReview()) {
            return;
        }
        long item = reviews.open(
                type,
                targetId,
                postId,
                authorId,
                Source.AUTOMATIC,
                verdict.findings(),
                verdict.action() == Action.HOLD ? 10 : 5,
                title,
                bodyHtml);
        audit.record(
                null,
                verdict.action() == Action.HOLD ? "AUTO_HOLD" : "AUTO_FLAG",
                type,
                targetId,
                item,
                String.join("; ", verdict.reasons(Locale.ENGLISH)),
                null,
                verdict.action() == Action.HOLD ? "PENDING" : "PUBLISHED",
                clock.instant());
    }

    private Usage usage(Member author, Instant now) {
        Timestamp since = Timestamp.from(now.minus(DAY));
        return new Usage(
                author.createdAt(),
                times("select created_at from posts where author_id = ?1 and created_at > ?2", author.id(), since),
                times("select created_at from comments where author_id = ?1 and created_at > ?2", author.id(), since));
    }

    private List<Instant> times(String sql, long memberId, Timestamp since) {
        return em.createNativeQuery(sql)
                .setParameter(1, memberId)
                .setParameter(2, since)
                .getResultStream()
                .map(Rows::instant)
                .toList();
    }

    private List<String> recentTexts(long memberId, ContributionKind kind, Instant now) {
        // the checks compare what a reader sees: a post's title and body, a comment's body
        String text =
                kind == ContributionKind.COMMENT ? "body_raw from comments" : "title || chr(10) || body_raw from posts";
        List<?> rows = em.createNativeQuery("select " + text
                        + " where author_id = ?1 and created_at > ?2 order by created_at desc limit ?3")
                .setParameter(1, memberId)
                .setParameter(2, Timestamp.from(now.minus(DAY)))
                .setParameter(3, RECENT_TEXTS)
                .getResultList();
        return rows.stream().map(String.class::cast).toList();
    }
}
