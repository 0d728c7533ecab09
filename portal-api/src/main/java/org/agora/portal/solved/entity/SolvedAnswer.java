package org.agora.portal.solved.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A voter's answer to "did this solve it?". */
public class SolvedAnswer {

    public static final int COMMENT_MAX = 1000;

    @NotNull
    public Boolean solved;

    @Size(max = COMMENT_MAX)
    public String comment;
}
