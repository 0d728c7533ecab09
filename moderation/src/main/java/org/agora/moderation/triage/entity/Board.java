package org.agora.moderation.triage.entity;

import java.time.Instant;
import java.util.List;

/** A team's triage board: one column per triage state, ideas by score, highest first. */
public record Board(String team, String area, List<Column> columns) {

    public record Column(String state, List<Card> ideas) {}

    public record Card(
            long postId,
            String title,
            String status,
            String area,
            int votes,
            Double score,
            Long owner,
            String ownerName,
            Instant enteredAt,
            int version) {}
}
