package org.agora.moderation.checks.control;

import java.util.List;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Finding;

/** Holds posts of new members (below a trust level) for review, in the configured areas. */
public class Premoderation implements Rule {

    private final CheckSettings settings;

    public Premoderation(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "premoderation";
    }

    @Override
    public List<Finding> check(Submission s) {
        var c = s.contribution();
        if (c.kind() == ContributionKind.POST
                && c.authorTrustLevel() < settings.premoderateBelowTrust()
                && settings.premoderates(c.area())) {
            return List.of(new Finding(
                    name(), c.authorTrustLevel(), Action.HOLD, "premoderation", List.of(str(c.authorTrustLevel()))));
        }
        return List.of();
    }

    private static String str(int n) {
        return Integer.toString(n);
    }
}
