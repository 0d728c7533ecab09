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

/** A comment in a post's discussion; replies point to their parent, at most {@link #DEPTH_MAX} deep. */
@Entity
@Table(name = "comments")
public class Comment {

    public static final int BODY_MAX = 10_000;
    public static final int DEPTH_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "body_raw", nullable = false)
    private String bodyRaw;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false, updatable = false)
    private short depth;

    @Column(nullable = false, updatable = false)
    private boolean official;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private int version;

    protected Comment() {}

    /** A comment on a post, or a reply to {@code parent} (null for a new thread). */
    public Comment(
            long postId,
            Comment parent,
            long authorId,
            String bodyRaw,
            String bodyHtml,
            boolean official,
            Visibility state,
            Instant now) {
        if (parent != null && !parent.postId.equals(postId)) {
            throw new IllegalArgumentException("a reply belongs to the post of its parent");
        }
        int level = parent == null ? 0 : parent.depth + 1;
        if (level > DEPTH_MAX) {
            throw new IllegalArgumentException("replies nest at most " + DEPTH_MAX + " deep");
        }
        this.postId = postId;
        this.parentId = parent == null ? null : parent.id;
        this.authorId = authorId;
        this.bodyRaw = bodyRaw;
        this.bodyHtml = bodyHtml;
        this.depth = (short) level;
        this.official = official;
        this.state = state;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String bodyRaw, String bodyHtml, Instant now) {
        if (deletedAt != null) {
            throw new IllegalStateException("a deleted comment cannot be edited");
        }
        this.bodyRaw = bodyRaw;
        this.bodyHtml = bodyHtml;
        this.editedAt = now;
        this.updatedAt = now;
    }

    /** Takes the state moderation decided; false when it already had it. */
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

    /** Counted on the post and shown to everyone. */
    public boolean counted() {
        return state == Visibility.PUBLISHED && deletedAt == null;
    }

    public boolean canReplyTo() {
        return depth < DEPTH_MAX && deletedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long postId() {
        return postId;
    }

    public Long parentId() {
        return parentId;
    }

    public Long authorId() {
        return authorId;
    }

    public String bodyRaw() {
        return bodyRaw;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int depth() {
        return depth;
    }

    public boolean official() {
        return official;
    }

    public Visibility state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public int version() {
        return version;
    }
}
