package org.agora.moderation.checks.control;

import java.util.List;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/** Refuses bodies longer than the configured limits, as written and after sanitizing. */
public class Lengths implements Rule {

    private final int maxRaw;
    private final int maxSanitized;

    public Lengths(int maxRaw, int maxSanitized) {
        this.maxRaw = maxRaw;
        this.maxSanitized = maxSanitized;
    }

    @Override
    public String name() {
        return "body.too-long";
    }

    @Override
    public List<Finding> check(Submission s) {
        int raw = s.contribution().html().length();
        if (raw > maxRaw) {
            return List.of(new Finding(name(), raw, Action.BLOCK, "body.too-long", List.of(str(raw), str(maxRaw))));
        }
        int sanitized = s.sanitizedHtml().length();
        if (sanitized > maxSanitized) {
            return List.of(new Finding(
                    name(), sanitized, Action.BLOCK, "body.too-long", List.of(str(sanitized), str(maxSanitized))));
        }
        return List.of();
    }

    private static String str(int n) {
        return Integer.toString(n);
    }
}
