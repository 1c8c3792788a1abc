package org.odmaturity.plan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The action-plan page in headless Chromium: curated with the keyboard only (Tab to "Descendre", Enter: the action
 * goes one row down and the focus comes back to its button), without JavaScript by plain form posts; axe finds no
 * serious or critical violation at desktop and phone widths; screenshots for the docs.
 */
@QuarkusTest
class PlanPagesBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");
    static final String DOWN_OF_REUSES = "tr[data-key='q:reutilisations'] button[data-op='down']";

    @Test
    void aFacilitatorReordersWithTheKeyboardOnly() {
        PlanPagesTest.Fixture f = PlanPagesTest.fixture("Commune de Wissembourg", true);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(f.facilitatorEmail(), TestData.password(f.facilitatorEmail()));
            browser.open(f.page());
            assertEquals("q:reutilisations", driver.findElement(By.cssSelector("tbody tr")).getDomAttribute("data-key"));
            assertNoBlockingViolation(browser);

            // Tab from the top of the page to "Descendre" of the first action, then Enter
            WebElement target = driver.findElement(By.cssSelector(DOWN_OF_REUSES));
            int tabs = 0;
            while (!target.equals(driver.switchTo().activeElement())) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertTrue(++tabs < 150, "'Descendre' of the first action is never reached by Tab");
            }
            assertTrue(target.getText().startsWith("Descendre"));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait(browser).until(ExpectedConditions.urlContains("ok=moved"));

            List<String> rows = driver.findElements(By.cssSelector("tbody tr[data-key]")).stream()
                    .map(e -> e.getDomAttribute("data-key")).toList();
            assertEquals("q:referent", rows.get(0));
            assertEquals("q:reutilisations", rows.get(1), "the moved action is now lower");
            assertEquals(List.of("q:referent", "q:reutilisations", "q:formats", "q:budget", "q:nb_jeux"),
                    PlanPagesTest.apiOrder(f));
            assertTrue(driver.findElement(By.id("avis")).getText().contains("rang 2"));
            // the focus is back on the same button of the moved row: Enter again moves it again
            wait(browser).withMessage(() -> "focus on " + driver.switchTo().activeElement().getDomProperty("outerHTML"))
                    .until(d -> d.findElement(By.cssSelector(DOWN_OF_REUSES)).equals(d.switchTo().activeElement()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("avis"), "rang 3"));
            assertEquals(List.of("q:referent", "q:formats", "q:reutilisations", "q:budget", "q:nb_jeux"),
                    PlanPagesTest.apiOrder(f));
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-desktop.png"));

            browser.phone().open(f.page() + "#action-q-referent");
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-phone.png"));

            browser.desktop().open(f.page() + "/actions/q:referent");
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-edit-desktop.png"));
            browser.phone();
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-edit-phone.png"));

            // an invalid edit: the error summary gets the focus and links to the field
            browser.desktop();
            WebElement due = driver.findElement(By.id("due"));
            due.clear();
            due.sendKeys("32/13/2026");
            driver.findElement(By.cssSelector("form.action-form button[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("erreurs")));
            assertEquals(driver.findElement(By.id("erreurs")), driver.switchTo().activeElement());
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-errors-desktop.png"));
            browser.phone();
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-errors-phone.png"));
        }
    }

    @Test
    void withoutJavaScriptAnActionIsRemovedAndRestoredByPlainForms() {
        PlanPagesTest.Fixture f = PlanPagesTest.fixture("Commune de Haguenau", true);
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(f.facilitatorEmail(), TestData.password(f.facilitatorEmail()));
            browser.open(f.page());
            driver.findElement(By.cssSelector("tr[data-key='q:budget'] button[data-op='drop']")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=dropped"));
            assertTrue(driver.getCurrentUrl().endsWith("#action-q-budget"), driver.getCurrentUrl());
            assertTrue(driver.findElement(By.cssSelector("li[data-key='q:budget']")).isDisplayed());
            assertNoBlockingViolation(browser);
            driver.findElement(By.cssSelector("li[data-key='q:budget'] button[data-op='restore']")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=restored"));
            List<String> rows = driver.findElements(By.cssSelector("tbody tr[data-key]")).stream()
                    .map(e -> e.getDomAttribute("data-key")).toList();
            assertEquals("q:budget", rows.get(rows.size() - 1));
            assertEquals(rows, PlanPagesTest.apiOrder(f));

            browser.open(f.page() + "/regenerer");
            assertNoBlockingViolation(browser);
            browser.screenshot(SHOTS.resolve("plan-regenerate-desktop.png"));
            browser.phone();
            browser.screenshot(SHOTS.resolve("plan-regenerate-phone.png"));
            driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=regenerated"));
            assertEquals(List.of("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"),
                    PlanPagesTest.apiOrder(f));
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
