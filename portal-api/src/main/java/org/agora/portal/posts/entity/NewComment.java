package org.agora.portal.posts.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment as a member writes it: a reply when {@code parentId} is set; staff may mark it official. */
public class NewComment {

    @NotBlank
    @Size(max = Comment.BODY_MAX)
    public String body;

    public Long parentId;

    public boolean official;
}
