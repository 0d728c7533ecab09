package org.agora.portal.platform.entity;

import java.util.Set;

/** A signed-in member acting with the roles of their token; controls decide with it. */
public record Actor(long memberId, Set<String> roles) {

    public static final String CUSTOMER = "customer";
    public static final String MODERATOR = "moderator";
    public static final String PRODUCT_MANAGER = "product_manager";
    public static final String ADMIN = "admin";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Moderators, product managers and admins. */
    public boolean staff() {
        return has(MODERATOR) || has(PRODUCT_MANAGER) || has(ADMIN);
    }

    /** Moderators and admins: they may change or remove what others wrote. */
    public boolean moderates() {
        return has(MODERATOR) || has(ADMIN);
    }
}
