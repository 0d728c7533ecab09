package org.agora.search.index.entity;

/**
 * What readiness and metrics report about the index.
 *
 * @param state where the index is in its life
 * @param documents documents currently searchable
 * @param appliedSequence the last database change sequence the index has applied
 * @param detail why the index is not ready, or null
 */
public record IndexStatus(State state, long documents, long appliedSequence, String detail) {

    public enum State {
        STARTING,
        READY,
        REBUILDING,
        FAILED
    }

    public boolean ready() {
        return state == State.READY;
    }
}
