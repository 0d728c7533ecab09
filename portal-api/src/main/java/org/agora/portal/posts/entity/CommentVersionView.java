package org.agora.portal.posts.entity;

import java.time.Instant;

/** The body a comment had before an edit. */
public record CommentVersionView(int version, String bodyHtml, Long editedBy, Instant editedAt) {}
