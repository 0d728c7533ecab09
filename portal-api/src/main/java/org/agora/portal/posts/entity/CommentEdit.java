package org.agora.portal.posts.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new body for a comment, based on the version its writer read. */
public class CommentEdit {

    @NotBlank
    @Size(max = Comment.BODY_MAX)
    public String body;

    @NotNull
    public Integer version;
}
