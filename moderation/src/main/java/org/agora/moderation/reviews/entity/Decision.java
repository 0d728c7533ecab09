package org.agora.moderation.reviews.entity;

/** What a moderator decides about a review item, and the state the contribution gets. */
public enum Decision {
    APPROVE(ContentState.PUBLISHED),
    /** Needs a reason, which the author sees. */
    REJECT(ContentState.REJECTED),
    HIDE(ContentState.HIDDEN),
    RESTORE(ContentState.PUBLISHED),
    /** A flagged member: the flags were wrong, nothing changes. Decides member items only. */
    IGNORE(null),
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

    /** Whether it decides an item about this kind of target: a member is ignored, silenced or suspended. */
    public boolean fits(TargetType type) {
        return sanctionsAuthor() || (type == TargetType.MEMBER) == (this == IGNORE);
    }

    /** The state the contribution gets from the one it has ({@code null}: no content, as for members). */
    public ContentState resultFor(ContentState before) {
        if (before == null || result == null) {
            return before;
        }
        return sanctionsAuthor() && before == ContentState.PENDING ? ContentState.REJECTED : result;
    }
}
