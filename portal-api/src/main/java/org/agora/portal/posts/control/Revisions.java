package org.agora.portal.posts.control;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Moderated;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.moderation.sanitizing.control.HtmlPolicy;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.moderating.control.Screening;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.agora.portal.platform.control.Rows;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Comment;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostEdit;
import org.agora.portal.posts.entity.PostVersionView;
import org.agora.portal.posts.entity.Visibility;
import org.agora.portal.posts.entity.Workflow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Changes to a post after it was submitted: content edits (each one keeps the previous content
 * as a version), classification (area, stage, tags), status changes with an optional public
 * response, and deletion. Who may do what is decided here, per field.
 */
@ApplicationScoped
public class Revisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    HtmlPolicy html;

    @Inject
    PostFields fields;

    @Inject
    PostCatalog catalog;

    @Inject
    ChangeLog changes;

    @Inject
    Workflows workflows;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.posts.edit-grace", defaultValue = "PT1H")
    Duration grace;

    @Inject
    Screening screening;

    @Inject
    MemberRegistry members;

    @Inject
    Event<Moderated> moderated;

    @Inject
    AuditLog audit;

    private String areaSlug(long areaId) {
        return (String) em.createNativeQuery("select slug from product_areas where id = ?1")
                .setParameter(1, areaId)
                .getSingleResult();
    }

    @Transactional
    public Post revise(Actor actor, long postId, PostEdit edit) {
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        Instant now = clock.instant();
        boolean author = post.authorId() == actor.memberId();
        boolean classifies = edit.area != null || edit.stage != null || edit.tags != null;
        if (edit.changesContent() && !actor.moderates() && !(author && post.editableByAuthor(now, grace))) {
            throw new NotPermitted(
                    author
                            ? "Posts can be edited for " + grace.toMinutes()
                                    + " minutes after posting, or while they wait for review."
                            : "Only the author, moderators and admins edit a post.");
        }
        if (classifies && !actor.staff() && !(author && post.editableByAuthor(now, grace))) {
            throw new NotPermitted("Area, stage and tags are set by the author while the post is new, and by staff.");
        }
        if ((edit.status != null || edit.response != null) && !actor.staff()) {
            throw new NotPermitted("Only staff change the status of a post.");
        }
        if (edit.response != null && edit.status == null) {
            throw new InvalidInput(
                    "A response goes with a status change; answer in the comments otherwise.",
                    List.of(new FieldError("status", "required with a response")));
        }
        if (post.version() != edit.version) {
            throw new StaleVersion();
        }
        if (post.deletedAt() != null || post.mergedIntoId() != null) {
            throw new Conflict("post-closed", "Post closed", "Deleted and merged posts are not changed.");
        }

        List<FieldError> errors = new ArrayList<>();
        Long areaId = edit.area == null ? post.areaId() : fields.areaId(edit.area, errors);
        String stage = edit.stage == null ? post.stage() : edit.stage.isEmpty() ? null : edit.stage;
        fields.checkStage(stage, errors);
        List<String> tags = edit.tags == null ? null : PostFields.tags(edit.tags, errors);
        Workflow workflow = workflows.of(post.kind());
        if (edit.status != null && !workflow.knows(edit.status)) {
            errors.add(new FieldError(
                    "status", post.kind().name().toLowerCase() + " has the statuses " + workflow.statuses()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are not valid.", errors);
        }

        List<String> oldTags = catalog.tagsOf(List.of(postId)).getOrDefault(postId, List.of());
        String title = edit.title == null ? post.title() : edit.title;
        String bodyRaw = edit.body == null ? post.bodyRaw() : edit.body;
        String bodyHtml = edit.body == null ? post.bodyHtml() : html.sanitize(edit.body);
        String language = edit.language == null ? post.language() : edit.language;
        // an author's new words pass the checks as new ones do; moderators' edits are theirs to make
        Verdict verdict = null;
        if (author && !actor.moderates() && (edit.title != null || edit.body != null)) {
            verdict = screening.screenEdit(
                    members.find(actor.memberId()).orElseThrow(),
                    actor.staff(),
                    ContributionKind.POST,
                    areaSlug(areaId),
                    title,
                    bodyRaw,
                    language);
            if (post.state() == Visibility.REJECTED) {
                verdict = verdict.resubmitted();
            }
            bodyHtml = verdict.sanitizedHtml();
        }
        boolean contentChanged = !title.strip().equals(post.title())
                || !bodyRaw.equals(post.bodyRaw())
                || !language.equals(post.language())
                || !Objects.equals(stage, post.stage())
                || !areaId.equals(post.areaId())
                || (tags != null && !tags.equals(oldTags));
        if (contentChanged) {
            if (!author) {
                List<String> changed = new ArrayList<>();
                addIf(changed, "title", !title.strip().equals(post.title()));
                addIf(changed, "body", !bodyRaw.equals(post.bodyRaw()));
                addIf(changed, "language", !language.equals(post.language()));
                addIf(changed, "stage", !Objects.equals(stage, post.stage()));
                addIf(changed, "area", !areaId.equals(post.areaId()));
                addIf(changed, "tags", tags != null && !tags.equals(oldTags));
                audit.record(
                        actor.memberId(),
                        "POST_EDITED",
                        TargetType.POST,
                        postId,
                        null,
                        null,
                        "version " + post.version(),
                        "version " + (post.version() + 1),
                        Map.of("fields", changed, "author", post.authorId()),
                        now);
            }
            keepVersion(post, oldTags, actor.memberId(), now);
            post.edit(title, bodyRaw, bodyHtml, language, stage, areaId, now);
            if (tags != null) {
                fields.replaceTags(postId, tags);
            }
        }
        if (edit.status != null && !edit.status.equals(post.status())) {
            changeStatus(actor, post, workflow, edit.status, edit.response, now);
        } else if (edit.status != null && edit.response != null) {
            throw new InvalidInput("The post already has this status.", List.of(new FieldError("status", "unchanged")));
        }
        if (contentChanged) {
            changes.record(ChangeKind.POST_EDITED, postId, null, actor.memberId());
            if (verdict != null && verdict.needsReview()) {
                if (!verdict.publishes()) {
                    em.flush();
                    moderated.fire(new Moderated(TargetType.POST, postId, ContentState.PENDING, null));
                }
                screening.review(
                        verdict, TargetType.POST, postId, postId, post.authorId(), post.title(), post.bodyHtml());
            }
        }
        em.flush();
        return post;
    }

    private static void addIf(List<String> list, String item, boolean condition) {
        if (condition) {
            list.add(item);
        }
    }

    /**
     * Sets a status a product team's tool reported, without a member behind it, by the workflow's
     * rules, in the caller's transaction: {@code applied}, {@code unchanged}, or why not (never throws
     * for a disallowed transition, so that the caller can record it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String applyExternalStatus(long postId, String to) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.deletedAt() != null || post.mergedIntoId() != null) {
            return "not applied: the post is deleted or merged";
        }
        if (to.equals(post.status())) {
            return "unchanged";
        }
        Workflow workflow = workflows.of(post.kind());
        if (!workflow.allows(post.status(), to)) {
            return "not allowed: from " + post.status() + " only to " + workflow.next(post.status());
        }
        changeStatus(null, post, workflow, to, null, clock.instant());
        return "applied";
    }

    private void changeStatus(Actor actor, Post post, Workflow workflow, String to, String response, Instant now) {
        String from = post.status();
        if (!workflow.allows(from, to)) {
            throw new Conflict(
                    "transition-not-allowed",
                    "Status change not allowed",
                    "A " + post.kind().name().toLowerCase() + " goes from " + from + " only to " + workflow.next(from)
                            + ".");
        }
        Long actorId = actor == null ? null : actor.memberId();
        post.changeStatus(workflow, to, now);
        Long responseId = null;
        if (response != null) {
            Comment official = new Comment(
                    post.id(),
                    null,
                    actor.memberId(),
                    response,
                    html.sanitize(response),
                    true,
                    Visibility.PUBLISHED,
                    now);
            em.persist(official);
            em.flush();
            responseId = official.id();
            em.createNativeQuery("update posts set comment_count = comment_count + 1 where id = ?1")
                    .setParameter(1, post.id())
                    .executeUpdate();
        }
        em.createNativeQuery(
                        "insert into status_changes (post_id, from_status, to_status, changed_by, response_id, created_at)"
                                + " values (?1, ?2, ?3, cast(?4 as bigint), cast(?5 as bigint), ?6)")
                .setParameter(1, post.id())
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, actorId)
                .setParameter(5, responseId)
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
        changes.record(ChangeKind.POST_STATUS_CHANGED, post.id(), responseId, actorId);
        audit.record(
                actorId,
                "STATUS_CHANGED",
                TargetType.POST,
                post.id(),
                null,
                response,
                from,
                to,
                responseId == null ? null : Map.of("response", responseId),
                now);
    }

    private void keepVersion(Post post, List<String> tags, long editor, Instant now) {
        em.createNativeQuery("insert into post_versions (post_id, version, title, body_raw, body_html, language, stage,"
                        + " area_id, tags, edited_by, edited_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, post.id())
                .setParameter(2, post.version())
                .setParameter(3, post.title())
                .setParameter(4, post.bodyRaw())
                .setParameter(5, post.bodyHtml())
                .setParameter(6, post.language())
                .setParameter(7, post.stage())
                .setParameter(8, post.areaId())
                .setParameter(9, String.join(",", tags))
                .setParameter(10, editor)
                .setParameter(11, Timestamp.from(now))
                .executeUpdate();
    }

    /** The author withdraws their post, or a moderator or admin removes it; votes and comments stay. */
    @Transactional
    public void delete(Actor actor, long postId) {
        Post post = catalog.visible(postId, actor.memberId(), actor.staff());
        if (post.authorId() != actor.memberId() && !actor.moderates()) {
            throw new NotPermitted("Only the author, moderators and admins delete a post.");
        }
        if (post.deletedAt() == null) {
            Instant now = clock.instant();
            if (post.authorId() != actor.memberId()) {
                audit.record(
                        actor.memberId(),
                        "POST_DELETED",
                        TargetType.POST,
                        postId,
                        null,
                        null,
                        post.state().name(),
                        "DELETED",
                        Map.of("author", post.authorId()),
                        now);
            }
            post.delete(now);
            changes.record(ChangeKind.POST_DELETED, postId, null, actor.memberId());
        }
    }

    /** Earlier contents of a post, newest first: for whoever may read the post. */
    public List<PostVersionView> versions(long postId, Long readerId, boolean staff) {
        catalog.find(postId, readerId, staff);
        return em
                .createNativeQuery("select version, title, body_html, language, stage, tags, edited_by, edited_at"
                        + " from post_versions where post_id = ?1 order by id desc")
                .setParameter(1, postId)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    String tags = (String) r[5];
                    return new PostVersionView(
                            ((Number) r[0]).intValue(),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            tags.isEmpty() ? List.of() : List.of(tags.split(",")),
                            Rows.id(r[6]),
                            Rows.instant(r[7]));
                })
                .toList();
    }
}
