package org.agora.portal.posts.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statuses a kind of post can be in and which status may follow which. Every workflow starts
 * at {@link Kind#INITIAL}. Written in configuration as
 * {@code open>under_review,planned; under_review>open,planned; planned>open}.
 */
public record Workflow(Map<String, Set<String>> transitions) {

    public Workflow {
        Map<String, Set<String>> copy = new TreeMap<>();
        transitions.forEach((from, to) -> copy.put(from, Set.copyOf(to)));
        if (!copy.containsKey(Kind.INITIAL)) {
            throw new IllegalArgumentException("a workflow starts at '" + Kind.INITIAL + "'");
        }
        copy.forEach((from, to) -> to.forEach(next -> {
            if (!copy.containsKey(next)) {
                throw new IllegalArgumentException(
                        "'" + from + "' leads to '" + next + "', which has no entry of its own");
            }
        }));
        transitions = Map.copyOf(copy);
    }

    public static Workflow parse(String text) {
        Map<String, Set<String>> transitions = new TreeMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(">", -1);
            if (parts.length != 2 || !parts[0].strip().matches("[a-z][a-z_]*")) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not 'status>next,next'");
            }
            Set<String> next = new TreeSet<>();
            for (String to : parts[1].split(",")) {
                String status = to.strip().toLowerCase(Locale.ROOT);
                if (!status.isEmpty()) {
                    if (!status.matches("[a-z][a-z_]*")) {
                        throw new IllegalArgumentException("'" + status + "' is not a status code");
                    }
                    next.add(status);
                }
            }
            transitions.put(parts[0].strip(), next);
        }
        return new Workflow(transitions);
    }

    public boolean knows(String status) {
        return transitions.containsKey(status);
    }

    public boolean allows(String from, String to) {
        return transitions.getOrDefault(from, Set.of()).contains(to);
    }

    /** The statuses that may follow {@code from}, sorted. */
    public List<String> next(String from) {
        return transitions.getOrDefault(from, Set.of()).stream().sorted().toList();
    }

    public List<String> statuses() {
        return transitions.keySet().stream().sorted().toList();
    }
}
