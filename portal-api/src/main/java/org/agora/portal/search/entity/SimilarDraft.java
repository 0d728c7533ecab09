package org.agora.portal.search.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agora.portal.posts.entity.Post;

/** A post being written, to find posts like it. A class, not a record: see MemberSettings. */
public class SimilarDraft {

    @NotNull
    @Size(max = Post.TITLE_MAX)
    public String title;

    @Size(max = Post.BODY_MAX)
    public String body;

    @Min(1)
    @Max(10)
    public Integer limit;
}
