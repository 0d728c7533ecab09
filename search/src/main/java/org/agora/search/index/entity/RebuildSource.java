package org.agora.search.index.entity;

import java.util.function.Consumer;

/**
 * Everything to rebuild the index from, supplied by the caller (portal-api reads the database).
 * The index calls {@link #snapshotPosition()} first, then {@link #count()}, then {@link #forEach}
 * once.
 */
public interface RebuildSource {

    /**
     * The change sequence that the documents reflect at least: read it before reading documents
     * (for example {@code max(sequence)} of the change table in the same transaction).
     */
    default long snapshotSequence() {
        return snapshotPosition().sequence();
    }

    /** The position the documents reflect at least; implement this or {@link #snapshotSequence()}. */
    default IndexPosition snapshotPosition() {
        return new IndexPosition(0, snapshotSequence());
    }

    /** How many documents to expect (for "rebuilding n of m"); an estimate is fine. */
    long count();

    /**
     * Hands over every document once (visible or not; the index filters at query time). A post
     * handed over twice would be in the new index twice.
     */
    void forEach(Consumer<PostDocument> sink);
}
