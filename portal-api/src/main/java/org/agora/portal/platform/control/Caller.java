package org.agora.portal.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.NotSignedIn;
import org.agora.portal.platform.entity.Actor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified bearer token says. Services ask it before they act; an
 * authorization decision is never left to a page or to an annotation alone.
 */
@RequestScoped
public class Caller {

    public static final String CUSTOMER = Actor.CUSTOMER;
    public static final String MODERATOR = Actor.MODERATOR;
    public static final String PRODUCT_MANAGER = Actor.PRODUCT_MANAGER;
    public static final String ADMIN = Actor.ADMIN;
    private static final Set<String> ROLES = Set.of(CUSTOMER, MODERATOR, PRODUCT_MANAGER, ADMIN);

    @Inject
    SecurityContext security;

    public Optional<JsonWebToken> token() {
        return security.getPrincipalsByType(JsonWebToken.class).stream().findFirst();
    }

    public boolean signedIn() {
        return token().isPresent();
    }

    /** The token of the signed-in caller; 401 without one. */
    public JsonWebToken requireSignedIn() {
        return token().orElseThrow(NotSignedIn::new);
    }

    /** 401 without a token, 403 when the caller has none of the roles. */
    public JsonWebToken requireAnyRole(String... roles) {
        JsonWebToken token = requireSignedIn();
        if (Arrays.stream(roles).noneMatch(security::isCallerInRole)) {
            throw new NotPermitted("This needs one of the roles " + String.join(", ", roles) + ".");
        }
        return token;
    }

    public boolean hasRole(String role) {
        return signedIn() && security.isCallerInRole(role);
    }

    /** Moderators, product managers and admins: they see what is not published. */
    public boolean staff() {
        return hasRole(MODERATOR) || hasRole(PRODUCT_MANAGER) || hasRole(ADMIN);
    }

    /** The portal's roles the caller holds, sorted. */
    public Set<String> roles() {
        Set<String> held = new TreeSet<>();
        for (String role : ROLES) {
            if (hasRole(role)) {
                held.add(role);
            }
        }
        return held;
    }

    /** The caller as an actor: the member id their token maps to and their roles. */
    public Actor actor(long memberId) {
        return new Actor(memberId, roles());
    }
}
