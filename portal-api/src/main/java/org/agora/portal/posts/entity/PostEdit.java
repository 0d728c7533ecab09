package org.agora.portal.posts.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change to a post; fields left out stay as they are. Authors change content within the grace
 * period or while the post is pending; staff change area, stage, tags and status (with an
 * optional public response); moderators and admins may also correct content.
 */
public class PostEdit {

    @NotNull
    public Integer version;

    @Size(min = 1, max = Post.TITLE_MAX)
    public String title;

    @Size(max = Post.BODY_MAX)
    public String body;

    @Pattern(regexp = "de|en", message = "must be de or en")
    public String language;

    @Size(max = 64)
    public String area;

    @Size(max = 32)
    @Pattern(regexp = "[a-z][a-z_]*|", message = "must be a journey stage code, or empty to clear it")
    public String stage;

    public List<String> tags;

    @Size(max = 32)
    @Pattern(regexp = "[a-z][a-z_]*", message = "must be a status code such as under_review")
    public String status;

    @Size(min = 1, max = Post.BODY_MAX)
    public String response;

    public boolean changesContent() {
        return title != null || body != null || language != null;
    }
}
