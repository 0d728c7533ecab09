package org.agora.portal.members.control;

import org.agora.portal.platform.control.ProblemException;

public class MemberNotFound extends ProblemException {
    public MemberNotFound(long id) {
        super(404, "member-not-found", "Member not found", "There is no member " + id + ".");
    }
}
