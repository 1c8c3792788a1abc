package org.odmaturity.campaign.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The enrolment and progress pages in headless Chromium (started once for the class), at desktop and phone width:
 * no serious or critical axe violation, no sideways scrolling, in the form's states (empty, errors, preview, report);
 * an enrolment made with the keyboard alone. Screenshots {@code docs/screenshots/campagne-inscription-desktop.png}
 * and {@code campagne-suivi-desktop.png}.
 */
@QuarkusTest
class EnrolmentBrowserTest {

    private static final Path SHOTS = Path.of("docs/screenshots");
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open("/connexion");
        browser.driver().manage().deleteAllCookies();
        browser.desktop();
    }

    @Test
    void theEnrolmentPageIsAccessibleInEveryStateAndWorksWithTheKeyboard() {
        int base = 9_100_000;
        EnrolmentPagesTest.organization("Commune du Navigateur", "commune", "67", base + 1);
        EnrolmentPagesTest.organization("Commune du Clavier", "commune", "68", base + 2);
        long campaign = EnrolmentPagesTest.campaign("Campagne du navigateur", "open", null);
        WebDriver driver = browser.driver();
        browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        String page = "/admin/campagnes/" + campaign + "/inscription";
        check(page + "?lang=fr", null);
        check(page + "?lang=en&apercu=1&departements=20&populationMin=x", null);
        assertTrue(driver.findElement(By.cssSelector(".error-summary")).getText().contains("20"));

        // keyboard only: tick "Commune", type the population bounds, preview with Enter
        browser.desktop().open(page + "?lang=fr");
        focus(driver.findElement(By.id("type-commune")));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.SPACE).perform();
        assertTrue(driver.findElement(By.id("type-commune")).isSelected());
        tabTo(driver.findElement(By.id("population-min")));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Integer.toString(base)).sendKeys(Keys.TAB)
                .sendKeys(Integer.toString(base + 999)).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("creation")));
        assertTrue(driver.findElement(By.cssSelector(".result-count")).getText()
                .startsWith("2 organisation(s) sélectionnée(s) : 2 à inscrire"));
        assertNoBlockingViolation(page + " (preview)");
        browser.screenshot(SHOTS.resolve("campagne-inscription-desktop.png"));
        browser.phone();
        assertNoBlockingViolation(page + " (preview, phone)");
        assertNoSidewaysScroll(page + " (preview)", "on a phone");
        browser.desktop();

        WebElement confirm = driver.findElement(By.cssSelector("form[aria-labelledby=creation] button[type=submit]"));
        tabTo(confirm);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("h1")).getText()
                    .equals("Inscription faite"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no report after the confirmation: " + driver.getTitle() + "\n"
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("2 diagnostic(s) créé(s)"));
        assertNoBlockingViolation(page + " (report)");
        assertEquals(2, admin().get("/api/diagnostics?campaignId=" + campaign).then().extract().jsonPath()
                .getList("id").size());
    }

    @Test
    void theProgressPageIsAccessibleOnADesktopAndAPhone() {
        long a = EnrolmentPagesTest.organization("Commune suivie au navigateur", "commune", "67", 9_200_001);
        long b = EnrolmentPagesTest.organization("Établissement suivi au navigateur", "etablissement-public", "68",
                9_200_002);
        long campaign = EnrolmentPagesTest.campaign("Campagne suivie au navigateur", "open", null);
        long diagnostic = admin().contentType(ContentType.JSON)
                .body(Map.of("organizationIds", List.of(a, b), "mode", "self-assessment"))
                .post("/api/campaigns/" + campaign + "/enrolments").then().statusCode(200).extract().jsonPath()
                .getLong("organizations.find { it.organizationId == " + a + " }.diagnosticId");
        TestData.invitation(diagnostic);
        browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        String page = "/admin/campagnes/" + campaign + "/suivi";
        check(page + "?lang=fr", "campagne-suivi");
        check(page + "?lang=en&stage=invited", null);
        check(page + "?lang=fr&stage=perdu", null);
        browser.desktop().open(page + "?lang=fr");
        assertEquals(2, browser.driver().findElements(By.cssSelector("table.records tbody tr")).size());
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static void focus(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", element);
    }

    /** Tab until {@code target} has the focus (at most 200 presses), with a visible focus outline. */
    private static void tabTo(WebElement target) {
        WebDriver driver = browser.driver();
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < 200 && !target.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(target, driver.switchTo().activeElement(), "reached with Tab");
        Object outline = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;");
        assertFalse("none".equals(outline), "no visible focus");
    }

    private static void check(String path, String shot) {
        browser.desktop().open(path);
        WebDriver driver = browser.driver();
        assertFalse(driver.getTitle().contains("Page introuvable") || driver.getTitle().contains("Accès refusé"),
                path + ": " + driver.getTitle());
        assertNoBlockingViolation(path);
        assertNoSidewaysScroll(path, "on a desktop");
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        }
        browser.phone();
        assertNoBlockingViolation(path);
        assertNoSidewaysScroll(path, "on a phone");
        browser.desktop();
    }

    private static void assertNoBlockingViolation(String path) {
        List<Rule> violations = browser.axe();
        assertTrue(violations.isEmpty(), path + ": " + Browser.describe(violations));
    }

    private static void assertNoSidewaysScroll(String path, String where) {
        int overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, path + " scrolls sideways " + where + " by " + overflow
                + "px");
    }
}
