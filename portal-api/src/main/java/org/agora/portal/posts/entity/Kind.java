package org.agora.portal.posts.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three kinds of post and their default workflows: the statuses each kind can be in, and
 * which status may follow which. Only staff change a status; configuration may replace a
 * default (see {@code Workflows}).
 */
public enum Kind {
    IDEA(Map.of(
            "open", Set.of("under_review", "planned", "declined", "duplicate"),
            "under_review", Set.of("open", "planned", "declined", "duplicate"),
            "planned", Set.of("under_review", "in_progress", "declined"),
            "in_progress", Set.of("planned", "shipped"),
            "shipped", Set.of("in_progress"),
            "declined", Set.of("open", "under_review"),
            "duplicate", Set.of("open"))),
    EXPERIENCE(Map.of("open", Set.of("answered"), "answered", Set.of("open"))),
    CRITICISM(Map.of(
            "open", Set.of("acknowledged", "not_reproducible"),
            "acknowledged", Set.of("being_fixed", "resolved", "not_reproducible"),
            "being_fixed", Set.of("resolved", "acknowledged"),
            "resolved", Set.of("acknowledged"),
            "not_reproducible", Set.of("acknowledged")));

    public static final String INITIAL = "open";

    /** An idea's status once it is built: its voters are asked whether it solved their problem. */
    public static final String SHIPPED = "shipped";

    private final Workflow workflow;

    Kind(Map<String, Set<String>> transitions) {
        this.workflow = new Workflow(transitions);
    }

    /** The default workflow of this kind. */
    public Workflow workflow() {
        return workflow;
    }

    public boolean knows(String status) {
        return workflow.knows(status);
    }

    public boolean allows(String from, String to) {
        return workflow.allows(from, to);
    }

    /** The statuses that may follow {@code from}, sorted. */
    public List<String> next(String from) {
        return workflow.next(from);
    }

    public List<String> statuses() {
        return workflow.statuses();
    }
}
