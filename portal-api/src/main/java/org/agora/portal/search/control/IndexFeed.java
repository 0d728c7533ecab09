package org.agora.portal.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.agora.portal.changes.entity.Changed;
import org.agora.portal.platform.entity.SchemaMigrated;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.PostDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this node's index in step with the database. Every node runs it for its own index: it
 * reads the change log after the position stored in the index's commit data, loads the posts
 * those changes touched and applies them together with the new position, so a crash between a
 * database commit and the index update loses nothing — the next round applies it again. Commits
 * on this node wake it at once; otherwise it polls (writes on other nodes, votes).
 */
@ApplicationScoped
public class IndexFeed {

    static final int BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(IndexFeed.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchIndex index;

    @Inject
    IndexedPosts posts;

    @Inject
    @ConfigProperty(name = "portal.search.interval", defaultValue = "PT0.5S")
    Duration interval;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> schedule;

    void start(@Observes SchemaMigrated migrated) {
        index.open();
        if (index.rebuildNeeded()) {
            rebuild();
        }
        schedule = executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        if (schedule != null && !again.getAndSet(true)) {
            executor.execute(this::round);
        }
    }

    /** Builds a new index from the database in the background; the current one serves meanwhile. */
    public void rebuild() {
        LOG.info("Search index: rebuilding from the database");
        index.rebuild(posts.everything()).whenComplete((status, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "Search index rebuild failed", failure);
            } else {
                LOG.info(() -> "Search index rebuilt: " + status.documents() + " documents");
                executor.execute(this::round);
            }
        });
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void round() {
        if (!running.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (catchUp() == BATCH) {
                    // more to apply
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index could not catch up; retried next round", e);
        } finally {
            running.unlock();
        }
    }

    /** Applies one batch of changes; returns how many changes it read. */
    int catchUp() {
        List<Object[]> changes = posts.changesAfter(index.position(), BATCH);
        if (changes.isEmpty()) {
            return 0;
        }
        Set<Long> touched = IndexedPosts.postIds(changes);
        List<PostDocument> current = touched.isEmpty() ? List.of() : posts.byIds(touched);
        Set<Long> kept = current.stream().map(PostDocument::id).collect(Collectors.toSet());
        List<Long> gone = touched.stream().filter(id -> !kept.contains(id)).toList();
        index.apply(current, gone, IndexedPosts.positionOf(changes.get(changes.size() - 1)));
        // searchable now rather than at the reopen thread's next round (up to a second later)
        index.refresh();
        return changes.size();
    }
}
