package org.agora.portal.posts.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A post as a member submits it. A class, not a record: see MemberSettings. */
public class NewPost {

    @NotNull
    @Pattern(regexp = "IDEA|EXPERIENCE|CRITICISM", message = "must be IDEA, EXPERIENCE or CRITICISM")
    public String kind;

    @NotBlank
    @Size(max = Post.TITLE_MAX)
    public String title;

    @NotNull
    @Size(max = Post.BODY_MAX)
    public String body;

    @NotBlank
    @Size(max = 64)
    public String area;

    @Size(max = 32)
    @Pattern(regexp = "[a-z][a-z_]*", message = "must be a journey stage code")
    public String stage;

    @Pattern(regexp = "de|en", message = "must be de or en")
    public String language;

    /** Up to five tags: lower case letters, digits and dashes. */
    public List<String> tags;
}
