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

    public boolean publishedOrVisibleTo(long memberId, boolean staff) {
        return state == Visibility.PUBLISHED || staff || authorId == memberId;
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

    public int version() {
        return version;
    }
}
