/**
 * The one owner of the Lucene index: one {@code IndexWriter} for the application's life, a
 * {@code SearcherManager} for readers, and the last applied database change sequence in the commit
 * data. The index is derived from PostgreSQL and can always be rebuilt from it.
 */
package org.agora.search.index;
