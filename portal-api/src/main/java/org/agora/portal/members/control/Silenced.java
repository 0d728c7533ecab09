package org.agora.portal.members.control;

import java.time.Instant;
import org.agora.portal.platform.control.ProblemException;

/** A silenced member tried to post, comment, vote or flag. */
public class Silenced extends ProblemException {
    public Silenced(Instant until) {
        super(
                403,
                "silenced",
                "Silenced",
                "You are silenced until " + until + ": you can read, but not post, comment, vote or flag.");
    }
}
