package org.agora.portal.posts.control;

import org.agora.portal.platform.control.ProblemException;

public class PostNotFound extends ProblemException {
    public PostNotFound(long id) {
        super(404, "post-not-found", "Post not found", "There is no post " + id + ".");
    }
}
