package org.agora.moderation.flags.entity;

/** Why a member flags a contribution. */
public enum FlagKind {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC,
    /** Needs the id of the post it duplicates. */
    DUPLICATE,
    /** Needs a text. */
    OTHER;

    /** Whether a member (rather than a contribution) can be flagged for it: a spam account, abuse, other. */
    public boolean aboutMembers() {
        return this == SPAM || this == OFFENSIVE || this == OTHER;
    }
}
