package org.agora.moderation.checks.entity;

/**
 * What happens to a contribution, from mildest to strictest. A verdict takes the strictest action
 * of its findings. Nothing is ever deleted: {@link #BLOCK} refuses the submission with a reason the
 * author sees (their words stay with them to edit and resubmit), {@link #HOLD} stores it pending
 * until a moderator decides.
 */
public enum Action {
    /** Published at once. */
    PUBLISH,
    /** Published at once, and a review item asks a moderator to look at it. */
    FLAG,
    /** Stored but not public until a moderator approves it; the author sees it and why. */
    HOLD,
    /** Refused; the author is told why and can edit and resubmit. */
    BLOCK;

    public Action stricter(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Parses a configured action ({@code publish}, {@code flag}, {@code hold}, {@code block}). */
    public static Action parse(String configured) {
        return valueOf(configured.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
