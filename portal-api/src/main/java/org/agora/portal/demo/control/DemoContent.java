package org.agora.portal.demo.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.agora.portal.platform.boundary.DataSources;
import org.agora.portal.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds the demo content into a database without posts, all of it or nothing. */
@ApplicationScoped
public class DemoContent {

    static final String SCRIPT = "/demo/demo-content.sql";
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Resource(lookup = DataSources.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    // before the other start-up observers (the search index's first rebuild must find the demo posts)
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION) SchemaMigrated migrated) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // Two nodes starting at once must not both seed: the second waits here, then sees posts.
            statement.execute("select pg_advisory_xact_lock(4711)");
            try (ResultSet posts = statement.executeQuery("select exists (select 1 from posts)")) {
                posts.next();
                if (posts.getBoolean(1)) {
                    return;
                }
            }
            statement.execute(script());
            LOG.info("Demo content written");
        }
    }

    private static String script() {
        try (InputStream in = DemoContent.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
