package org.agora.portal.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Collections;
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

    private Optional<JsonWebToken> token;
    private Set<String> roles;

    /** The verified token, looked up once per request. */
    public Optional<JsonWebToken> token() {
        if (token == null) {
            token = security.getPrincipalsByType(JsonWebToken.class).stream().findFirst();
        }
        return token;
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
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new NotPermitted("This needs one of the roles " + String.join(", ", roles) + ".");
        }
        return token;
    }

    /**
     * Whether the token carries the role. Read from the verified token's groups once per request:
     * the container's role check costs far more and is asked a dozen times a request.
     */
    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** Moderators, product managers and admins: they see what is not published. */
    public boolean staff() {
        return hasRole(MODERATOR) || hasRole(PRODUCT_MANAGER) || hasRole(ADMIN);
    }

    /** The portal's roles the caller holds, sorted. */
    public Set<String> roles() {
        if (roles == null) {
            roles = token().map(Caller::portalRoles).orElse(Set.of());
        }
        return roles;
    }

    /** The portal's roles a token carries, sorted. */
    public static Set<String> portalRoles(JsonWebToken token) {
        Set<String> held = new TreeSet<>();
        if (token.getGroups() != null) {
            token.getGroups().stream().filter(ROLES::contains).forEach(held::add);
        }
        return Collections.unmodifiableSet(held);
    }

    /** The caller as an actor: the member id their token maps to and their roles. */
    public Actor actor(long memberId) {
        return new Actor(memberId, roles());
    }
}
