package org.agora.moderation.checks.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/**
 * Links to blocked domains are refused; links to watched ones (URL shorteners, which hide where
 * they lead) are held when a new member posts them and flagged otherwise — trust gates links.
 * Subdomains count.
 */
public class Domains implements Rule {

    private final Set<String> blocked;
    private final Set<String> held;
    private final int holdBelowTrust;

    public Domains(Set<String> blocked, Set<String> held, int holdBelowTrust) {
        this.blocked = blocked;
        this.held = held;
        this.holdBelowTrust = holdBelowTrust;
    }

    @Override
    public String name() {
        return "links.domain";
    }

    @Override
    public List<Finding> check(Submission s) {
        List<Finding> findings = new ArrayList<>();
        Action watched = s.contribution().authorTrustLevel() < holdBelowTrust ? Action.HOLD : Action.FLAG;
        for (String link : s.links()) {
            Optional<String> host = Text.host(link);
            if (host.isEmpty()) {
                continue;
            }
            matching(host.get(), blocked)
                    .ifPresentOrElse(
                            d -> findings.add(new Finding(name(), 1, Action.BLOCK, "links.blocked-domain", List.of(d))),
                            () -> matching(host.get(), held)
                                    .ifPresent(d -> findings.add(
                                            new Finding(name(), 1, watched, "links.held-domain", List.of(d)))));
        }
        return findings.stream().distinct().toList();
    }

    static Optional<String> matching(String host, Set<String> domains) {
        for (String d = host; d != null; d = d.contains(".") ? d.substring(d.indexOf('.') + 1) : null) {
            if (domains.contains(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
