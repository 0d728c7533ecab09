package org.agora.portal.posts.entity;

import jakarta.validation.constraints.NotNull;

/** Merge this post into {@code into}; {@code version} is the version of this post the staff member read. */
public class MergeRequest {

    @NotNull
    public Long into;

    @NotNull
    public Integer version;
}
