package org.agora.portal.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Payara resolves {@code ${MPCONFIG=…}} from environment variables and system
 * properties (not from the application's own properties file), so the same WAR runs against any
 * PostgreSQL without a rebuild.
 */
@DataSourceDefinition(
        name = DataSources.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=DB_URL:jdbc:postgresql://localhost:5432/agora}",
        user = "${MPCONFIG=DB_USER:agora}",
        password = "${MPCONFIG=DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
public class DataSources {
    public static final String JNDI_NAME = "java:app/jdbc/agora";
}
