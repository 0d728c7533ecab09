/**
 * Follows: a member follows posts, product areas and tags to be told when something there
 * changes. Authors follow their own posts, commenters and voters the posts they took part in.
 */
package org.agora.portal.follows;
