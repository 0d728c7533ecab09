/**
 * Search as the portal offers it: keeps the {@code search} module's Lucene index in step with the
 * posts in PostgreSQL (the index follows the change log by its own position, kept in the index's
 * commit data, so every node's index catches up by itself), and answers searches, suggestions
 * and similar posts with the reader's visibility.
 */
package org.agora.portal.search;
