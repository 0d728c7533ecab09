/**
 * The timeline of a post: one chronological record across departments, assembled when read from
 * what each part of the portal already stores — the post, its status changes with their public
 * responses, merges, votes (milestones), "did this solve it?" answers, and from moderation the audit
 * log (decisions, forwards, reports of the team's tool), flags and deliveries with their attempts.
 * Everyone who may see the post sees the public events; staff see all of them.
 */
package org.agora.portal.timeline;
