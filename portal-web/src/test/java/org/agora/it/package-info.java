/**
 * Integration tests: the real WAR on Payara Micro (Arquillian, managed), a real PostgreSQL and a
 * real Keycloak issuing the tokens, called over real HTTP. Each test class is one Payara boot, so
 * classes group many tests.
 */
package org.agora.it;
