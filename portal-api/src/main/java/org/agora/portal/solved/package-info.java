/**
 * "Did this solve it?": when an idea ships, its voters are asked (by the notifier) whether it solved
 * their problem; each voter answers once, yes or no with an optional comment, and may change the
 * answer. The counts show on the idea; staff read the answers.
 */
package org.agora.portal.solved;
