package org.agora.moderation.reviews.entity;

import java.util.List;

/**
 * What the author of a contribution is told about its moderation: whether a review is open and
 * why (the checks' reasons in their language, the community's flags, their appeal), and the
 * decision with its reason.
 *
 * @param review {@code OPEN} while a moderator has still to decide, {@code DECIDED} after
 * @param source why it was reviewed
 * @param reasons the reasons, in the author's language
 * @param decision the last decision, or {@code null}
 * @param decisionReason the moderator's reason, or {@code null}
 * @param appealed whether the author has used their one appeal
 */
public record AuthorNote(
        String review, String source, List<String> reasons, String decision, String decisionReason, boolean appealed) {}
