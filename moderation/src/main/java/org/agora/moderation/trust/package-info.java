/**
 * Trust levels 0–4 from a member's activity, with a manual override: they gate pre-moderation,
 * links, flag weight and rate limits. A pure function; the caller counts the activity.
 */
package org.agora.moderation.trust;
