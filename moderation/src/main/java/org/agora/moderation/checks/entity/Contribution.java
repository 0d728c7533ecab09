package org.agora.moderation.checks.entity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A contribution as the checks see it, before it is stored. Moderation knows members and posts
 * only by id; the caller supplies what the checks need about the author.
 *
 * @param kind post, comment or profile text
 * @param authorId the member's id
 * @param authorTrustLevel the author's trust level 0–4 (see {@code TrustLevels}); staff pass 4
 * @param authorAccountAge how long the author has been a member
 * @param area the area's key (pre-moderation can be configured per area); {@code null} for comments
 *     and profiles if the caller has none
 * @param title the title as written, {@code ""} where the kind has none
 * @param html the body as written (raw, unsanitized HTML); the checks sanitize it themselves
 * @param recentTexts plain or HTML texts of the author's own recent contributions (say, the last 10
 *     within 24 h), for the duplicate check; may be empty
 * @param language {@code "de"}, {@code "en"}, or {@code null} when unknown
 */
public record Contribution(
        ContributionKind kind,
        long authorId,
        int authorTrustLevel,
        Duration authorAccountAge,
        String area,
        String title,
        String html,
        List<String> recentTexts,
        String language) {

    public Contribution {
        Objects.requireNonNull(kind, "kind");
        if (authorTrustLevel < 0 || authorTrustLevel > 4) {
            throw new IllegalArgumentException("trust level must be 0–4: " + authorTrustLevel);
        }
        authorAccountAge = authorAccountAge == null || authorAccountAge.isNegative() ? Duration.ZERO : authorAccountAge;
        title = title == null ? "" : title;
        html = html == null ? "" : html;
        recentTexts = recentTexts == null ? List.of() : List.copyOf(recentTexts);
    }

    /** A post without history or known language, for the common case; tests and callers refine it with the with-methods. */
    public static Contribution post(long authorId, int authorTrustLevel, String area, String title, String html) {
        return new Contribution(
                ContributionKind.POST, authorId, authorTrustLevel, Duration.ZERO, area, title, html, List.of(), null);
    }

    public static Contribution comment(long authorId, int authorTrustLevel, String html) {
        return new Contribution(
                ContributionKind.COMMENT, authorId, authorTrustLevel, Duration.ZERO, null, "", html, List.of(), null);
    }

    public Contribution withAccountAge(Duration age) {
        return new Contribution(kind, authorId, authorTrustLevel, age, area, title, html, recentTexts, language);
    }

    public Contribution withRecentTexts(List<String> texts) {
        return new Contribution(kind, authorId, authorTrustLevel, authorAccountAge, area, title, html, texts, language);
    }

    public Contribution withLanguage(String lang) {
        return new Contribution(
                kind, authorId, authorTrustLevel, authorAccountAge, area, title, html, recentTexts, lang);
    }
}
