/**
 * Community flags (spam, offensive, off-topic, duplicate-of, other): the score of each flag by the
 * flagger's trust, when flags hide a contribution pending review, and which flags are refused
 * ({@code FlagScoring}, pure); {@code Flags} stores them (table {@code flags}), hides the target at
 * the threshold through a review item of source FLAGS, and logs it.
 */
package org.agora.moderation.flags;
