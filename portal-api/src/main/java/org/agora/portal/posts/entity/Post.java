package org.agora.portal.posts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A post. The counters are maintained by SQL in the transactions that add votes and comments, so
 * JPA reads them but never writes them: a status change can never overwrite a vote.
 */
@Entity
@Table(name = "posts")
public class Post {

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "body_raw", nullable = false)
    private String bodyRaw;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String language;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    private String stage;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(nullable = false)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility state;

    @Column(name = "vote_count", insertable = false, updatable = false)
    private int voteCount;

    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(insertable = false, updatable = false)
    private double trending;

    @Version
    private int version;

    protected Post() {}

    /**
     * A new post of a member. The body arrives twice: as written and as sanitized by moderation's
     * one policy; only the sanitized one is ever shown.
     */
    public Post(
            Kind kind,
            String title,
            String bodyRaw,
            String bodyHtml,
            String language,
            long areaId,
            String stage,
            long authorId,
            Visibility state,
            Instant now) {
        if (kind == null || title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new IllegalArgumentException("a post needs a kind and a title of 1 to " + TITLE_MAX + " characters");
        }
        this.kind = kind;
        this.title = title.strip();
        this.bodyRaw = bodyRaw == null ? "" : bodyRaw;
        this.bodyHtml = bodyHtml == null ? "" : bodyHtml;
        this.language = language;
        this.areaId = areaId;
        this.stage = stage;
        this.authorId = authorId;
        this.status = Kind.INITIAL;
        this.state = state;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Published posts are for everyone; pending, hidden and rejected ones for their author and
     * staff; deleted ones for staff only.
     */
    public boolean visibleTo(long memberId, boolean staff) {
        if (staff) {
            return true;
        }
        return deletedAt == null && (state == Visibility.PUBLISHED || authorId == memberId);
    }

    /** Open for votes, comments and follows: published, not deleted, not merged away. */
    public boolean open() {
        return state == Visibility.PUBLISHED && deletedAt == null && mergedIntoId == null;
    }

    /** Takes a new title and body (sanitized by the caller), language, stage and area. */
    public void edit(
            String title, String bodyRaw, String bodyHtml, String language, String stage, long areaId, Instant now) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new IllegalArgumentException("a title has 1 to " + TITLE_MAX + " characters");
        }
        this.title = title.strip();
        this.bodyRaw = bodyRaw;
        this.bodyHtml = bodyHtml;
        this.language = language;
        this.stage = stage;
        this.areaId = areaId;
        this.editedAt = now;
        this.updatedAt = now;
    }

    /** Moves the post along its kind's workflow; refuses a transition the workflow does not have. */
    public void changeStatus(Workflow workflow, String to, Instant now) {
        if (!workflow.allows(status, to)) {
            throw new IllegalStateException(kind + " cannot go from " + status + " to " + to);
        }
        status = to;
        updatedAt = now;
    }

    /**
     * Takes the state moderation decided (published, held, hidden, rejected); false when it already
     * had it. Only moderation calls this: the automatic checks, community flags and moderators.
     */
    public boolean moderate(Visibility to, Instant now) {
        if (to == null || to == state) {
            return false;
        }
        state = to;
        updatedAt = now;
        return true;
    }

    public void delete(Instant now) {
        deletedAt = now;
        updatedAt = now;
    }

    public void mergeInto(long targetId, Instant now) {
        if (Long.valueOf(targetId).equals(id)) {
            throw new IllegalArgumentException("a post cannot be merged into itself");
        }
        mergedIntoId = targetId;
        updatedAt = now;
    }

    public void unmerge(Instant now) {
        mergedIntoId = null;
        updatedAt = now;
    }

    /** Tells a member who reads it whether the author may still edit it: while pending, or in the grace period. */
    public boolean editableByAuthor(Instant now, Duration grace) {
        // a rejected post stays editable: the author may correct it and submit it again
        return state == Visibility.PENDING || state == Visibility.REJECTED || !now.isAfter(createdAt.plus(grace));
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String bodyRaw() {
        return bodyRaw;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String language() {
        return language;
    }

    public Long areaId() {
        return areaId;
    }

    public String stage() {
        return stage;
    }

    public Long authorId() {
        return authorId;
    }

    public String status() {
        return status;
    }

    public Visibility state() {
        return state;
    }

    public int voteCount() {
        return voteCount;
    }

    public int commentCount() {
        return commentCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public double trending() {
        return trending;
    }

    public int version() {
        return version;
    }
}
