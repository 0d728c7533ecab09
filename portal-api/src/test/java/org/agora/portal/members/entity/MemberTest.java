package org.agora.portal.members.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void visitsAreRecordedAtMostHourly() {
        Member member = new Member();
        member.visited(NOON);
        member.visited(NOON.plusSeconds(59 * 60));
        assertEquals(NOON, member.lastSeenAt());
        member.visited(NOON.plusSeconds(60 * 60));
        assertEquals(NOON.plusSeconds(3600), member.lastSeenAt());
    }

    @Test
    void settingsTrimTheNameAndRefuseAnEmptyOne() {
        Member member = new Member();
        member.changeSettings(new MemberSettings("  Carla  ", "de", 0));
        assertEquals("Carla", member.displayName());
        assertEquals("de", member.locale());
        assertThrows(IllegalArgumentException.class, () -> member.changeSettings(new MemberSettings("   ", "de", 0)));
    }
}
