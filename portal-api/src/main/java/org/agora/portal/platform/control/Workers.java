package org.agora.portal.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.portal.changes.entity.Changed;
import org.agora.portal.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the background work: on a fixed interval (the fallback that also repairs whatever a crash
 * interrupted) and soon after each committed change. One run at a time per node; nudges that
 * arrive during a run make it go round once more instead of queueing.
 */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class.getName());
    private static final int MAX_BATCHES_PER_ROUND = 50;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @Any
    Instance<BackgroundWork> work;

    @Inject
    @ConfigProperty(name = "portal.workers.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.workers.interval", defaultValue = "PT2S")
    Duration interval;

    private final Rounds rounds = new Rounds(this::round);
    private volatile ScheduledFuture<?> schedule;

    void start(@Observes SchemaMigrated migrated) {
        if (enabled) {
            schedule = executor.scheduleWithFixedDelay(
                    rounds::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        if (schedule != null) {
            rounds.nudge(executor);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void round() {
        for (BackgroundWork each : work) {
            drain(each);
        }
    }

    private static void drain(BackgroundWork each) {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_ROUND && each.runBatch() > 0; batch++) {
                // go on while there is work
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Background work " + each.getClass().getSimpleName() + " failed; retried next round",
                    e);
        }
    }
}
