package org.agora.moderation.reviews.entity;

/** What a moderator decides about a review item, and the state the contribution gets. */
public enum Decision {
    APPROVE(ContentState.PUBLISHED),
    /** Needs a reason, which the author sees. */
    REJECT(ContentState.REJECTED),
    HIDE(ContentState.HIDDEN),
    RESTORE(ContentState.PUBLISHED);

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
}
