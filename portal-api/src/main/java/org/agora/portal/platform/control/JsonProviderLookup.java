package org.agora.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.spi.JsonProvider;
import java.util.logging.Logger;

/**
 * Names the JSON-P provider once, as the system property {@code jakarta.json.provider}. Without
 * it, every {@code Json.createReader} looks the provider up with a {@code ServiceLoader} scan of
 * the web application's class path; Payara's MicroProfile JWT does that several times per request
 * to verify the bearer token. Profiled on vote toggles: 25 % of the server's CPU went to those
 * scans. With the property, the lookup is a loaded class.
 */
@ApplicationScoped
public class JsonProviderLookup {

    static final String PROPERTY = "jakarta.json.provider";
    private static final Logger LOG = Logger.getLogger(JsonProviderLookup.class.getName());

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        if (System.getProperty(PROPERTY) == null) {
            String provider = JsonProvider.provider().getClass().getName();
            System.setProperty(PROPERTY, provider);
            LOG.info(() -> "JSON-P provider fixed to " + provider);
        }
    }
}
