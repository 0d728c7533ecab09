package org.agora.moderation.reviews.entity;

/** Why a review item was opened. */
public enum Source {
    /** The automatic checks held or flagged the contribution. */
    AUTOMATIC,
    /** Community flags reached the threshold and hid it. */
    FLAGS,
    /** Its author asked for another look (once per contribution). */
    APPEAL
}
