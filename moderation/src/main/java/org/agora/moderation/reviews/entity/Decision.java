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
    /** Dismisses the open flags and closes the item; content hidden by the flags is public again. */
    IGNORE_FLAGS(null),
    /** Merges the item's post into another post; its own state stays as it is. */
    MERGE(null);

    private final ContentState result;

    Decision(ContentState result) {
        this.result = result;
    }

    public ContentState result() {
        return result;
    }

    /** Whether the flags on the target were right (they count against the author's trust). */
    public boolean upholdsFlags() {
        return this == REJECT || this == HIDE;
    }

    /** Whether one bulk request may apply it to many items: not where each item needs its own input. */
    public boolean inBulk() {
        return this != EDIT_AND_APPROVE && this != MERGE;
    }
}
