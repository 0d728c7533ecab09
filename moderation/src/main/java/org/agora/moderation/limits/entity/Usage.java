package org.agora.moderation.limits.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a member has recently submitted, as the caller knows it: when the account was created and
 * when the member's posts and comments of (at least) the last 24 hours were submitted, held and
 * blocked ones included.
 */
public record Usage(Instant accountCreated, List<Instant> posts, List<Instant> comments) {

    public Usage {
        Objects.requireNonNull(accountCreated, "accountCreated");
        posts = posts == null ? List.of() : List.copyOf(posts);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
