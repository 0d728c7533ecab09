/**
 * Product teams: admins name a team, its members (product managers) and the product areas it owns,
 * and give it channels (a signed webhook, e-mail, an issue tracker) that forwarded ideas are
 * delivered through (see {@code org.agora.moderation.delivery}). Teams know members, areas and
 * posts by id only; what they need to know of them they ask {@link org.agora.moderation.teams.control.Ideas},
 * which portal-api implements.
 */
package org.agora.moderation.teams;
