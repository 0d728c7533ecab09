package org.agora.portal.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.agora.portal.platform.boundary.DataSources;
import org.agora.portal.platform.entity.SchemaMigrated;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Flyway
 * serialises concurrent migrations of several nodes with a PostgreSQL advisory lock. A failure
 * fails the deployment: the portal cannot serve on an unknown schema.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DataSources.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    void migrate(@Observes @Initialized(ApplicationScoped.class) Object start) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated.fire(new SchemaMigrated(result.targetSchemaVersion));
    }
}
