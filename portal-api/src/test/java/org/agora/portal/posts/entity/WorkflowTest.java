package org.agora.portal.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowTest {

    @Test
    void aConfiguredWorkflowReplacesTheDefault() {
        Workflow workflow = Workflow.parse("open > triaged, rejected; triaged>open,done; done>; rejected>open");
        assertTrue(workflow.allows("open", "triaged"));
        assertFalse(workflow.allows("open", "done"));
        assertEquals(List.of("done", "open", "rejected", "triaged"), workflow.statuses());
        assertEquals(List.of("open"), workflow.next("rejected"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"triaged>open", "open>nowhere", "open=>done", "open>Done!; Done!>open", ""})
    void malformedWorkflowsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Workflow.parse(text));
    }
}
