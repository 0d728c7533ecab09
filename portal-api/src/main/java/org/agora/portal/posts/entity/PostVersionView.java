package org.agora.portal.posts.entity;

import java.time.Instant;
import java.util.List;

/** The content a post had before an edit. */
public record PostVersionView(
        int version,
        String title,
        String bodyHtml,
        String language,
        String stage,
        List<String> tags,
        Long editedBy,
        Instant editedAt) {}
