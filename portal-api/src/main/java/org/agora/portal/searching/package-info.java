/**
 * portal-api's side of the search index (module {@code search}): the index follows the change
 * log ({@code SearchFeed}, a background consumer of its own per node; upserts by post id, so a
 * replay does no harm), is rebuilt from the database when it is missing, corrupt or of an old
 * schema, and answers {@code GET /api/search} — customers find only published posts
 * ({@code PostDocument.visibleToPublic}), staff everything.
 */
package org.agora.portal.searching;
