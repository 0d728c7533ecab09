package org.agora.moderation.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundSyncTest {

    private final Map<String, String> jira =
            Map.of("Done", "shipped", "In Progress", "in_progress", "done", "declined");

    @Test
    void mapsExactlyFirstThenIgnoringCase() {
        assertEquals("shipped", InboundSync.map(jira, "Done"));
        assertEquals("declined", InboundSync.map(jira, "done"));
        assertEquals("in_progress", InboundSync.map(jira, "IN PROGRESS"));
        assertNull(InboundSync.map(jira, "Won't do"));
    }
}
