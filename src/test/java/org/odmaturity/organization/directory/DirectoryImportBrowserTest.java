package org.odmaturity.organization.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The import pages and the personal-data page in headless Chromium: no serious or critical axe violation at desktop
 * and phone width, no sideways scrolling; a file chosen, checked, its preview confirmed from the keyboard;
 * screenshots {@code docs/screenshots/admin-import*.png}.
 */
@QuarkusTest
class DirectoryImportBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    @Test
    void uploadPreviewAndConfirmAreAccessible() throws Exception {
        String siren = TestData.newSiren();
        Path file = Files.createTempDirectory("import").resolve("annuaire-grand-est.csv");
        Files.writeString(file, "siren;nom;type;departement;population;contact_nom;contact_email\n"
                + siren + ";Commune de Sélestat;commune;67;19 000;Camille Martin;c.martin@selestat.example\n"
                + "123456789;Commune au SIREN faux;commune;67;;;\n"
                + TestData.newSiren() + ";Syndicat des eaux;syndicat;2A;;;pas-un-courriel\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            wait(browser).until(ExpectedConditions.urlMatches(".*/admin$"));
            check(browser, "/admin/organisations/import", "admin-import");

            // sent without a file: the error summary leads to the field
            browser.desktop().open("/admin/organisations/import");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertEquals("true", driver.findElement(By.id("fichier")).getAttribute("aria-invalid"));
            assertNoBlockingViolation(browser);

            driver.findElement(By.id("fichier")).sendKeys(file.toString());
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait(browser).until(ExpectedConditions.urlMatches(".*/admin/organisations/import/[0-9]+$"));
            assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Aperçu de l'import"));
            assertTrue(driver.getPageSource().contains("SIREN invalide"));
            String preview = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
            check(browser, preview, "admin-import-apercu");

            // confirm from the keyboard
            browser.desktop().open(preview);
            driver.findElement(By.cssSelector("form[action$='/confirmer'] button")).sendKeys(Keys.ENTER);
            wait(browser).until(ExpectedConditions.urlContains("ok=applied"));
            assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("appliqué"));
            check(browser, preview + "?ok=applied", null);

            check(browser, "/admin/donnees-personnelles", null);
            browser.desktop().open("/admin/donnees-personnelles");
            new Actions(driver).click(driver.findElement(By.id("email"))).sendKeys("c.martin@selestat.example")
                    .sendKeys(Keys.ENTER).perform();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
            assertTrue(driver.getPageSource().contains("organizationContacts"));
            assertNoBlockingViolation(browser);
            browser.phone();
            assertNoBlockingViolation(browser);
            assertNoSidewaysScroll(driver, "/admin/donnees-personnelles (found)", "on a phone");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
        TestData.admin().queryParam("q", siren).get("/api/organizations").then().statusCode(200)
                .body("items[0].contactEmail", org.hamcrest.Matchers.equalTo("c.martin@selestat.example"));
    }

    private static void check(Browser browser, String path, String shot) {
        browser.desktop().open(path);
        WebDriver driver = browser.driver();
        assertNoBlockingViolation(browser);
        assertNoSidewaysScroll(driver, path, "on a desktop");
        browser.phone();
        assertNoBlockingViolation(browser);
        assertNoSidewaysScroll(driver, path, "on a phone");
        if (shot != null) {
            browser.desktop();
            browser.screenshot(SHOTS.resolve(shot + "-desktop.png"));
            browser.phone();
            browser.screenshot(SHOTS.resolve(shot + "-phone.png"));
        }
        browser.desktop();
    }

    private static void assertNoSidewaysScroll(WebDriver driver, String path, String where) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) driver).executeScript("var w = document.documentElement.clientWidth; "
                + "return 'w=' + w + ' sw=' + document.documentElement.scrollWidth + ' ' + Array.from(document"
                + ".querySelectorAll('body *')).filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)"
                + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' sw=' + e.scrollWidth + ' cw=' + e.clientWidth)"
                + ".join(' | ') + ' || ' + Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right "
                + "> w + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right"
                + " + ' ' + (e.textContent || '').slice(0, 40)).join(' | ');");
        assertTrue(((Number) overflow).intValue() <= 0, path + " scrolls sideways " + where + " by " + overflow + "px: "
                + wide);
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }
}
