package org.agora.search.index.entity;

/**
 * What readiness and metrics report about the index.
 *
 * @param state where the index is in its life
 * @param documents documents currently searchable
 * @param appliedSequence the last database change sequence the index has applied
 * @param rebuilt while rebuilding: documents written to the new index so far, else 0
 * @param toRebuild while rebuilding: documents expected, else 0
 * @param detail why the index is not ready ("rebuilding 1200 of 5000", an error), or null
 */
public record IndexStatus(
        State state, long documents, long appliedSequence, long rebuilt, long toRebuild, String detail) {

    public enum State {
        STARTING,
        /** Open and serving; catching up is the caller's business (compare appliedSequence). */
        READY,
        /** Serving the old index (or an empty one) while a new one is built. */
        REBUILDING,
        /** Open and empty because it was missing, corrupt or of an old schema; rebuild() is due. */
        REBUILD_NEEDED,
        FAILED
    }

    public IndexStatus(State state, long documents, long appliedSequence, String detail) {
        this(state, documents, appliedSequence, 0, 0, detail);
    }

    public boolean ready() {
        return state == State.READY;
    }
}
