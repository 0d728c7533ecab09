package org.agora.moderation.reviews.entity;

/**
 * What the queue shows; {@code null} fields do not filter.
 *
 * @param source why the item was opened
 * @param area a product area's slug
 * @param kind a kind of post ({@link Placement#KINDS})
 * @param reason the rule name of a finding (e.g. {@code links.domain}) or the kind of an open flag (e.g. {@code SPAM})
 * @param unclaimed only items nobody else has claimed (free ones and the reviewer's own)
 */
public record QueueFilter(Source source, String area, String kind, String reason, boolean unclaimed) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, false);
    }
}
