package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The interview page in headless Chromium: a facilitator runs a whole interview with the keyboard only (digits,
 * n, Space, Escape, Enter), the live score follows, the stored answers are what was typed; axe finds no serious or
 * critical violation (desktop and phone); at 200 % zoom nothing scrolls sideways and the score panel never covers the
 * focused question. Screenshots for the docs.
 */
@QuarkusTest
class InterviewBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    @Test
    void aFacilitatorRunsAnInterviewWithTheKeyboardOnly() {
        String email = TestData.uniqueEmail("itv-keyboard");
        long facilitator = TestData.facilitator(email);
        long org = TestData.organization("Commune de Sélestat");
        long campaign = TestData.campaign("Campagne open data 2026");
        long id = TestData.diagnostic(org, campaign, "interview", facilitator);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(email, TestData.password(email));
            wait(browser).until(ExpectedConditions.urlMatches("/animation$"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Commune de Sélestat"));
            assertNoBlockingViolation(browser);
            shots(browser, "entretien-liste");

            browser.open("/animation/diagnostics/" + id);
            assertNoBlockingViolation(browser);
            String initial = score(driver, "piloter");

            keys(driver, "n");
            waitFocus(browser, "q-referent-personne");
            keys(driver, "3");
            waitSaved(browser);
            assertTrue(driver.findElement(By.id("q-referent-nomme")).isSelected());
            String piloter = score(driver, "piloter");
            assertNotEquals(initial, piloter, "the live score follows the answer");
            // notes: c, type, Escape back to the question
            keys(driver, "c");
            waitFocus(browser, "q-referent-note");
            keys(driver, "Référent : Mme Martin, 20 % de son temps");
            keys(driver, Keys.ESCAPE);
            waitFocus(browser, "q-referent");

            keys(driver, "n");
            waitFocus(browser, "q-budget-yes");
            keys(driver, Keys.SPACE); // the browser's own key for a radio button
            waitSaved(browser);
            assertTrue(driver.findElement(By.id("q-budget-yes")).isSelected());
            assertNotEquals(piloter, score(driver, "piloter"));

            keys(driver, "n");
            waitFocus(browser, "q-publie-yes");
            assertFalse(driver.findElement(By.id("q-nb_jeux-value")).isDisplayed(), "not relevant yet");
            keys(driver, "1");
            waitSaved(browser);
            assertTrue(driver.findElement(By.id("q-nb_jeux-value")).isDisplayed(), "relevant now");

            keys(driver, "n");
            waitFocus(browser, "q-nb_jeux-value");
            keys(driver, "7");
            keys(driver, Keys.ESCAPE);
            keys(driver, "n"); // waits for the pending text save, then moves on
            waitFocus(browser, "q-formats-pdf");
            keys(driver, "2");
            waitSaved(browser);
            keys(driver, "3");
            waitSaved(browser);
            keys(driver, "u");
            waitSaved(browser);
            assertTrue(driver.findElement(By.id("itv-unsure")).getText().contains("Dans quels formats"),
                    "listed 'to review'");

            keys(driver, "n");
            waitFocus(browser, "q-schemas-0");
            keys(driver, "4");
            waitSaved(browser);
            keys(driver, "n");
            waitFocus(browser, "q-reutilisations-non");
            keys(driver, "2");
            waitSaved(browser);
            keys(driver, "n");
            waitFocus(browser, "q-attentes-value");
            keys(driver, "Un appui pour publier les premiers jeux");
            keys(driver, Keys.ESCAPE);
            keys(driver, "p");
            waitFocus(browser, "q-reutilisations-quelques");

            keys(driver, "n"); // nothing left unanswered: the validation button
            wait(browser).until(d -> "valider".equals(active(d).getAttribute("id")));
            assertTrue(driver.findElement(By.id("itv-status")).getText().contains("Toutes les questions"));
            assertEquals("8/8", driver.findElement(By.cssSelector("tr[data-axis='overall'] [data-progress]"))
                    .getText());
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot(SHOTS.resolve("entretien-desktop.png"));
            browser.phone();
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.itv-panel').scrollIntoView()");
            browser.screenshot(SHOTS.resolve("entretien-phone.png"));
            browser.desktop();
            keys(driver, "v");
            waitFocus(browser, "valider");
            keys(driver, Keys.ENTER);
            wait(browser).until(ExpectedConditions.urlContains("ok=valide"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Diagnostic validé"));
            assertNoBlockingViolation(browser);

            JsonPath d = TestData.admin().get("/api/diagnostics/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("validated", d.getString("status"));
            assertEquals("nomme", value(d, "referent", "value"));
            assertEquals("Référent : Mme Martin, 20 % de son temps", value(d, "referent", "note"));
            assertEquals(true, value(d, "budget", "value"));
            assertEquals(true, value(d, "publie", "value"));
            assertEquals(7, value(d, "nb_jeux", "value"));
            assertEquals(List.of("csv", "geo"), value(d, "formats", "value"));
            assertEquals(true, value(d, "formats", "unsure"));
            assertEquals(false, value(d, "referent", "unsure"));
            assertEquals(3, value(d, "schemas", "value"));
            assertEquals("quelques", value(d, "reutilisations", "value"));
            assertEquals("Un appui pour publier les premiers jeux", value(d, "attentes", "value"));
        }
    }

    @Test
    void onAPhoneAndAt200PercentZoomNothingScrollsSidewaysAndTheScoresNeverCoverTheQuestion() {
        String email = TestData.uniqueEmail("itv-zoom");
        long facilitator = TestData.facilitator(email);
        long org = TestData.organization("Communauté d'agglomération de Haguenau " + System.nanoTime());
        long campaign = TestData.campaign("Campagne zoom " + System.nanoTime());
        long id = TestData.diagnostic(org, campaign, "interview", facilitator);
        TestData.admin().contentType(ContentType.JSON).body(Map.of("answers", List.of(
                Map.of("question", "referent", "value", "informel", "revision", 0),
                Map.of("question", "publie", "value", true, "unsure", true, "revision", 0))))
                .patch("/api/diagnostics/" + id + "/answers").then().statusCode(200);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.phone().signIn(email, TestData.password(email));
            wait(browser).until(ExpectedConditions.urlMatches("/animation$"));
            assertNoBlockingViolation(browser);
            assertNoSidewaysScrolling(driver);
            browser.open("/animation/diagnostics/" + id);
            assertNoBlockingViolation(browser);
            assertNoSidewaysScrolling(driver);

            // 1280 × 900 at 200 %: a 640 × 450 viewport
            browser.windowSize(new Dimension(640, 450));
            browser.open("/animation/diagnostics/" + id);
            assertNoSidewaysScrolling(driver);
            for (String ignored : List.of("n", "n", "n")) {
                keys(driver, "n");
                assertFocusedQuestionVisible(driver);
            }
            // beside the form (desktop), the sticky panel is in its own column
            browser.desktop();
            browser.open("/animation/diagnostics/" + id);
            keys(driver, "n");
            keys(driver, "n");
            keys(driver, "n");
            assertFocusedQuestionVisible(driver);
            assertEquals("sticky", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('.itv-panel')).position"));
        }
    }

    @Test
    void withoutJavaScriptTheFormSavesWithItsButtons() {
        String email = TestData.uniqueEmail("itv-nojs");
        long facilitator = TestData.facilitator(email);
        long id = TestData.diagnostic(TestData.organization("Commune de Molsheim " + System.nanoTime()),
                TestData.campaign("Campagne sans JS " + System.nanoTime()), "interview", facilitator);
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(email, TestData.password(email));
            wait(browser).until(ExpectedConditions.urlMatches("/animation$"));
            browser.open("/animation/diagnostics/" + id);
            driver.findElement(By.cssSelector("a#itv-next")).click();
            assertTrue(driver.getCurrentUrl().endsWith("#q-referent"));
            driver.findElement(By.cssSelector("label[for='q-referent-nomme']")).click();
            driver.findElement(By.cssSelector("label[for='q-publie-yes']")).click();
            driver.findElement(By.cssSelector("#axe-piloter button[name='go']")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=enregistre"));
            assertTrue(driver.findElement(By.id("q-referent-nomme")).isSelected());
            assertTrue(driver.findElement(By.id("q-nb_jeux-value")).isDisplayed(), "relevance after the save");
            assertNoBlockingViolation(browser);
            driver.findElement(By.id("valider")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=valide"));
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void keys(WebDriver driver, CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static void waitFocus(Browser browser, String id) {
        try {
            wait(browser).until(d -> id.equals(active(d).getAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("focus on #" + id + " expected, found #"
                    + active(browser.driver()).getAttribute("id"), e);
        }
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static String score(WebDriver driver, String axis) {
        return driver.findElement(By.cssSelector("tr[data-axis='" + axis + "'] [data-score]")).getText();
    }

    private static Object value(JsonPath d, String question, String field) {
        List<Map<String, Object>> answers = d.getList("answers");
        return answers.stream().filter(a -> question.equals(a.get("question"))).findFirst()
                .map(a -> a.get(field)).orElse(null);
    }

    private static void assertNoSidewaysScrolling(WebDriver driver) {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "if (document.documentElement.scrollWidth <= window.innerWidth) return null;"
                        + "return Array.prototype.slice.call(document.querySelectorAll('body *'))"
                        + ".filter(function (e) { return e.getBoundingClientRect().right > innerWidth + 1; })"
                        + ".slice(0, 8).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id + ' '"
                        + " + Math.round(e.getBoundingClientRect().right); }).join(', ');");
        assertEquals(null, wide, driver.getCurrentUrl() + " scrolls sideways (innerWidth "
                + ((JavascriptExecutor) driver).executeScript("return innerWidth") + ")");
    }

    /** The focused element is in the viewport and does not overlap the score panel. */
    private static void assertFocusedQuestionVisible(WebDriver driver) {
        Object problem = ((JavascriptExecutor) driver).executeScript(
                "var f = document.activeElement.closest('.itv-q') || document.activeElement;"
                        + "var a = document.activeElement.getBoundingClientRect();"
                        + "var q = f.getBoundingClientRect();"
                        + "var p = document.querySelector('.itv-panel').getBoundingClientRect();"
                        + "if (a.bottom < 0 || a.top > innerHeight || a.right < 0 || a.left > innerWidth)"
                        + "  return 'focused control out of view: ' + JSON.stringify(a);"
                        + "var overlap = !(q.right <= p.left || p.right <= q.left || q.bottom <= p.top"
                        + "  || p.bottom <= q.top);"
                        + "var pv = p.bottom > 0 && p.top < innerHeight;"
                        + "return overlap && pv ? 'panel covers the question ' + f.id : null;");
        assertEquals(null, problem);
    }

    private static void waitSaved(Browser browser) {
        wait(browser).until(d -> "Enregistré".equals(d.findElement(By.id("itv-status")).getText()));
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }

    private static void shots(Browser browser, String name) {
        browser.desktop();
        browser.screenshot(SHOTS.resolve(name + "-desktop.png"));
        browser.phone();
        browser.screenshot(SHOTS.resolve(name + "-phone.png"));
        browser.desktop();
    }
}
