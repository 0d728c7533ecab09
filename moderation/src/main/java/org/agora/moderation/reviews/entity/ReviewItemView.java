package org.agora.moderation.reviews.entity;

import java.time.Instant;
import java.util.List;

/**
 * A review item as the queue shows it: the content as it was when the item opened, the checks'
 * findings with reasons in the reviewer's language, the flags, the author with their trust and
 * history, and — once decided — the decision. An item about a member has no post and no content;
 * it shows what the member wrote lately ({@code contributions}, null for other items).
 */
public record ReviewItemView(
        long id,
        String targetType,
        long targetId,
        Long postId,
        String source,
        String state,
        int score,
        String title,
        String bodyHtml,
        String appealText,
        List<FindingView> findings,
        List<FlagView> flags,
        AuthorView author,
        String decision,
        String reason,
        Long decidedBy,
        Instant decidedAt,
        Instant createdAt,
        int version,
        Contributions contributions) {

    public record FindingView(String rule, double score, String action, String reasonCode, String reason) {}

    public record FlagView(
            long id,
            long flaggerId,
            String kind,
            Long duplicateOf,
            String text,
            int score,
            String outcome,
            Instant createdAt) {}

    /**
     * @param approved earlier items of this author decided APPROVE or RESTORE
     * @param rejected earlier items decided REJECT
     * @param hidden earlier items decided HIDE
     * @param upheldFlags flags against them that moderators upheld
     */
    public record AuthorView(
            long id,
            String displayName,
            int trustLevel,
            Integer trustOverride,
            long approved,
            long rejected,
            long hidden,
            long upheldFlags) {}
}
