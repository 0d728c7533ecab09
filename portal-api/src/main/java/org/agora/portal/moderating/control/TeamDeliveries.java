package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.moderation.delivery.control.Deliveries;
import org.agora.portal.platform.control.BackgroundWork;

/** Runs moderation's delivery worker with the portal's other background work (every interval and after each commit). */
@ApplicationScoped
public class TeamDeliveries implements BackgroundWork {

    @Inject
    Deliveries deliveries;

    @Override
    public int runBatch() {
        return deliveries.deliverDue();
    }
}
