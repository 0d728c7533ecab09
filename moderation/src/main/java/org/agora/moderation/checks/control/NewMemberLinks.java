package org.agora.moderation.checks.control;

import java.util.List;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/** New members may post a few links; more is what spammers do, so it is held for review. */
public class NewMemberLinks implements Rule {

    private final int belowTrust;
    private final int maxLinks;

    public NewMemberLinks(int belowTrust, int maxLinks) {
        this.belowTrust = belowTrust;
        this.maxLinks = maxLinks;
    }

    @Override
    public String name() {
        return "links.new-member";
    }

    @Override
    public List<Finding> check(Submission s) {
        int links = s.links().size();
        if (s.contribution().authorTrustLevel() < belowTrust && links > maxLinks) {
            return List.of(new Finding(
                    name(),
                    links,
                    Action.HOLD,
                    "links.new-member",
                    List.of(Integer.toString(links), Integer.toString(maxLinks))));
        }
        return List.of();
    }
}
