package org.agora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.agora.it.DeployedPortal;
import org.agora.it.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in a real browser: the portal's page, and signing in on the real Keycloak login page. */
class SignInIT extends DeployedPortal {

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        Browser.requireInstalled();
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePortalPageRendersForAnAnonymousVisitor() {
        browser.get(deployment.toExternalForm());
        assertTrue(browser.getTitle().startsWith("Agora"), browser.getTitle());
        assertEquals("Agora", browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "home-anonymous");
    }

    @Test
    void aCustomerSignsInOnTheKeycloakPageWithCodeFlowAndPkce() throws NoSuchAlgorithmException {
        String verifier = "e2e-verifier-" + "x".repeat(40);
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:8080/signed-in";
        browser.get(TestStack.keycloak().issuer() + "/protocol/openid-connect/auth?client_id=agora-web"
                + "&response_type=code&scope=openid&state=e2e-state"
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("username")).isEmpty());
        Browser.screenshot(browser, "keycloak-login");
        browser.findElement(By.id("username")).sendKeys("carla");
        browser.findElement(By.id("password")).sendKeys("carla");
        browser.findElement(By.id("kc-login")).click();

        // The portal's registered redirect receives the authorization code (nothing need listen there).
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(redirect));
        String landed = browser.getCurrentUrl();
        assertTrue(landed.contains("state=e2e-state"), landed);
        assertTrue(landed.contains("code="), landed);
    }

    @Test
    void aRedirectThatIsNotRegisteredIsRefused() {
        browser.get(TestStack.keycloak().issuer() + "/protocol/openid-connect/auth?client_id=agora-web"
                + "&response_type=code&scope=openid&code_challenge=abc&code_challenge_method=S256"
                + "&redirect_uri=" + URLEncoder.encode("https://evil.example/steal", StandardCharsets.UTF_8));
        assertTrue(browser.getPageSource().contains("Invalid parameter: redirect_uri"), browser.getPageSource());
        assertTrue(browser.findElements(By.id("username")).isEmpty(), "no login form for a foreign redirect");
    }
}
