package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.checks.entity.Reasons;
import org.agora.moderation.reviews.entity.AuthorNote;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.DecisionRequest;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.MergeCandidate;
import org.agora.moderation.reviews.entity.Moderated;
import org.agora.moderation.reviews.entity.Overdue;
import org.agora.moderation.reviews.entity.Placement;
import org.agora.moderation.reviews.entity.QueueFilter;
import org.agora.moderation.reviews.entity.ReasonTemplate;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.ReviewItemView;
import org.agora.moderation.reviews.entity.ReviewItemView.AuthorView;
import org.agora.moderation.reviews.entity.ReviewItemView.FindingView;
import org.agora.moderation.reviews.entity.ReviewItemView.FlagView;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.SanctionKind;
import org.agora.moderation.reviews.entity.Source;
import org.agora.moderation.reviews.entity.TargetType;

/**
 * The review queue (after Discourse's reviewables): one open item per contribution, opened by the
 * checks, by flags or by an appeal, each later opening adding its score and findings; the queue is
 * ordered by priority and filtered by source, area, kind and reason (see {@link QueueRules});
 * a moderator may claim an item for a while; moderators decide an item under the version they
 * read, in one transaction that changes the item, carries out the decision, settles its flags, fires
 * {@link Moderated} for portal-api to apply, and writes the moderation log.
 */
@ApplicationScoped
public class Reviews {

    public static final int PAGE_MAX = 100;

    static final String COLUMNS = "id, target_type, target_id, post_id, source, state, score, title, body_html,"
            + " appeal_text, findings::text, author_id, decision, reason, decided_by, decided_at, created_at, version,"
            + " appeal_of_decider, area, post_kind, claimed_by, claimed_until, reason_code";

    static final String TEMPLATE_PREFIX = "reject.";

    /** How many merge candidates an item shows. */
    public static final int SIMILAR_MAX = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Community community;

    @Inject
    AuditLog audit;

    @Inject
    Sanctions sanctions;

    @Inject
    Standings standings;

    @Inject
    Event<Moderated> moderated;

    @Inject
    TrustOverrides trust;

    @Inject
    QueueRules rules;

    @Inject
    Clock clock;

    static void requireModerator(Reviewer reviewer) {
        if (!reviewer.moderates()) {
            throw Refusal.notPermitted("Only moderators and admins work the review queue.");
        }
    }

    /**
     * Opens the target's review item, or adds to the one already open: the score adds up, findings
     * are appended, the content shown is the latest, an appeal or flags outrank automatic as source.
     * The item keeps its post's area and kind (asked of the community each time) for the filters.
     * Returns the item's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long open(
            TargetType type,
            long targetId,
            Long postId,
            long authorId,
            Source source,
            List<Finding> findings,
            int score,
            String title,
            String bodyHtml) {
        Instant now = clock.instant();
        Placement placement = postId == null
                ? new Placement(null, null)
                : community.placementOf(postId).orElse(new Placement(null, null));
        Object id = em.createNativeQuery("insert into review_items (target_type, target_id, post_id, author_id, source,"
                        + " score, findings, title, body_html, created_at, updated_at, area, post_kind)"
                        + " values (?1, ?2, cast(?3 as bigint), ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9, ?10, ?10, ?11, ?12)"
                        + " on conflict (target_type, target_id) where state = 'OPEN' do update set"
                        + " score = review_items.score + excluded.score,"
                        + " findings = review_items.findings || excluded.findings,"
                        + " source = case when excluded.source = 'AUTOMATIC' then review_items.source"
                        + " when review_items.source = 'APPEAL' then review_items.source else excluded.source end,"
                        + " title = excluded.title, body_html = excluded.body_html, updated_at = excluded.updated_at,"
                        + " area = excluded.area, post_kind = excluded.post_kind, version = review_items.version + 1"
                        + " returning id")
                .setParameter(1, type.name())
                .setParameter(2, targetId)
                .setParameter(3, postId)
                .setParameter(4, authorId)
                .setParameter(5, source.name())
                .setParameter(6, score)
                .setParameter(7, json(findings))
                .setParameter(8, title == null ? "" : title)
                .setParameter(9, bodyHtml == null ? "" : bodyHtml)
                .setParameter(10, Timestamp.from(now))
                .setParameter(11, placement.area())
                .setParameter(12, placement.kind())
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** The open items the filter lets through, highest priority first, then oldest first. */
    public List<ReviewItemView> queue(Reviewer reviewer, QueueFilter filter, int limit) {
        requireModerator(reviewer);
        Instant now = clock.instant();
        String reason = filter.reason();
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from review_items r where state = 'OPEN'"
                        + " and (cast(?1 as text) is null or source = cast(?1 as text))"
                        + " and (cast(?2 as text) is null or area = cast(?2 as text))"
                        + " and (cast(?3 as text) is null or post_kind = cast(?3 as text))"
                        + " and (cast(?4 as text) is null or findings @> cast(?5 as jsonb) or exists (select 1"
                        + " from flags f where f.target_type = r.target_type and f.target_id = r.target_id"
                        + " and f.outcome = 'OPEN' and f.kind = upper(cast(?4 as text))))"
                        + " and (not cast(?6 as boolean) or claimed_by is null or claimed_by = ?7"
                        + " or claimed_until <= cast(?8 as timestamptz))"
                        + " order by " + QueueRules.prioritySql(8, 9) + " desc, created_at, id limit ?10")
                .setParameter(
                        1, filter.source() == null ? null : filter.source().name())
                .setParameter(2, filter.area())
                .setParameter(3, filter.kind())
                .setParameter(4, reason)
                .setParameter(
                        5,
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("rule", reason == null ? "" : reason))
                                .build()
                                .toString())
                .setParameter(6, filter.unclaimed())
                .setParameter(7, reviewer.memberId())
                .setParameter(8, Timestamp.from(now))
                .setParameter(9, rules.settings().ageWeight())
                .setParameter(10, limit)
                .getResultList();
        return views(rows, reviewer, now, false);
    }

    /** One item, open or decided; an open post's item lists its merge candidates. */
    public ReviewItemView item(Reviewer reviewer, long id) {
        requireModerator(reviewer);
        return find(id, reviewer, true);
    }

    private ReviewItemView find(long id, Reviewer reviewer, boolean similar) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from review_items where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("review item", id);
        }
        return views(rows, reviewer, clock.instant(), similar).get(0);
    }

    /**
     * The reviewer claims the open item for {@code moderation.queue.claim-duration} (again: the
     * claim is renewed), so that other moderators leave it to them; 409 while someone else holds it.
     */
    @Transactional
    public ReviewItemView claim(Reviewer reviewer, long id) {
        requireModerator(reviewer);
        Instant now = clock.instant();
        Locked item = lock(id);
        if (!item.open()) {
            throw Refusal.conflict("item-decided", "Decided already", "Only open review items are claimed.");
        }
        requireUnclaimed(item, reviewer, now);
        em.createNativeQuery("update review_items set claimed_by = ?1, claimed_until = ?2 where id = ?3")
                .setParameter(1, reviewer.memberId())
                .setParameter(2, Timestamp.from(rules.claimEnds(now)))
                .setParameter(3, id)
                .executeUpdate();
        return find(id, reviewer, false);
    }

    /** The reviewer gives their claim up (nothing to do when there is none); 409 for another's claim. */
    @Transactional
    public void release(Reviewer reviewer, long id) {
        requireModerator(reviewer);
        Locked item = lock(id);
        requireUnclaimed(item, reviewer, clock.instant());
        em.createNativeQuery("update review_items set claimed_by = null, claimed_until = null where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /**
     * Decides one item, based on the version the moderator read: of two moderators deciding the
     * same item at once exactly one wins (the row lock orders them, the second finds the version
     * moved and gets 409). The decision must be one of the reviewer's {@link QueueRules#actions}:
     * an appeal is decided by another moderator than the one it appeals (403), an item claimed by
     * someone else waits for them (409, naming them), and the content's state allows the rest (409).
     * Everything — the item, the decision's own work, the flags, the log — is one transaction.
     */
    @Transactional
    public ReviewItemView decide(Reviewer reviewer, long id, DecisionRequest request) {
        requireModerator(reviewer);
        Decision decision = decision(request.decision);
        if (request.version == null) {
            throw Refusal.invalid("version", "must be the version you read");
        }
        String why = request.reason == null || request.reason.isBlank() ? null : request.reason.strip();
        String template = template(request.template);
        if (template != null && decision != Decision.REJECT) {
            throw Refusal.invalid("template", "templates are reasons for a rejection");
        }
        if (decision == Decision.REJECT && why == null && template == null) {
            throw Refusal.invalid("reason", "a rejection needs a reason or a template: the author reads it");
        }
        if (decision.sanctionsAuthor()) {
            Sanctions.reason(why);
        }
        if (why != null && why.length() > 2000) {
            throw Refusal.invalid("reason", "at most 2000 characters");
        }
        requireInput(decision, request);
        Instant now = clock.instant();
        Locked item = lock(id);
        if (!item.open() || item.version() != request.version) {
            throw Refusal.stale();
        }
        ContentState before = community.stateOf(item.type(), item.targetId()).orElse(null);
        if (!decision.fits(item.type())) {
            throw Refusal.invalid("decision", decision + " does not decide a " + item.type() + " item");
        }
        permit(reviewer, item, before, decision, now);
        em.createNativeQuery("update review_items set state = 'DECIDED', decision = ?1, reason = ?2,"
                        + " decided_by = ?3, decided_at = ?4, updated_at = ?4, version = version + 1,"
                        + " claimed_by = null, claimed_until = null, reason_code = ?6 where id = ?5")
                .setParameter(1, decision.name())
                .setParameter(2, why)
                .setParameter(3, reviewer.memberId())
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, id)
                .setParameter(6, template)
                .executeUpdate();
        ContentState after =
                switch (decision) {
                    case APPROVE, REJECT, HIDE, RESTORE, SILENCE_AUTHOR, SUSPEND_AUTHOR -> decision.resultFor(before);
                    case APPROVE_AND_TRUST -> approveAndTrust(reviewer, item);
                    case EDIT_AND_APPROVE -> editAndApprove(item, request);
                    case IGNORE_FLAGS -> ignoreFlags(before);
                    case MERGE -> merge(item, request.into, before);
                };
        em.createNativeQuery("update flags set outcome = ?1, review_item_id = coalesce(review_item_id, ?2)"
                        + " where target_type = ?3 and target_id = ?4 and outcome = 'OPEN'")
                .setParameter(1, decision.upholdsFlags() ? "UPHELD" : "DISMISSED")
                .setParameter(2, id)
                .setParameter(3, item.type().name())
                .setParameter(4, item.targetId())
                .executeUpdate();
        if (before != null && after != null && before != after) {
            moderated.fire(new Moderated(item.type(), item.targetId(), after, reviewer.memberId()));
        }
        audit.record(
                reviewer.memberId(),
                decision.name(),
                item.type(),
                item.targetId(),
                id,
                template == null ? why : why == null ? template : template + ": " + why,
                before,
                decision == Decision.MERGE ? "MERGED into " + request.into : after,
                now);
        switch (decision) {
            case SILENCE_AUTHOR -> sanctions.imposeFor(reviewer, item.authorId(), SanctionKind.SILENCE, why, id);
            case SUSPEND_AUTHOR -> sanctions.imposeFor(reviewer, item.authorId(), SanctionKind.SUSPEND, why, id);
            default -> {
                // the decision's own work is done
            }
        }
        return find(id, reviewer, false);
    }

    /** The input a decision needs besides the version, checked before anything is locked. */
    private static void requireInput(Decision decision, DecisionRequest request) {
        if (decision == Decision.EDIT_AND_APPROVE && request.title == null && request.body == null) {
            throw Refusal.invalid("body", "send the corrected title or body");
        }
        if (decision == Decision.MERGE && request.into == null) {
            throw Refusal.invalid("into", "the id of the post to merge into");
        }
    }

    /** Refuses a decision that is not among the reviewer's actions, saying why. */
    private void permit(Reviewer reviewer, Locked item, ContentState content, Decision decision, Instant now) {
        if (item.appealOfDecider() != null && item.appealOfDecider() == reviewer.memberId()) {
            throw Refusal.notPermitted("An appeal is decided by another moderator than the one who decided before.");
        }
        requireUnclaimed(item, reviewer, now);
        if (!rules.actions(facts(item, content), reviewer.memberId(), now).contains(decision)) {
            throw Refusal.conflict(
                    "decision-not-available",
                    "Not possible now",
                    decision + " is not possible for this item now (the contribution is "
                            + (content == null ? "gone" : content.name().toLowerCase(Locale.ROOT))
                            + "); the item's actions say what is.");
        }
    }

    private void requireUnclaimed(Locked item, Reviewer reviewer, Instant now) {
        if (QueueRules.claimedByOther(item.claimedBy(), item.claimedUntil(), reviewer.memberId(), now)) {
            String name = community
                    .member(item.claimedBy())
                    .map(MemberFacts::displayName)
                    .orElse("another moderator");
            throw Refusal.conflict(
                    "claimed",
                    "Claimed by " + name,
                    name + " (member " + item.claimedBy() + ") is working on this item until " + item.claimedUntil()
                            + ".");
        }
    }

    /** Approves and lifts the author to trust level 1 when below it, as a logged trust override. */
    private ContentState approveAndTrust(Reviewer reviewer, Locked item) {
        MemberFacts author = community.member(item.authorId()).orElse(null);
        if (author != null && author.trustLevel() < 1) {
            trust.override(reviewer, item.authorId(), 1, "approved with trust (review item " + item.id() + ")");
        }
        return Decision.APPROVE_AND_TRUST.result();
    }

    /** The moderator's correction, a normal edit that keeps the previous version, then the approval. */
    private ContentState editAndApprove(Locked item, DecisionRequest request) {
        if (item.type() == TargetType.COMMENT && request.title != null) {
            throw Refusal.invalid("title", "comments have no title");
        }
        community.correct(item.type(), item.targetId(), request.title, request.body);
        return Decision.EDIT_AND_APPROVE.result();
    }

    /** The flags were wrong: what only they hid is public again, nothing else changes. */
    private static ContentState ignoreFlags(ContentState before) {
        // flags are taken on public content only and every decision settles them, so hidden content
        // with open flags was hidden by those flags
        return before == ContentState.HIDDEN ? ContentState.PUBLISHED : before;
    }

    /** Merges the item's post into another one; the post keeps its state. */
    private ContentState merge(Locked item, long into, ContentState before) {
        community.merge(item.postId(), into);
        return before;
    }

    /** The item's row, locked for this transaction; 404 when there is none. */
    private Locked lock(long id) {
        List<?> rows = em.createNativeQuery("select id, target_type, target_id, post_id, author_id, state, version,"
                        + " appeal_of_decider, claimed_by, claimed_until from review_items where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("review item", id);
        }
        Object[] r = (Object[]) rows.get(0);
        return new Locked(
                ((Number) r[0]).longValue(),
                TargetType.valueOf((String) r[1]),
                ((Number) r[2]).longValue(),
                Rows.longOrNull(r[3]),
                ((Number) r[4]).longValue(),
                "OPEN".equals(r[5]),
                ((Number) r[6]).intValue(),
                Rows.longOrNull(r[7]),
                Rows.longOrNull(r[8]),
                Rows.instant(r[9]));
    }

    private record Locked(
            long id,
            TargetType type,
            long targetId,
            Long postId,
            long authorId,
            boolean open,
            int version,
            Long appealOfDecider,
            Long claimedBy,
            Instant claimedUntil) {}

    private QueueRules.Facts facts(Locked item, ContentState content) {
        return new QueueRules.Facts(
                item.open(),
                item.type(),
                content,
                item.appealOfDecider(),
                item.claimedBy(),
                item.claimedUntil(),
                hasOpenFlags(item.type(), item.targetId()));
    }

    private boolean hasOpenFlags(TargetType type, long targetId) {
        return !em.createNativeQuery("select 1 from flags where target_type = ?1 and target_id = ?2"
                        + " and outcome = 'OPEN' limit 1")
                .setParameter(1, type.name())
                .setParameter(2, targetId)
                .getResultList()
                .isEmpty();
    }

    /**
     * The author asks for another look, once per contribution: the open item becomes an appeal, or
     * a new one opens; it remembers who decided last, so that another moderator decides it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appeal(
            long authorId, TargetType type, long targetId, long postId, String text, String title, String bodyHtml) {
        String why = text == null ? "" : text.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw Refusal.invalid("text", "say in 1 to 2000 characters why this should be published");
        }
        // one appeal per contribution, even when the author sends two at once
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('review:' || ?1 || ':' || ?2))")
                .setParameter(1, type.name())
                .setParameter(2, targetId)
                .getResultList();
        long earlier = ((Number) em.createNativeQuery("select count(*) from review_items where target_type = ?1"
                                + " and target_id = ?2 and appeal_text is not null")
                        .setParameter(1, type.name())
                        .setParameter(2, targetId)
                        .getSingleResult())
                .longValue();
        if (earlier > 0) {
            throw Refusal.conflict("appealed-already", "Appealed already", "A contribution can be appealed once.");
        }
        List<?> deciders = em.createNativeQuery("select decided_by from review_items where target_type = ?1"
                        + " and target_id = ?2 and state = 'DECIDED' order by decided_at desc limit 1")
                .setParameter(1, type.name())
                .setParameter(2, targetId)
                .getResultList();
        Long decider = deciders.isEmpty() ? null : Rows.longOrNull(deciders.get(0));
        long id = open(type, targetId, postId, authorId, Source.APPEAL, List.of(), 0, title, bodyHtml);
        em.createNativeQuery("update review_items set source = 'APPEAL', appeal_text = ?1,"
                        + " appeal_of_decider = cast(?2 as bigint) where id = ?3")
                .setParameter(1, why)
                .setParameter(2, decider)
                .setParameter(3, id)
                .executeUpdate();
        audit.record(authorId, "APPEAL", type, targetId, id, why, null, null, clock.instant());
        return id;
    }

    /**
     * Claims up to {@code limit} open items that wait longer than {@code after} and were not yet
     * reminded of: marks them reminded and returns them, in the caller's transaction. Each item is
     * claimed once, also by rounds running at once on several nodes: rows another round holds are
     * skipped, and the update only takes rows still unreminded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Overdue> claimOverdue(Duration after, int limit) {
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery("update review_items set reminded_at = ?1 where id in (select id from"
                        + " review_items where state = 'OPEN' and reminded_at is null and created_at <= ?2"
                        + " order by created_at limit ?3 for update skip locked) and reminded_at is null"
                        + " returning id, target_type, target_id, post_id, created_at")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.minus(after)))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Overdue(
                        ((Number) r[0]).longValue(),
                        TargetType.valueOf((String) r[1]),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        Rows.instant(r[4])))
                .toList();
    }

    /** What the authors of these contributions are told about their moderation, by target id. */
    public Map<Long, AuthorNote> notes(TargetType type, Collection<Long> targetIds, Locale locale) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select distinct on (target_id) target_id, state, source, findings::text,"
                        + " decision, reason, bool_or(appeal_text is not null) over (partition by target_id), reason_code"
                        + " from review_items where target_type = ?1 and target_id = any(cast(?2 as bigint[]))"
                        + " order by target_id, id desc")
                .setParameter(1, type.name())
                .setParameter(
                        2,
                        targetIds.stream()
                                .map(String::valueOf)
                                .toList()
                                .toString()
                                .replace('[', '{')
                                .replace(']', '}'))
                .getResultList();
        Map<Long, AuthorNote> notes = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Source source = Source.valueOf((String) r[2]);
            List<String> reasons = new ArrayList<>();
            for (FindingView f : findings((String) r[3], locale)) {
                if (!reasons.contains(f.reason())) {
                    reasons.add(f.reason());
                }
            }
            if (source == Source.FLAGS) {
                reasons.add(Reasons.text("review.flags", List.of(), locale));
            } else if (source == Source.APPEAL) {
                reasons.add(Reasons.text("review.appeal", List.of(), locale));
            }
            notes.put(
                    ((Number) r[0]).longValue(),
                    new AuthorNote(
                            (String) r[1],
                            source.name(),
                            reasons,
                            (String) r[4],
                            reason((String) r[7], (String) r[5], locale),
                            Boolean.TRUE.equals(r[6])));
        }
        return notes;
    }

    /** The rejection templates, in the reviewer's language. */
    public List<ReasonTemplate> templates(Reviewer reviewer) {
        requireModerator(reviewer);
        return Reasons.codes(TEMPLATE_PREFIX).stream()
                .map(code -> new ReasonTemplate(code, Reasons.text(code, List.of(), reviewer.locale())))
                .toList();
    }

    private static String template(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        if (!c.startsWith(TEMPLATE_PREFIX) || !Reasons.known(c)) {
            throw Refusal.invalid("template", "one of " + Reasons.codes(TEMPLATE_PREFIX));
        }
        return c;
    }

    /** A decision's reason as a reader reads it: the template in their language, then the moderator's words. */
    static String reason(String template, String words, Locale locale) {
        if (template == null) {
            return words;
        }
        String text = Reasons.text(template, List.of(), locale);
        return words == null ? text : text + " " + words;
    }

    /** Flags upheld against this member's contributions in the last 100 days (they lower trust). */
    public int upheldFlagsAgainst(long memberId) {
        return ((Number) em.createNativeQuery("select count(*) from flags f where f.outcome = 'UPHELD'"
                                + " and f.created_at > now() - interval '100 days' and exists (select 1 from"
                                + " review_items r where r.target_type = f.target_type and r.target_id = f.target_id"
                                + " and r.author_id = ?1)")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .intValue();
    }

    /**
     * The rows as the reviewer sees them, with their priority and actions at {@code now}; with
     * {@code similar}, items that can be merged list their merge candidates.
     */
    private List<ReviewItemView> views(List<?> rows, Reviewer reviewer, Instant now, boolean similar) {
        List<ReviewItemView> views = new ArrayList<>();
        Map<Long, AuthorView> authors = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            TargetType type = TargetType.valueOf((String) r[1]);
            long targetId = ((Number) r[2]).longValue();
            Long postId = Rows.longOrNull(r[3]);
            int score = ((Number) r[6]).intValue();
            long authorId = ((Number) r[11]).longValue();
            Instant createdAt = Rows.instant(r[16]);
            boolean open = "OPEN".equals(r[5]);
            Long claimedBy = Rows.longOrNull(r[21]);
            Instant claimedUntil = Rows.instant(r[22]);
            boolean claimed = claimedUntil != null && claimedUntil.isAfter(now);
            List<FlagView> flags = flags(type.name(), targetId);
            List<Decision> actions = rules.actions(
                    new QueueRules.Facts(
                            open,
                            type,
                            open ? community.stateOf(type, targetId).orElse(null) : null,
                            Rows.longOrNull(r[18]),
                            claimedBy,
                            claimedUntil,
                            flags.stream().anyMatch(f -> "OPEN".equals(f.outcome()))),
                    reviewer.memberId(),
                    now);
            List<MergeCandidate> candidates =
                    similar && actions.contains(Decision.MERGE) ? community.similarTo(postId, SIMILAR_MAX) : null;
            views.add(new ReviewItemView(
                    id,
                    type.name(),
                    targetId,
                    Rows.longOrNull(r[3]),
                    (String) r[4],
                    (String) r[5],
                    score,
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    findings((String) r[10], reviewer.locale()),
                    flags,
                    authors.computeIfAbsent(authorId, this::author),
                    (String) r[12],
                    reason((String) r[23], (String) r[13], reviewer.locale()),
                    Rows.longOrNull(r[14]),
                    Rows.instant(r[15]),
                    createdAt,
                    ((Number) r[17]).intValue(),
                    (String) r[19],
                    (String) r[20],
                    open ? rules.priority(score, createdAt, now) : 0,
                    claimed ? claimedBy : null,
                    claimed ? claimedUntil : null,
                    actions,
                    candidates,
                    type == TargetType.MEMBER ? standings.contributions(targetId, Sanctions.RECENT) : null));
        }
        return views;
    }

    /** The flags on a target, oldest first; also the portal's timeline of a post, which authorizes its readers. */
    public List<FlagView> flags(String type, long targetId) {
        List<?> rows = em.createNativeQuery("select id, flagger_id, kind, duplicate_of, text, score, outcome,"
                        + " created_at from flags where target_type = ?1 and target_id = ?2 order by id")
                .setParameter(1, type)
                .setParameter(2, targetId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(f -> new FlagView(
                        ((Number) f[0]).longValue(),
                        ((Number) f[1]).longValue(),
                        (String) f[2],
                        Rows.longOrNull(f[3]),
                        (String) f[4],
                        ((Number) f[5]).intValue(),
                        (String) f[6],
                        Rows.instant(f[7])))
                .toList();
    }

    private AuthorView author(long authorId) {
        Object[] counts = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where decision in ('APPROVE', 'RESTORE')),"
                        + " count(*) filter (where decision = 'REJECT'), count(*) filter (where decision = 'HIDE')"
                        + " from review_items where author_id = ?1")
                .setParameter(1, authorId)
                .getSingleResult();
        MemberFacts facts = community.member(authorId).orElse(new MemberFacts(authorId, "", 0, null));
        return new AuthorView(
                authorId,
                facts.displayName(),
                facts.trustLevel(),
                facts.trustOverride(),
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(),
                upheldFlagsAgainst(authorId));
    }

    public static Decision decision(String name) {
        try {
            return Decision.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("decision", "must be one of " + Arrays.toString(Decision.values()));
        }
    }

    static String json(List<Finding> findings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Finding f : findings) {
            JsonArrayBuilder params = Json.createArrayBuilder();
            f.params().forEach(params::add);
            array.add(Json.createObjectBuilder()
                    .add("rule", f.rule())
                    .add("score", Double.isFinite(f.score()) ? f.score() : 0)
                    .add("action", f.action().name())
                    .add("reasonCode", f.reasonCode())
                    .add("params", params));
        }
        return array.build().toString();
    }

    static List<FindingView> findings(String json, Locale locale) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        List<FindingView> views = new ArrayList<>();
        for (JsonObject f : array.getValuesAs(JsonObject.class)) {
            List<String> params = f.getJsonArray("params").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString)
                    .toList();
            String code = f.getString("reasonCode");
            views.add(new FindingView(
                    f.getString("rule"),
                    f.getJsonNumber("score").doubleValue(),
                    f.getString("action"),
                    code,
                    Reasons.text(code, params, locale)));
        }
        return views;
    }
}
