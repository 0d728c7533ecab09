package org.agora.moderation.reviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.agora.moderation.reviews.entity.MemberFacts;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.Reviewer;
import org.agora.moderation.reviews.entity.TargetType;

/** Moderators and admins set a member's trust level by hand (or clear it); every change is logged. */
@ApplicationScoped
public class TrustOverrides {

    @Inject
    Community community;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public MemberFacts override(Reviewer reviewer, long memberId, Integer level, String reason) {
        Reviews.requireModerator(reviewer);
        if (level != null && (level < 0 || level > 4)) {
            throw Refusal.invalid("level", "must be 0 to 4, or null to clear the override");
        }
        MemberFacts before = community.member(memberId).orElseThrow(() -> Refusal.notFound("member", memberId));
        community.overrideTrust(memberId, level);
        audit.record(
                reviewer.memberId(),
                level == null ? "TRUST_CLEARED" : "TRUST_SET",
                TargetType.MEMBER,
                memberId,
                null,
                reason == null ? null : reason.strip(),
                before.trustOverride() == null
                        ? "computed " + before.trustLevel()
                        : "override " + before.trustOverride(),
                level == null ? "computed" : "override " + level,
                clock.instant());
        return community.member(memberId).orElseThrow();
    }
}
