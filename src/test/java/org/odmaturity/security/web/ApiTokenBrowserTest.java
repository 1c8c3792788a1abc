package org.odmaturity.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The API tokens of "my account" in a real browser: no serious or critical axe violation and no sideways scrolling at
 * desktop and phone widths — empty, with a form in error, with the secret shown once, with a list — and a token
 * created and revoked with the keyboard only.
 */
@QuarkusTest
class ApiTokenBrowserTest {

    @Test
    void tokensAreCreatedShownOnceAndRevokedAccessibly() {
        String email = TestData.uniqueEmail("token-browser");
        TestData.facilitator(email);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(email, TestData.password(email));
            wait(browser).until(ExpectedConditions.urlMatches(".*/animation$"));
            check(browser, "/compte");

            // refused: the summary first, the field marked
            driver.findElement(By.id("validityDays")).clear();
            driver.findElement(By.id("validityDays")).sendKeys("0");
            driver.findElement(By.id("validityDays")).sendKeys(Keys.ENTER);
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertEquals("true", driver.findElement(By.id("name")).getAttribute("aria-invalid"));
            assertNoBlockingViolation(browser);

            // created with the keyboard: the secret in a read-only field, a copy button (JavaScript on)
            driver.findElement(By.id("name")).sendKeys("Export mensuel");
            driver.findElement(By.id("validityDays")).clear();
            driver.findElement(By.id("validityDays")).sendKeys("30", Keys.ENTER);
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("lien")));
            String secret = driver.findElement(By.id("lien")).getAttribute("value");
            assertTrue(secret.startsWith("odm_") && secret.length() == 47, secret);
            assertTrue(driver.findElement(By.id("copier")).isDisplayed());
            assertNoBlockingViolation(browser);
            noSidewaysScroll(browser, "after creation");
            TestData.bearer(secret).get("/api/organizations").then().statusCode(200);

            // listed, then revoked with its button
            check(browser, "/compte");
            assertFalse(driver.getPageSource().contains(secret));
            driver.findElement(By.cssSelector("form[action$='/revoquer'] button")).sendKeys(Keys.ENTER);
            wait(browser).until(ExpectedConditions.urlContains("ok=revoked"));
            assertTrue(driver.findElement(By.cssSelector("p.notice.success")).getText().contains("révoqué"));
            assertNoBlockingViolation(browser);
            TestData.bearer(secret).get("/api/organizations").then().statusCode(401);
        }
    }

    private static void check(Browser browser, String path) {
        browser.desktop().open(path);
        assertNoBlockingViolation(browser);
        noSidewaysScroll(browser, "on a desktop");
        browser.phone();
        assertNoBlockingViolation(browser);
        noSidewaysScroll(browser, "on a phone");
        browser.desktop();
    }

    private static void noSidewaysScroll(Browser browser, String where) {
        int overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, "scrolls sideways " + where + " by " + overflow + "px");
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }
}
