package org.agora.portal.members.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
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

    @Test
    void sanctionsEndByThemselvesAtTheirTimeOrWhenLifted() {
        Member member = new Member();
        member.silence(NOON.plusSeconds(3600));
        assertTrue(member.silencedAt(NOON));
        assertFalse(member.silencedAt(NOON.plusSeconds(3600)), "over at its time, without a job");
        member.suspend(NOON.plusSeconds(7200));
        assertEquals(Member.Status.SUSPENDED, member.status());
        assertTrue(member.suspendedAt(NOON.plusSeconds(7199)));
        assertFalse(member.suspendedAt(NOON.plusSeconds(7200)));
        member.liftSilence();
        member.liftSuspension();
        assertFalse(member.silencedAt(NOON));
        assertFalse(member.suspendedAt(NOON));
        assertEquals(Member.Status.ACTIVE, member.status());
    }

    @Test
    void aDeletedAccountStaysDeletedWhenSuspended() {
        Member member = new Member();
        member.anonymise("Former member");
        member.suspend(NOON);
        assertEquals(Member.Status.ANONYMISED, member.status());
    }

    @Test
    void rolesAreKeptAsTheLatestTokenCarriedThem() {
        Member member = new Member();
        assertEquals(Set.of(), member.roles());
        member.holdRoles("admin,moderator");
        assertEquals(Set.of("admin", "moderator"), member.roles());
    }
}
