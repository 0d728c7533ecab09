package org.agora.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.spi.JsonProvider;
import java.util.logging.Logger;

/**
 * Checks that the JSON-P provider is named by the JVM option {@code -Djakarta.json.provider=
 * org.eclipse.parsson.JsonProviderImpl}. Without it, every {@code Json.createReader} looks the
 * provider up with a {@code ServiceLoader} scan of the class path, and Payara's MicroProfile JWT
 * does that several times per request to verify a bearer token. Payara's JSON-P API reads the
 * property once, when Payara itself first uses JSON-P during its start, so setting it from the
 * application is too late (profiled: with the property set here, vote toggles still spent 15 % of
 * the server's CPU in those scans). The run, test and benchmark stacks pass the option; deploy/
 * says to. Here it is only checked, and set for any later first use.
 */
@ApplicationScoped
public class JsonProviderLookup {

    static final String PROPERTY = "jakarta.json.provider";
    private static final Logger LOG = Logger.getLogger(JsonProviderLookup.class.getName());

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        if (System.getProperty(PROPERTY) == null) {
            String provider = JsonProvider.provider().getClass().getName();
            System.setProperty(PROPERTY, provider);
            LOG.warning(() -> "Start the JVM with -D" + PROPERTY + "=" + provider
                    + ": without it every bearer token check scans the class path for a JSON-P provider");
        }
    }
}
