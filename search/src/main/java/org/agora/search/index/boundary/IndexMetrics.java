package org.agora.search.index.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The index's state as MicroProfile Metrics gauges (application scope), for dashboards and alerts. */
@ApplicationScoped
public class IndexMetrics {

    @Inject
    SearchIndex index;

    @Gauge(name = "search_index_documents", unit = MetricUnits.NONE, description = "Searchable documents")
    public long documents() {
        return index.status().documents();
    }

    @Gauge(
            name = "search_index_rebuilding",
            unit = MetricUnits.NONE,
            description = "1 while the index is rebuilt from the database, else 0")
    public long rebuilding() {
        return index.status().state() == org.agora.search.index.entity.IndexStatus.State.REBUILDING ? 1 : 0;
    }

    @Gauge(
            name = "search_index_rebuilt",
            unit = MetricUnits.NONE,
            description = "Documents written to the new index so far while rebuilding (of search_index_to_rebuild)")
    public long rebuilt() {
        return index.status().rebuilt();
    }

    @Gauge(
            name = "search_index_to_rebuild",
            unit = MetricUnits.NONE,
            description = "Documents a running rebuild expects")
    public long toRebuild() {
        return index.status().toRebuild();
    }

    @Gauge(
            name = "search_index_applied_sequence",
            unit = MetricUnits.NONE,
            description = "Sequence of the last database change in the index")
    public long appliedSequence() {
        return index.appliedSequence();
    }
}
