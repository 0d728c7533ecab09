/**
 * Community flags (spam, offensive, off-topic, duplicate-of, other): the score of each flag by the
 * flagger's trust, when flags hide a contribution pending review, and which flags are refused.
 */
package org.agora.moderation.flags;
