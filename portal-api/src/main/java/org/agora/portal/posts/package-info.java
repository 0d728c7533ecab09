/**
 * Posts: ideas, experiences and criticism, each kind with its own workflow of statuses. Readers
 * see published posts; authors and staff also see their pending, hidden or rejected ones.
 */
package org.agora.portal.posts;
