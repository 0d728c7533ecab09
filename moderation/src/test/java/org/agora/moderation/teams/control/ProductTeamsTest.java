package org.agora.moderation.teams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.agora.moderation.reviews.entity.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTeamsTest {

    @Test
    void statusMapsMapExternalStatusesToStatusCodes() {
        assertEquals(
                Map.of("Done", "shipped", "In Progress", "in_progress"),
                ProductTeams.statusMap(Map.of("Done", "shipped", "In Progress", "in_progress")));
        Refusal refusal = assertThrows(Refusal.class, () -> ProductTeams.statusMap(Map.of("Done", "Shipped!")));
        assertEquals("statusMap", refusal.field());
        assertThrows(Refusal.class, () -> ProductTeams.statusMap(Map.of(" ", "shipped")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host/x", "not a url", "http://", "mailto:team@example.com"})
    void channelsNeedHttpAddresses(String url) {
        assertEquals(
                "url", assertThrows(Refusal.class, () -> ProductTeams.url(url)).field());
    }

    @Test
    void acceptsHttpAndHttpsAddresses() {
        assertEquals(
                "https://jira.example/rest/api/2/issue", ProductTeams.url("https://jira.example/rest/api/2/issue"));
        assertEquals("http://127.0.0.1:8081/hook", ProductTeams.url("http://127.0.0.1:8081/hook"));
    }

    @Test
    void recipientsAreOneToTenAddresses() {
        assertEquals("a@example.com, b@example.com", ProductTeams.recipients(" a@example.com, b@example.com "));
        assertThrows(Refusal.class, () -> ProductTeams.recipients("not an address"));
        assertThrows(Refusal.class, () -> ProductTeams.recipients(""));
        assertThrows(Refusal.class, () -> ProductTeams.recipients("a@x.de,".repeat(11)));
    }
}
