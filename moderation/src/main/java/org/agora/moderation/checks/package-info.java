/**
 * The automatic checks every contribution passes before it is stored: {@code Checks.check} takes a
 * {@code Contribution} (with what moderation needs to know about its author, by id) and answers a
 * {@code Verdict} — publish, flag (publish and review), hold for review, or block — with one
 * {@code Finding} per objecting rule: its name, score, action and a reason in German and English.
 * Nothing is ever deleted: a block refuses the submission with a reason the author sees; a hold
 * keeps it pending for a moderator. Thresholds come from MicroProfile Config ({@code moderation.*},
 * see {@code CheckSettings}).
 */
package org.agora.moderation.checks;
