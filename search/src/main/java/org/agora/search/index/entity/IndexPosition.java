package org.agora.search.index.entity;

/**
 * Where in the database's change log the index stands: the last applied change, ordered by the
 * writing transaction's id, then by the change's sequence number. A sequence alone is not enough
 * when a transaction that drew a lower sequence commits after one with a higher sequence; callers
 * without transactions use {@code transaction = 0}.
 */
public record IndexPosition(long transaction, long sequence) implements Comparable<IndexPosition> {

    public static final IndexPosition START = new IndexPosition(0, 0);

    @Override
    public int compareTo(IndexPosition other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }

    public static IndexPosition max(IndexPosition a, IndexPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
