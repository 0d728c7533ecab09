package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.Overdue;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.platform.control.BackgroundWork;
import org.agora.portal.platform.control.Cadence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds moderators of review items that wait longer than {@code moderation.sla.remind-after}:
 * every {@code moderation.sla.remind-interval} it claims such items (each once, see
 * {@link Reviews#claimOverdue}) and writes a change per item in the same transaction; the notifier
 * turns it into an inbox entry for every moderator, which the mail queue mails as each one chose.
 */
@ApplicationScoped
public class OverdueReviews implements BackgroundWork {

    private static final int BATCH = 50;

    @Inject
    Reviews reviews;

    @Inject
    ChangeLog changes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "moderation.sla.remind-after", defaultValue = "PT24H")
    Duration remindAfter;

    @Inject
    @ConfigProperty(name = "moderation.sla.remind-interval", defaultValue = "PT5M")
    Duration interval;

    private final Cadence cadence = new Cadence();

    @Override
    @Transactional
    public int runBatch() {
        Instant now = clock.instant();
        if (!cadence.due(now, interval)) {
            return 0;
        }
        List<Overdue> overdue = reviews.claimOverdue(remindAfter, BATCH);
        for (Overdue item : overdue) {
            changes.record(
                    ChangeKind.REVIEW_OVERDUE,
                    item.postId(),
                    item.type() == TargetType.COMMENT ? item.targetId() : null,
                    null);
        }
        if (overdue.size() < BATCH) {
            cadence.caughtUp(now);
        }
        return overdue.size();
    }
}
