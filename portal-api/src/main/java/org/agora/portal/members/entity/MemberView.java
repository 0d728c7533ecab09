package org.agora.portal.members.entity;

import java.time.Instant;
import java.util.Set;

/** A member as the API shows it. {@code roles} are the caller's own roles, present only on /api/me. */
public record MemberView(
        long id,
        String username,
        String displayName,
        String email,
        String locale,
        String emailMode,
        int trustLevel,
        String status,
        Instant suspendedUntil,
        Instant silencedUntil,
        Instant createdAt,
        int version,
        Set<String> roles) {

    public static MemberView of(Member member, Set<String> roles) {
        return new MemberView(
                member.id(),
                member.username(),
                member.displayName(),
                member.email(),
                member.locale(),
                member.emailMode(),
                member.trustLevel(),
                member.status().name(),
                member.suspendedUntil(),
                member.silencedUntil(),
                member.createdAt(),
                member.version(),
                roles);
    }
}
