package org.agora.moderation.reviews.entity;

import java.time.Instant;
import java.util.List;

/**
 * A review item as the queue shows it: the content as it was when the item opened, the checks'
 * findings with reasons in the reviewer's language, the flags, the author with their trust and
 * history, and — once decided — the decision. An item about a member has no post and no content;
 * it shows what the member wrote lately ({@code contributions}, null for other items).
 *
 * @param area the product area of the item's post (its slug)
 * @param kind the kind of the item's post
 * @param priority what the queue orders by: score + hours waiting × {@code moderation.queue.age-weight} (0 once decided)
 * @param claimedBy the moderator working on it, while their claim lasts
 * @param claimedUntil when that claim ends
 * @param actions what this reviewer may decide now (empty when decided, claimed by another, or
 *     an appeal against their own decision)
 * @param similar merge candidates: published posts like this one (the item alone, when MERGE is possible)
 * @param contributions what a flagged member wrote lately (member items only, else null)
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
        String area,
        String kind,
        double priority,
        Long claimedBy,
        Instant claimedUntil,
        List<Decision> actions,
        List<MergeCandidate> similar,
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
