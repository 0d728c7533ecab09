/**
 * The dev stack: an embedded real PostgreSQL, a dev Keycloak from the Maven Central distribution
 * and Payara Micro with the portal's WAR, each a real process. {@link org.agora.dev.RunPortal}
 * runs them for people; the integration tests start the same pieces for themselves.
 */
package org.agora.dev;
