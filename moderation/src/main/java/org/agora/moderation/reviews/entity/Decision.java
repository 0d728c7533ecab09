package org.agora.moderation.reviews.entity;

/**
 * What a moderator decides about a review item, and the state the contribution gets ({@code null}:
 * it keeps its state, or — for {@link #IGNORE_FLAGS} — leaves the hiding of the flags).
 */
public enum Decision {
    APPROVE(ContentState.PUBLISHED),
    /** Needs a reason, which the author sees. */
    REJECT(ContentState.REJECTED),
    HIDE(ContentState.HIDDEN),
    RESTORE(ContentState.PUBLISHED),
    /** Approves and raises the author to at least trust level 1 (a logged trust override). */
    APPROVE_AND_TRUST(ContentState.PUBLISHED),
    /** Corrects the title and body as an edit that keeps the previous version, then approves. */
    EDIT_AND_APPROVE(ContentState.PUBLISHED),
    /**
     * Dismisses the open flags and closes the item; content hidden by the flags is public again, a
     * flagged member stays as they are.
     */
    IGNORE_FLAGS(null),
    /** Merges the item's post into another post; its own state stays as it is. */
    MERGE(null),
    /** Hides the content (rejects it while held) and silences its author, escalating; needs a reason. */
    SILENCE_AUTHOR(ContentState.HIDDEN),
    /** Hides the content (rejects it while held) and suspends its author, escalating; needs a reason. */
    SUSPEND_AUTHOR(ContentState.HIDDEN);

    private final ContentState result;

    Decision(ContentState result) {
        this.result = result;
    }

    public ContentState result() {
        return result;
    }

    /** Whether the flags on the target were right (they count against the author's trust). */
    public boolean upholdsFlags() {
        return this == REJECT || this == HIDE || sanctionsAuthor();
    }

    public boolean sanctionsAuthor() {
        return this == SILENCE_AUTHOR || this == SUSPEND_AUTHOR;
    }

    /** Whether it decides an item about this kind of target: a member's flags are ignored, or the member sanctioned. */
    public boolean fits(TargetType type) {
        return type != TargetType.MEMBER || this == IGNORE_FLAGS || sanctionsAuthor();
    }

    /** The state the contribution gets from the one it has ({@code null}: no content, as for members). */
    public ContentState resultFor(ContentState before) {
        if (before == null || result == null) {
            return before;
        }
        return sanctionsAuthor() && (before == ContentState.PENDING || before == ContentState.REJECTED)
                ? ContentState.REJECTED
                : result;
    }

    /** Whether one bulk request may apply it to many items: not where each item needs its own input. */
    public boolean inBulk() {
        return this != EDIT_AND_APPROVE && this != MERGE;
    }
}
