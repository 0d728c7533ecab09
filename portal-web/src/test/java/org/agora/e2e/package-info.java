/**
 * End-to-end tests in a real browser: Debian's headless Chromium driven by Selenium, the portal on
 * Payara Micro and the real Keycloak login page. They run when {@code chromedriver} is installed;
 * {@code -Pe2e} makes a missing browser a failure.
 */
package org.agora.e2e;
