package org.odmaturity.plan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.plan.followup.FollowUpFixture;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The follow-up page in headless Chromium (started once for the class' one test): a facilitator sets a status with
 * the keyboard only; an invalid note gets the error summary and the focus; axe finds no serious or critical violation
 * on the follow-up page (desktop and phone), on the organisation's follow-up page through its link, on the landing page
 * and on the interview page showing the previous plan.
 */
@QuarkusTest
class FollowUpBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    @Test
    void theFollowUpIsSetWithTheKeyboardAndThePagesAreAccessible() {
        FollowUpFixture f = FollowUpFixture.create("Commune de Sélestat");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String page = "/animation/diagnostics/" + f.diagnostic2025() + "/plan/suivi";
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(f.facilitator2025(), TestData.password(f.facilitator2025()));
            browser.open(page);
            assertNoBlockingViolation(browser);

            // Tab from the top of the page to the status of the first action, choose "Fait", Tab to "Enregistrer"
            String row = "li[data-key='" + key + "']";
            WebElement status = driver.findElement(By.cssSelector(row + " select[name='status']"));
            int tabs = 0;
            while (!status.equals(driver.switchTo().activeElement())) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertTrue(++tabs < 100, "the status of the first action is never reached by Tab");
            }
            new Actions(driver).sendKeys("F").perform(); // "Fait": the first status starting with F
            new Actions(driver).sendKeys(Keys.TAB).sendKeys("03/03/2026").sendKeys(Keys.TAB)
                    .sendKeys("Voté en conseil").sendKeys(Keys.TAB).perform();
            WebElement save = driver.findElement(By.cssSelector(row + " button[type='submit']"));
            assertEquals(save, driver.switchTo().activeElement());
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait(browser).until(ExpectedConditions.urlContains("ok="));
            assertEquals("done", TestData.admin().get(FollowUpFixture.followUp(f.diagnostic2025())).then().extract()
                    .jsonPath().getString("actions.find { it.key == '" + key + "' }.status"));
            assertTrue(driver.findElement(By.cssSelector(row + " .follow-up-status")).getText().contains("Fait"));
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("follow-up-desktop.png"));

            // an invalid note: the error summary gets the focus and links to the field
            WebElement note = driver.findElement(By.cssSelector(row + " textarea[name='note']"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];", note,
                    "x".repeat(501));
            driver.findElement(By.cssSelector(row + " button[type='submit']")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("erreurs")));
            wait(browser).until(d -> d.findElement(By.id("erreurs")).equals(d.switchTo().activeElement()));
            assertNoBlockingViolation(browser);
            browser.phone();
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("follow-up-phone.png"));

            // the next campaign: interview page with the previous plan beside its questions
            browser.desktop();
            driver.manage().deleteAllCookies();
            browser.signIn(f.facilitator2026(), TestData.password(f.facilitator2026()));
            browser.open("/animation/diagnostics/" + f.diagnostic2026());
            assertTrue(driver.findElement(By.cssSelector(".itv-previous-note[data-follow-up='done']")).getText()
                    .startsWith("Plan 2025 : "));
            assertNoBlockingViolation(browser);

            // the organisation through its new link: landing page and follow-up page
            driver.manage().deleteAllCookies();
            browser.open("/i/" + f.link2026());
            assertTrue(driver.findElement(By.cssSelector("table.follow-up-table")).getText().contains("Fait"));
            assertNoBlockingViolation(browser);
            browser.open("/repondre/suivi");
            assertTrue(driver.findElement(By.cssSelector("h1")).getText().contains("Commune de Sélestat"));
            assertNoBlockingViolation(browser);
            assertTrue(driver.manage().getCookies().stream().map(Cookie::getName).toList().contains("odm_invitation"));
        }
    }

    static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertTrue(violations.isEmpty(), browser.driver().getCurrentUrl() + "\n" + Browser.describe(violations));
    }

    static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }
}
