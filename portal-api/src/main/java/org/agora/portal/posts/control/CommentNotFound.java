package org.agora.portal.posts.control;

import org.agora.portal.platform.control.ProblemException;

public class CommentNotFound extends ProblemException {
    public CommentNotFound(long id) {
        super(404, "comment-not-found", "Comment not found", "There is no comment " + id + " on this post.");
    }
}
