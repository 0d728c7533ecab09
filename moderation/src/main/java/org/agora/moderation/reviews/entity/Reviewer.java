package org.agora.moderation.reviews.entity;

/**
 * The signed-in caller as moderation sees them.
 *
 * @param memberId their member id
 * @param moderates moderators and admins: they work the queue
 * @param language {@code de} or {@code en} for reason texts
 * @param administers admins: they also export the audit log
 */
public record Reviewer(long memberId, boolean moderates, String language, boolean administers) {

    public Reviewer(long memberId, boolean moderates, String language) {
        this(memberId, moderates, language, false);
    }

    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language == null ? "en" : language);
    }
}
