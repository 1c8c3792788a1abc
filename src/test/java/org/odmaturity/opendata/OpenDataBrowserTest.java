package org.odmaturity.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The open data pages in headless Chromium (started once for the class): the public list and the admin page at
 * desktop and phone width with no serious or critical axe violation and no sideways scrolling, every file link of the
 * public list reached with the keyboard alone, and a publication made with the keyboard on the admin page.
 * Screenshots {@code docs/screenshots/donnees-ouvertes-*.png}.
 */
@QuarkusTest
class OpenDataBrowserTest {

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
    void anonymous() {
        browser.open("/donnees-ouvertes");
        browser.driver().manage().deleteAllCookies();
        browser.desktop();
    }

    /** A closed campaign (no diagnostic needed: an empty package is still a package). */
    private static long closedCampaign(String name) {
        long campaign = TestData.campaign(name);
        String etag = admin().get("/api/campaigns/" + campaign).then().statusCode(200).extract().header("ETag");
        admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", name, "year", 2026, "status", "closed",
                        "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
        return campaign;
    }

    @Test
    void thePublicListIsAccessibleAndEveryFileIsReachedWithTheKeyboard() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = closedCampaign("Diagnostic régional " + suffix);
        String slug = admin().post("/api/campaigns/" + campaign + "/open-data").then().statusCode(200).extract()
                .path("publication.slug");
        WebDriver driver = browser.driver();

        check("/donnees-ouvertes?lang=fr", "donnees-ouvertes");
        assertTrue(driver.getTitle().startsWith("Données ouvertes – "), driver.getTitle());
        check("/donnees-ouvertes?lang=en", null);
        assertTrue(driver.findElement(By.tagName("h1")).getText().equals("Open data"));

        // keyboard only: from the top of the page, Tab reaches the package's descriptor and every CSV link, each
        // with a visible focus outline
        browser.open("/donnees-ouvertes?lang=fr");
        Set<String> expected = new HashSet<>();
        expected.add("/donnees-ouvertes/" + slug + "/datapackage.json");
        for (String resource : DataPackageBuilder.RESOURCES) {
            expected.add("/donnees-ouvertes/" + slug + "/" + resource + ".csv");
        }
        Set<String> reached = new HashSet<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 400 && !reached.containsAll(expected); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String href = focused.getAttribute("href");
            if (href != null && expected.contains(href.replace(Browser.baseUrl(), ""))) {
                reached.add(href.replace(Browser.baseUrl(), ""));
                Object outline = ((JavascriptExecutor) driver).executeScript(
                        "return getComputedStyle(document.activeElement).outlineStyle;");
                assertFalse("none".equals(outline), "no visible focus on " + href);
            }
        }
        assertEquals(expected, reached, "links reached with Tab");
        // Enter on the focused descriptor link opens it
        browser.open("/donnees-ouvertes?lang=fr");
        WebElement descriptor = driver.findElement(By.cssSelector("a[href='/donnees-ouvertes/" + slug
                + "/datapackage.json']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", descriptor);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("datapackage.json"));
        assertTrue(driver.getPageSource().contains("\"name\" : \"" + slug + "\""));
    }

    @Test
    void theAdminPageIsAccessibleAndPublishesWithTheKeyboard() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = closedCampaign("Diagnostic à publier " + suffix);
        WebDriver driver = browser.driver();
        browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        String page = "/admin/campagnes/" + campaign + "/donnees-ouvertes";
        check(page + "?lang=fr", "donnees-ouvertes-admin");
        check(page + "?lang=en", null);

        browser.open(page + "?lang=fr");
        WebElement publish = driver.findElement(By.cssSelector("button[value=publier]"));
        assertEquals("Publier", publish.getText());
        Actions keys = new Actions(driver);
        for (int i = 0; i < 100 && !publish.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(publish, driver.switchTo().activeElement(), "the publish button is reached with Tab");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("ok=publie"));
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText()
                .contains("Les données de la campagne sont publiées."));
        assertEquals("Republier", driver.findElement(By.cssSelector("button[value=publier]")).getText());
        assertNoBlockingViolation(page);
        admin().get("/api/campaigns/" + campaign + "/open-data").then().statusCode(200)
                .body("publication.published", org.hamcrest.Matchers.equalTo(true));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

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
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-phone.png"));
        }
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
