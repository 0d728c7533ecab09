package org.agora.moderation.teams.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A team with its product managers, areas (with their triage thresholds, where set) and channels;
 * secrets only as "set" and a hint.
 */
public record TeamView(
        long id,
        String slug,
        String name,
        Map<String, String> statusMap,
        List<TeamMember> members,
        List<String> areas,
        Map<String, Double> thresholds,
        List<ChannelView> channels,
        boolean inboundSecretSet,
        String inboundSecretHint,
        Instant inboundPreviousUntil,
        int version) {

    public record TeamMember(long id, String name) {}
}
