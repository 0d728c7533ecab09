package org.agora.portal.timeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.moderation.delivery.control.Deliveries;
import org.agora.moderation.delivery.entity.AttemptView;
import org.agora.moderation.delivery.entity.DeliveryView;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.agora.moderation.reviews.entity.ReviewItemView.FlagView;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.posts.control.PostCatalog;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.solved.control.SolvedQuestions;
import org.agora.portal.solved.entity.SolvedAnswerView;
import org.agora.portal.timeline.entity.Milestones;
import org.agora.portal.timeline.entity.TimelineEvent;

/**
 * Assembles a post's timeline when it is read, from the tables that record each step (nothing is
 * stored twice): the portal's own (post, status changes, merges, votes, answers) and moderation's,
 * read through its read methods (audit log, flags, deliveries). Readers who may see the post get
 * the public steps, staff all of them.
 */
@ApplicationScoped
public class Timelines {

    /** The audit log's newest entries of a post that the timeline shows. */
    static final int AUDIT_MAX = 1000;

    /** Audit entries of steps the timeline shows from the portal's own records. */
    private static final Set<String> RECORDED_ELSEWHERE = Set.of("STATUS_CHANGED", "MERGED", "UNMERGED");

    @PersistenceContext
    EntityManager em;

    @Inject
    PostCatalog catalog;

    @Inject
    MemberRegistry members;

    @Inject
    SolvedQuestions solved;

    @Inject
    AuditLog audit;

    @Inject
    Reviews reviews;

    @Inject
    Deliveries deliveries;

    /** The post's timeline, oldest step first, as this reader may see it (404 if they may not see the post). */
    public List<TimelineEvent> of(long postId, Long readerId, boolean staff) {
        PostView post = catalog.find(postId, readerId, staff);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(event(post.createdAt(), "SUBMITTED", false, post.author().id(), null, null, null, null));
        statusChanges(postId, events);
        merges(postId, events);
        milestones(postId, events);
        answers(postId, staff, events);
        if (staff) {
            auditEntries(postId, events);
            reviews.flags(TargetType.POST.name(), postId)
                    .forEach(flag -> events.add(event(
                            flag.createdAt(),
                            "FLAGGED",
                            true,
                            flag.flaggerId(),
                            null,
                            null,
                            flag.text(),
                            flagDetails(flag))));
            deliveries.ofPost(postId).forEach(delivery -> delivery(delivery, events));
        }
        events.sort(Comparator.comparing(TimelineEvent::at)); // stable: same-time steps keep their order
        Map<Long, String> names = members.displayNames(events.stream()
                .map(TimelineEvent::actorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return events.stream()
                .map(e -> e.actorId() == null
                        ? e
                        : e.withActor(names.getOrDefault(e.actorId(), MemberRegistry.FORMER_MEMBER)))
                .toList();
    }

    /** Status changes with their public response while it stands; no member behind it: a team's tool. */
    private void statusChanges(long postId, List<TimelineEvent> events) {
        rows(
                        "select s.created_at, s.from_status, s.to_status, s.changed_by, c.body_html, c.id"
                                + " from status_changes s left join comments c on c.id = s.response_id"
                                + " and c.state = 'PUBLISHED' and c.deleted_at is null where s.post_id = ?1 order by s.id",
                        postId)
                .forEach(r -> events.add(event(
                        Rows.instant(r[0]),
                        "STATUS_CHANGED",
                        false,
                        Rows.id(r[3]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[4],
                        details(d -> {
                            d.add("external", r[3] == null);
                            if (r[5] != null) {
                                d.add("response", ((Number) r[5]).longValue());
                            }
                        }))));
    }

    /** This post merged into another, others merged into it, and merges taken back. */
    private void merges(long postId, List<TimelineEvent> events) {
        rows(
                        "select source_id, target_id, merged_by, merged_at, unmerged_by, unmerged_at from merges"
                                + " where source_id = ?1 or target_id = ?1 order by id",
                        postId)
                .forEach(r -> {
                    long source = ((Number) r[0]).longValue();
                    long target = ((Number) r[1]).longValue();
                    JsonObject what = details(d -> d.add("source", source).add("target", target));
                    events.add(event(
                            Rows.instant(r[3]),
                            source == postId ? "MERGED_INTO" : "MERGED_FROM",
                            false,
                            Rows.id(r[2]),
                            null,
                            null,
                            null,
                            what));
                    if (r[5] != null) {
                        events.add(event(Rows.instant(r[5]), "UNMERGED", false, Rows.id(r[4]), null, null, null, what));
                    }
                });
    }

    private void milestones(long postId, List<TimelineEvent> events) {
        List<Instant> times = em
                .createNativeQuery("select created_at from votes where post_id = ?1 order by created_at limit ?2")
                .setParameter(1, postId)
                .setParameter(2, Milestones.LARGEST)
                .getResultList()
                .stream()
                .map(Rows::instant)
                .toList();
        Milestones.reached(times)
                .forEach(m -> events.add(event(
                        m.at(),
                        "VOTE_MILESTONE",
                        false,
                        null,
                        null,
                        null,
                        null,
                        details(d -> d.add("votes", m.votes())))));
    }

    /** The public sees that a voter answered and how; staff also who, and their comment. */
    private void answers(long postId, boolean staff, List<TimelineEvent> events) {
        for (SolvedAnswerView answer : solved.answers(postId, null)) {
            events.add(event(
                    answer.answeredAt(),
                    "SOLVED_ANSWER",
                    false,
                    staff ? answer.memberId() : null,
                    null,
                    null,
                    staff ? answer.comment() : null,
                    details(d -> d.add("solved", answer.solved()))));
        }
    }

    /**
     * Staff actions and automatic moderation on the post: decisions, holds, appeals, edits, votes on
     * behalf, the idea's entry into triage (or, where none was logged, its first forward), forwards,
     * reports of the team's tool.
     */
    private void auditEntries(long postId, List<TimelineEvent> events) {
        List<AuditEntry> entries = new ArrayList<>(audit.ofTarget(TargetType.POST, postId, AUDIT_MAX));
        entries.sort(Comparator.comparingLong(AuditEntry::id));
        // an idea enters triage by its score or a product manager (logged as such), or by a forward
        boolean triaged = entries.stream().anyMatch(e -> "TRIAGE_ENTERED".equals(e.action()));
        for (AuditEntry entry : entries) {
            if (RECORDED_ELSEWHERE.contains(entry.action())) {
                continue;
            }
            if ("IDEA_FORWARDED".equals(entry.action()) && !triaged) {
                triaged = true;
                events.add(event(entry.at(), "TRIAGE_ENTERED", true, entry.actorId(), null, entry.after(), null, null));
            }
            events.add(event(
                    entry.at(),
                    entry.action(),
                    true,
                    entry.actorId(),
                    entry.before(),
                    entry.after(),
                    entry.reason(),
                    entry.details()));
        }
    }

    private static JsonObject flagDetails(FlagView flag) {
        return details(d -> {
            d.add("kind", flag.kind()).add("score", flag.score()).add("outcome", flag.outcome());
            if (flag.duplicateOf() != null) {
                d.add("duplicateOf", flag.duplicateOf());
            }
        });
    }

    /** A delivery with its attempts when it was made, and when it arrived. */
    private static void delivery(DeliveryView delivery, List<TimelineEvent> events) {
        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (AttemptView attempt : delivery.attemptLog()) {
            JsonObjectBuilder a = Json.createObjectBuilder()
                    .add("startedAt", attempt.startedAt().toString());
            if (attempt.durationMs() != null) {
                a.add("durationMs", attempt.durationMs());
            }
            if (attempt.statusCode() != null) {
                a.add("statusCode", attempt.statusCode());
            }
            if (attempt.error() != null) {
                a.add("error", attempt.error());
            }
            attempts.add(a);
        }
        JsonObject made = details(d -> {
            d.add("delivery", delivery.id())
                    .add("channel", delivery.channel())
                    .add("forward", delivery.forward())
                    .add("state", delivery.state())
                    .add("attempts", delivery.attempts())
                    .add("attemptLog", attempts);
            if (delivery.lastError() != null) {
                d.add("lastError", delivery.lastError());
            }
        });
        events.add(event(delivery.createdAt(), "DELIVERY", true, null, null, delivery.state(), null, made));
        if (delivery.deliveredAt() != null) {
            events.add(event(delivery.deliveredAt(), "DELIVERED", true, null, null, null, null, details(d -> {
                d.add("delivery", delivery.id())
                        .add("channel", delivery.channel())
                        .add("forward", delivery.forward());
                if (delivery.externalRef() != null) {
                    d.add("externalRef", delivery.externalRef());
                }
                if (delivery.externalUrl() != null) {
                    d.add("externalUrl", delivery.externalUrl());
                }
            })));
        }
    }

    private static TimelineEvent event(
            Instant at,
            String type,
            boolean internal,
            Long actorId,
            String from,
            String to,
            String text,
            JsonObject details) {
        return new TimelineEvent(at, type, internal, actorId, null, from, to, text, details);
    }

    private static JsonObject details(java.util.function.Consumer<JsonObjectBuilder> fill) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fill.accept(builder);
        return builder.build();
    }

    private List<Object[]> rows(String sql, long postId) {
        return em.createNativeQuery(sql).setParameter(1, postId).getResultList().stream()
                .map(Object[].class::cast)
                .toList();
    }
}
