package org.agora.moderation.checks.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The checks' answer for one contribution: the strictest action of the findings ({@link
 * Action#PUBLISH} when there are none), the reasons, and the body sanitized by the one policy —
 * the only form of the body the portal may ever show.
 */
public record Verdict(Action action, List<Finding> findings, String sanitizedHtml) {

    public Verdict {
        Objects.requireNonNull(action, "action");
        findings = findings == null ? List.of() : List.copyOf(findings);
        sanitizedHtml = sanitizedHtml == null ? "" : sanitizedHtml;
    }

    /** The verdict that the findings call for: the strictest of their actions. */
    public static Verdict of(List<Finding> findings, String sanitizedHtml) {
        Action action = Action.PUBLISH;
        for (Finding f : findings) {
            action = action.stricter(f.action());
        }
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::action).reversed())
                .toList();
        return new Verdict(action, sorted, sanitizedHtml);
    }

    /**
     * The verdict on an author's new version of a contribution a moderator rejected: held for a
     * moderator again, whatever the checks say, with their findings and the reason why.
     */
    public Verdict resubmitted() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.add(new Finding("resubmitted", 0, Action.HOLD, "review.resubmitted", List.of()));
        return new Verdict(action == Action.BLOCK ? Action.BLOCK : Action.HOLD, all, sanitizedHtml);
    }

    /** Public at once (possibly with a review item, see {@link #needsReview()}). */
    public boolean publishes() {
        return action == Action.PUBLISH || action == Action.FLAG;
    }

    /** A review item should be opened: the contribution is held or flagged. */
    public boolean needsReview() {
        return action == Action.FLAG || action == Action.HOLD;
    }

    /** The reasons that decided it (those with the verdict's action), in the reader's language. */
    public List<String> reasons(Locale locale) {
        return findings.stream()
                .filter(f -> f.action() == action)
                .map(f -> f.reason(locale))
                .toList();
    }
}
