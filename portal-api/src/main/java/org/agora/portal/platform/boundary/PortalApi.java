package org.agora.portal.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.agora.portal.platform.control.Caller;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}: bearer tokens from the identity provider, verified with
 * MicroProfile JWT, roles from the {@code groups} claim. A CDI bean, or MP-JWT cannot be injected.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Agora API",
                        version = "0.1",
                        description =
                                "Customer community and ideas portal. Errors are application/problem+json (RFC 9457).",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PortalApi extends Application {}
