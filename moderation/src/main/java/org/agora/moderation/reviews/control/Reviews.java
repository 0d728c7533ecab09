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
import java.time.Instant;
import java.util.ArrayList;
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
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.Moderated;
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
 * checks, by flags or by an appeal, each later opening adding its score and findings; moderators
 * decide an item under the version they read, in one transaction that changes the item, settles its
 * flags, fires {@link Moderated} for portal-api to apply, and writes the moderation log.
 */
@ApplicationScoped
public class Reviews {

    public static final int PAGE_MAX = 100;

    static final String COLUMNS = "id, target_type, target_id, post_id, source, state, score, title, body_html,"
            + " appeal_text, findings::text, author_id, decision, reason, decided_by, decided_at, created_at, version,"
            + " appeal_of_decider";

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
    Clock clock;

    static void requireModerator(Reviewer reviewer) {
        if (!reviewer.moderates()) {
            throw Refusal.notPermitted("Only moderators and admins work the review queue.");
        }
    }

    /**
     * Opens the target's review item, or adds to the one already open: the score adds up, findings
     * are appended, the content shown is the latest, an appeal or flags outrank automatic as source.
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
        Object id = em.createNativeQuery("insert into review_items (target_type, target_id, post_id, author_id, source,"
                        + " score, findings, title, body_html, created_at, updated_at)"
                        + " values (?1, ?2, cast(?3 as bigint), ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9, ?10, ?10)"
                        + " on conflict (target_type, target_id) where state = 'OPEN' do update set"
                        + " score = review_items.score + excluded.score,"
                        + " findings = review_items.findings || excluded.findings,"
                        + " source = case when excluded.source = 'AUTOMATIC' then review_items.source"
                        + " when review_items.source = 'APPEAL' then review_items.source else excluded.source end,"
                        + " title = excluded.title, body_html = excluded.body_html, updated_at = excluded.updated_at,"
                        + " version = review_items.version + 1"
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
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** The open items, highest score first, then oldest first; optionally of one source. */
    public List<ReviewItemView> queue(Reviewer reviewer, Source source, int limit) {
        requireModerator(reviewer);
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from review_items where state = 'OPEN'"
                        + " and (cast(?1 as text) is null or source = cast(?1 as text))"
                        + " order by score desc, created_at, id limit ?2")
                .setParameter(1, source == null ? null : source.name())
                .setParameter(2, limit)
                .getResultList();
        return views(rows, reviewer.locale());
    }

    public ReviewItemView item(Reviewer reviewer, long id) {
        requireModerator(reviewer);
        return find(id, reviewer.locale());
    }

    private ReviewItemView find(long id, Locale locale) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from review_items where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("review item", id);
        }
        return views(rows, locale).get(0);
    }

    /**
     * Decides one item, based on the version the moderator read: of two moderators deciding the
     * same item at once exactly one wins (the row lock orders them, the second finds the version
     * moved and gets 409). An appeal is decided by another moderator than the one it appeals.
     */
    @Transactional
    public ReviewItemView decide(Reviewer reviewer, long id, String decisionName, String reason, Integer version) {
        requireModerator(reviewer);
        Decision decision = decision(decisionName);
        if (version == null) {
            throw Refusal.invalid("version", "must be the version you read");
        }
        String why = reason == null ? null : reason.strip();
        if (decision == Decision.REJECT && (why == null || why.isEmpty())) {
            throw Refusal.invalid("reason", "a rejection needs a reason: the author reads it");
        }
        if (decision.sanctionsAuthor()) {
            Sanctions.reason(why);
        }
        if (why != null && why.length() > 2000) {
            throw Refusal.invalid("reason", "at most 2000 characters");
        }
        List<?> rows = em.createNativeQuery(
                        "select target_type, target_id, state, appeal_of_decider, author_id from review_items where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("review item", id);
        }
        Object[] row = (Object[]) rows.get(0);
        TargetType type = TargetType.valueOf((String) row[0]);
        long targetId = ((Number) row[1]).longValue();
        Long appealed = Rows.longOrNull(row[3]);
        if (!decision.fits(type)) {
            throw Refusal.invalid("decision", decision + " does not decide a " + type + " item");
        }
        if ("OPEN".equals(row[2]) && appealed != null && appealed == reviewer.memberId()) {
            throw Refusal.notPermitted("An appeal is decided by another moderator than the one who decided before.");
        }
        Instant now = clock.instant();
        int changed = em.createNativeQuery("update review_items set state = 'DECIDED', decision = ?1, reason = ?2,"
                        + " decided_by = ?3, decided_at = ?4, updated_at = ?4, version = version + 1"
                        + " where id = ?5 and version = ?6 and state = 'OPEN'")
                .setParameter(1, decision.name())
                .setParameter(2, why)
                .setParameter(3, reviewer.memberId())
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, id)
                .setParameter(6, version)
                .executeUpdate();
        if (changed == 0) {
            throw Refusal.stale();
        }
        ContentState before = community.stateOf(type, targetId).orElse(null);
        ContentState after = decision.resultFor(before);
        em.createNativeQuery("update flags set outcome = ?1, review_item_id = coalesce(review_item_id, ?2)"
                        + " where target_type = ?3 and target_id = ?4 and outcome = 'OPEN'")
                .setParameter(1, decision.upholdsFlags() ? "UPHELD" : "DISMISSED")
                .setParameter(2, id)
                .setParameter(3, type.name())
                .setParameter(4, targetId)
                .executeUpdate();
        if (before != null && before != after) {
            moderated.fire(new Moderated(type, targetId, after, reviewer.memberId()));
        }
        audit.record(reviewer.memberId(), decision.name(), type, targetId, id, why, before, after, now);
        long authorId = ((Number) row[4]).longValue();
        switch (decision) {
            case SILENCE_AUTHOR -> sanctions.imposeFor(reviewer, authorId, SanctionKind.SILENCE, why, id);
            case SUSPEND_AUTHOR -> sanctions.imposeFor(reviewer, authorId, SanctionKind.SUSPEND, why, id);
            default -> {
                // the decision's state change is all
            }
        }
        return find(id, reviewer.locale());
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

    /** What the authors of these contributions are told about their moderation, by target id. */
    public Map<Long, AuthorNote> notes(TargetType type, Collection<Long> targetIds, Locale locale) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select distinct on (target_id) target_id, state, source, findings::text,"
                        + " decision, reason, bool_or(appeal_text is not null) over (partition by target_id)"
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
                            (String) r[5],
                            Boolean.TRUE.equals(r[6])));
        }
        return notes;
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

    private List<ReviewItemView> views(List<?> rows, Locale locale) {
        List<ReviewItemView> views = new ArrayList<>();
        Map<Long, AuthorView> authors = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            String type = (String) r[1];
            long targetId = ((Number) r[2]).longValue();
            long authorId = ((Number) r[11]).longValue();
            views.add(new ReviewItemView(
                    id,
                    type,
                    targetId,
                    Rows.longOrNull(r[3]),
                    (String) r[4],
                    (String) r[5],
                    ((Number) r[6]).intValue(),
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    findings((String) r[10], locale),
                    flags(type, targetId),
                    authors.computeIfAbsent(authorId, this::author),
                    (String) r[12],
                    (String) r[13],
                    Rows.longOrNull(r[14]),
                    Rows.instant(r[15]),
                    Rows.instant(r[16]),
                    ((Number) r[17]).intValue(),
                    TargetType.MEMBER.name().equals(type)
                            ? standings.contributions(targetId, Sanctions.RECENT)
                            : null));
        }
        return views;
    }

    List<FlagView> flags(String type, long targetId) {
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

    static Decision decision(String name) {
        try {
            return Decision.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("decision", "must be one of " + java.util.Arrays.toString(Decision.values()));
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
