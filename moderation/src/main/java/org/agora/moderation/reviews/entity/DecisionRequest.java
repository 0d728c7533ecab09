package org.agora.moderation.reviews.entity;

/** A moderator's decision on one item, based on the version they read. A class: see portal-api's NewPost. */
public class DecisionRequest {

    /** One of {@link Decision}. */
    public String decision;

    /** Required for REJECT unless a template is chosen: the author reads it. */
    public String reason;

    /** A rejection template's code (see {@code GET /api/moderation/reasons}); the reason adds to it. */
    public String template;

    public Integer version;

    /** EDIT_AND_APPROVE: the corrected title (posts only); left out, it stays. */
    public String title;

    /** EDIT_AND_APPROVE: the corrected body, sanitized by the one HTML policy; left out, it stays. */
    public String body;

    /** MERGE: the published post this item's post is merged into. */
    public Long into;
}
