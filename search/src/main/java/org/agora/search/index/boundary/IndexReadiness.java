package org.agora.search.index.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.search.index.entity.IndexStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the index is open and serving; says how far a rebuild is, or why it is not serving. */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        IndexStatus status = index.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index")
                // serving while it rebuilds (the old or an empty index answers meanwhile): the data says how far
                .status(status.state() != IndexStatus.State.STARTING && status.state() != IndexStatus.State.FAILED)
                .withData("state", status.state().name())
                .withData("documents", status.documents())
                .withData("appliedSequence", status.appliedSequence())
                .withData("rebuilt", status.rebuilt())
                .withData("toRebuild", status.toRebuild());
        if (status.detail() != null) {
            response.withData("detail", status.detail());
        }
        return response.build();
    }
}
