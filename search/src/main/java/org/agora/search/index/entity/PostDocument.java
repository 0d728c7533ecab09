package org.agora.search.index.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post as the index sees it: what portal-api reads from the database and hands over. Plain text
 * only: the caller strips markup from the body before (the index escapes whatever it shows).
 *
 * @param id the post's id; the key of every update and delete
 * @param kind idea, experience, criticism ... (facet and filter)
 * @param status published, pending, hidden, rejected, planned ... (facet and filter)
 * @param visibleToPublic whether customers may see the post at all; false for pending, hidden and
 *     rejected posts. Searches that do not include hidden posts never return it
 * @param area the product area's slug, or null
 * @param tags tag slugs, possibly empty
 * @param stage the triage stage, or null
 * @param language "de" or "en" when known (the author's choice); null to detect it from the text
 * @param title the title, plain text
 * @param body the body, plain text
 * @param votes number of votes (ranking)
 * @param comments number of comments
 * @param created when the post was created
 * @param updated when the post last changed (ranking: recency)
 */
public record PostDocument(
        long id,
        String kind,
        String status,
        boolean visibleToPublic,
        String area,
        List<String> tags,
        String stage,
        String language,
        String title,
        String body,
        int votes,
        int comments,
        Instant created,
        Instant updated) {

    public PostDocument {
        tags = tags == null
                ? List.of()
                : List.copyOf(tags.stream().filter(Objects::nonNull).toList());
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        created = created == null ? Instant.EPOCH : created;
        updated = updated == null ? created : updated;
    }
}
