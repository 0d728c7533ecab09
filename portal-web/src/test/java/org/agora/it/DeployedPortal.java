package org.agora.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR, as built, on Payara Micro with the test stack behind it; subclasses call it over
 * HTTP through {@link #api}. Each subclass is one Payara boot.
 */
@ExtendWith({TestStack.class, ArquillianExtension.class})
public abstract class DeployedPortal {

    @Deployment(testable = false)
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("agora.war")));
    }

    @ArquillianResource
    protected URL deployment;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }
}
