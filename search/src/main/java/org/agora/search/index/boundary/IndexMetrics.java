package org.agora.search.index.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.search.index.entity.IndexStatus;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The index's state as MicroProfile Metrics gauges (application scope), for dashboards and alerts:
 * registered at start, since annotated gauges of a bean appear only once something uses the bean.
 */
@ApplicationScoped
public class IndexMetrics {

    @Inject
    SearchIndex index;

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("search_index_documents", "Searchable documents", () -> index.status()
                .documents());
        gauge(
                "search_index_rebuilding",
                "1 while the index is rebuilt from the database, else 0",
                () -> index.status().state() == IndexStatus.State.REBUILDING ? 1L : 0L);
        gauge(
                "search_index_rebuilt",
                "Documents written to the new index so far while rebuilding (of search_index_to_rebuild)",
                () -> index.status().rebuilt());
        gauge("search_index_to_rebuild", "Documents a running rebuild expects", () -> index.status()
                .toRebuild());
        gauge(
                "search_index_applied_sequence",
                "Sequence of the last database change in the index",
                () -> index.appliedSequence());
    }

    private void gauge(String name, String description, java.util.function.Supplier<Long> value) {
        registry.gauge(
                Metadata.builder().withName(name).withDescription(description).build(), value);
    }
}
