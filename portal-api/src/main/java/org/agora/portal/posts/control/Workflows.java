package org.agora.portal.posts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.Workflow;
import org.eclipse.microprofile.config.Config;

/**
 * The workflow of each kind: the default, or the one configured as {@code portal.workflow.idea},
 * {@code portal.workflow.experience}, {@code portal.workflow.criticism}. A malformed one stops
 * the deployment rather than letting posts into statuses nobody can leave.
 */
@ApplicationScoped
public class Workflows {

    @Inject
    Config config;

    private final Map<Kind, Workflow> workflows = new EnumMap<>(Kind.class);

    @PostConstruct
    void read() {
        for (Kind kind : Kind.values()) {
            String key = "portal.workflow." + kind.name().toLowerCase(Locale.ROOT);
            workflows.put(
                    kind,
                    config.getOptionalValue(key, String.class)
                            .map(text -> {
                                try {
                                    return Workflow.parse(text);
                                } catch (IllegalArgumentException e) {
                                    throw new IllegalStateException(key + ": " + e.getMessage(), e);
                                }
                            })
                            .orElse(kind.workflow()));
        }
    }

    public Workflow of(Kind kind) {
        return workflows.get(kind);
    }
}
