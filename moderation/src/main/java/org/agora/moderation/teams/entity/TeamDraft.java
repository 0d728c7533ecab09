package org.agora.moderation.teams.entity;

import java.util.List;
import java.util.Map;

/**
 * A new team, or the changes to one: fields left out stay as they are; {@code members} (member
 * ids of product managers) and {@code areas} (slugs) replace the lists; {@code statusMap} maps the
 * team tool's statuses to ours; {@code thresholds} sets the triage threshold of areas the team owns
 * (area slug → score, null removes it; areas left out keep theirs).
 */
public class TeamDraft {

    public String slug;

    public String name;

    public Map<String, String> statusMap;

    public List<Long> members;

    public List<String> areas;

    public Map<String, Double> thresholds;

    public Integer version;
}
