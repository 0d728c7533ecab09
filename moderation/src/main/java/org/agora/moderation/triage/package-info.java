/**
 * Idea scores and the triage queue: each idea's score is recomputed from its votes as they arrive
 * (time decay and customer-segment weights, see {@link org.agora.moderation.triage.control.IdeaScores});
 * an idea whose score reaches its area's threshold enters the owning team's queue once, and product
 * managers may pull any published idea in. Posts and votes belong to portal-api, which hands the
 * votes over; the queue's rows are the {@code triage_ideas} of {@code org.agora.moderation.delivery}.
 */
package org.agora.moderation.triage;
