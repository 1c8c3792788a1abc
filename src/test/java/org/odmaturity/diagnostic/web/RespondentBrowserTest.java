package org.odmaturity.diagnostic.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The respondent journey in headless Chromium: with JavaScript (autosave, relevance, radar chart) and without
 * (plain form posts); axe finds no serious or critical violation; screenshots for the README.
 */
@QuarkusTest
class RespondentBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    long diagnostic;

    String newInvitation() {
        long org = TestData.organization("Commune de Saint-Dié-des-Vosges");
        long campaign = TestData.campaign("Campagne open data 2026");
        diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        return TestData.invitation(diagnostic);
    }

    @Test
    void aRespondentAnswersEveryAxisReviewsSubmitsAndSeesTheResults() {
        String token = newInvitation();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/i/" + token);
            assertTrue(driver.getCurrentUrl().endsWith("/repondre"), driver.getCurrentUrl());
            assertNoBlockingViolation(browser);
            shots(browser, "landing");

            driver.findElement(By.cssSelector("a.button")).click();
            assertTrue(driver.getCurrentUrl().endsWith("/repondre/axes/piloter"));
            choose(browser, "q-referent-nomme");
            choose(browser, "q-budget-yes");
            assertNoBlockingViolation(browser);
            shots(browser, "axis");

            browser.open("/repondre/axes/partager");
            assertFalse(driver.findElement(By.id("q-nb_jeux")).isDisplayed(), "not relevant yet");
            choose(browser, "q-publie-yes");
            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-nb_jeux-value")));
            driver.findElement(By.id("q-nb_jeux-value")).sendKeys("7", Keys.TAB);
            waitSaved(browser);
            choose(browser, "q-formats-csv");
            assertNoBlockingViolation(browser);

            browser.open("/repondre/axes/produire");
            choose(browser, "q-schemas-3");
            browser.open("/repondre/axes/valoriser");
            choose(browser, "q-reutilisations-quelques");

            TestData.admin().get("/api/diagnostics/" + diagnostic).then()
                    .body("answers.find { it.question == 'nb_jeux' }.value", equalTo(7))
                    .body("answers.find { it.question == 'formats' }.value", equalTo(List.of("csv")))
                    .body("answers.size()", equalTo(7));

            browser.open("/repondre/relecture");
            assertTrue(driver.getPageSource().contains("Toutes les questions obligatoires"));
            assertNoBlockingViolation(browser);
            driver.findElement(By.cssSelector("form[action='/repondre/soumettre'] button")).click();
            wait(browser).until(ExpectedConditions.urlContains("/repondre/resultats"));
            wait(browser).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return !!(window.Chart && window.Chart.getChart(document.getElementById('radar')));"));
            assertTrue(driver.findElement(By.id("radar")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector(".level")).getText().length() > 1);
            assertNoBlockingViolation(browser);
            shots(browser, "results");
            TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("status", equalTo("submitted"));
        }
    }

    @Test
    void withoutJavaScriptAnAxisIsSavedByAPlainFormPost() {
        String token = newInvitation();
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            browser.open("/i/" + token);
            browser.open("/repondre/axes/piloter");
            driver.findElement(By.cssSelector("label[for='q-referent-informel']")).click();
            driver.findElement(By.id("q-budget-comment")).sendKeys("Ligne prévue en 2027");
            driver.findElement(By.cssSelector("button[value='stay']")).click();
            wait(browser).until(ExpectedConditions.urlContains("enregistre=1"));
            assertTrue(driver.getPageSource().contains("Vos réponses sont enregistrées"));
            assertTrue(driver.findElement(By.id("q-referent-informel")).isSelected());
            assertNoBlockingViolation(browser);
            TestData.admin().get("/api/diagnostics/" + diagnostic).then()
                    .body("answers.find { it.question == 'referent' }.value", equalTo("informel"))
                    .body("answers.find { it.question == 'budget' }.comment", equalTo("Ligne prévue en 2027"));

            // relevance without JavaScript: the next page load shows the question that became relevant
            browser.open("/repondre/axes/partager");
            assertFalse(driver.findElement(By.id("q-nb_jeux")).isDisplayed());
            driver.findElement(By.cssSelector("label[for='q-publie-yes']")).click();
            driver.findElement(By.cssSelector("button[value='stay']")).click();
            wait(browser).until(ExpectedConditions.urlContains("enregistre=1"));
            assertTrue(driver.findElement(By.id("q-nb_jeux")).isDisplayed());
        }
    }

    private static void choose(Browser browser, String inputId) {
        browser.driver().findElement(By.cssSelector("label[for='" + inputId + "']")).click();
        waitSaved(browser);
    }

    private static void waitSaved(Browser browser) {
        wait(browser).until(d -> "Enregistré".equals(d.findElement(By.id("autosave-status")).getText()));
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
