package org.odmaturity.web;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The admin and invitation-link pages in headless Chromium: every page at desktop and phone width with no serious or
 * critical axe violation and no sideways scrolling, an organisation created with the keyboard only, an invitation link
 * created, copied, opened in a fresh browser and revoked; screenshots {@code docs/screenshots/admin-*.png}.
 */
@QuarkusTest
class AdminBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    @Test
    void everyAdminPageIsAccessibleAtDesktopAndPhoneWidth() {
        long org = TestData.organization("Communauté d'agglomération de Haguenau");
        long campaign = TestData.campaign("Campagne open data 2026");
        String email = TestData.uniqueEmail("browser-facilitator");
        long facilitator = TestData.facilitator(email);
        TestData.diagnostic(org, campaign, "interview", facilitator);
        for (String name : List.of("Commune de Colmar", "Commune d'Épinal", "Syndicat des eaux du Sundgau")) {
            TestData.organization(name);
        }
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            wait(browser).until(ExpectedConditions.urlMatches(".*/admin$"));
            check(browser, "/admin", "admin-home");
            check(browser, "/admin/organisations", "admin-organisations");
            check(browser, "/admin/organisations/" + org, "admin-organisation");
            check(browser, "/admin/campagnes", "admin-campagnes");
            check(browser, "/admin/campagnes/nouvelle", "admin-campagne-nouvelle");
            check(browser, "/admin/campagnes/" + campaign, "admin-campagne");
            check(browser, "/admin/comptes", "admin-comptes");
            check(browser, "/admin/comptes/nouveau", "admin-compte-nouveau");
            check(browser, "/admin/comptes/" + facilitator, "admin-compte");
            check(browser, "/admin/organisations?lang=en", null);

            // a form with errors: summary first, fields marked, still accessible
            browser.open("/admin/organisations/nouvelle?lang=fr");
            driver.findElement(By.id("siren")).sendKeys("123456789");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertTrue(driver.getTitle().startsWith("3 erreurs à corriger"), driver.getTitle());
            assertEquals("true", driver.findElement(By.id("siren")).getAttribute("aria-invalid"));
            assertNoBlockingViolation(browser);
            shots(browser, "admin-organisation-erreurs");
            driver.findElement(By.cssSelector(".error-summary a[href='#siren']")).click();
            assertTrue(driver.getCurrentUrl().endsWith("#siren"));
        }
    }

    @Test
    void anOrganisationIsCreatedWithTheKeyboardOnly() {
        String siren = TestData.newSiren();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            wait(browser).until(ExpectedConditions.urlMatches(".*/admin$"));
            browser.open("/admin/organisations/nouvelle");
            Actions keys = new Actions(driver);
            // from the top of the page, Tab reaches the skip link first, then the form's first field
            tabUntil(browser, "name");
            keys.sendKeys("Commune de Wissembourg").perform();
            keys.sendKeys(Keys.TAB).sendKeys("123456789").perform();
            keys.sendKeys(Keys.TAB).sendKeys(Keys.ARROW_DOWN).perform(); // "Choisir…" → Commune
            keys.sendKeys(Keys.TAB).sendKeys("67").perform();
            keys.sendKeys(Keys.ENTER).perform(); // implicit submission from a text field
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertTrue(driver.findElement(By.cssSelector(".error-summary")).getText()
                    .contains("Ce SIREN n'est pas valide"));
            assertEquals("Commune de Wissembourg", driver.findElement(By.id("name")).getAttribute("value"));
            assertEquals("commune", driver.findElement(By.id("type")).getAttribute("value"));

            // correct the SIREN with the keyboard, then send the form with Enter
            tabUntil(browser, "siren");
            keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(siren).perform();
            tabUntil(browser, "population");
            keys.sendKeys("7 800").perform();
            tabUntilSubmit(browser);
            keys.sendKeys(Keys.ENTER).perform();
            wait(browser).until(ExpectedConditions.urlContains("?ok=created"));
            assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText()
                    .contains("L'organisation est créée."));
            assertEquals("Commune de Wissembourg", driver.findElement(By.tagName("h1")).getText());
        }
        TestData.admin().queryParam("q", siren).get("/api/organizations").then().statusCode(200)
                .body("items[0].name", org.hamcrest.Matchers.equalTo("Commune de Wissembourg"))
                .body("items[0].population", org.hamcrest.Matchers.equalTo(7800))
                .body("items[0].departement", org.hamcrest.Matchers.equalTo("67"));
    }

    @Test
    void anInvitationLinkIsShownOnceCopiedOpenedInAFreshBrowserThenRevoked() {
        long org = TestData.organization("Commune de Saverne");
        long campaign = TestData.campaign("Campagne liens navigateur");
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        String path = "/animation/diagnostics/" + diagnostic + "/liens";
        String url;
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            wait(browser).until(ExpectedConditions.urlMatches(".*/admin$"));
            browser.open(path);
            driver.findElement(By.id("label")).sendKeys("Direction générale – M. Klein");
            WebElement days = driver.findElement(By.id("validityDays"));
            days.clear();
            days.sendKeys("10");
            days.submit();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("lien")));
            assertEquals("Lien d'invitation créé", driver.findElement(By.tagName("h1")).getText());
            WebElement field = driver.findElement(By.id("lien"));
            url = field.getAttribute("value");
            assertTrue(url.matches("https?://.+/i/odmi_[A-Za-z0-9_-]{43}"), url);
            assertTrue(field.getAttribute("readonly") != null);
            WebElement copy = driver.findElement(By.id("copier"));
            assertTrue(copy.isDisplayed(), "the script shows the copy button");
            copy.click();
            wait(browser).until(d -> !d.findElement(By.id("copie-statut")).getText().isEmpty());
            String status = driver.findElement(By.id("copie-statut")).getText();
            assertTrue(status.equals("Lien copié dans le presse-papiers.") || status.startsWith("La copie automatique"),
                    status);
            assertNoBlockingViolation(browser);
            shots(browser, "admin-lien-cree");

            // reload of the list: the link is there, its address is not
            browser.open(path);
            assertFalse(driver.getPageSource().contains(url.substring(url.indexOf("/i/") + 3)));
            assertTrue(driver.getPageSource().contains("Direction générale – M. Klein"));
            check(browser, path, "admin-liens");

            // the respondent opens it in another browser (the test server's address: the link names the public one)
            String linkPath = url.substring(url.indexOf("/i/"));
            try (Browser respondent = Browser.start()) {
                respondent.open(linkPath);
                assertTrue(respondent.driver().getCurrentUrl().endsWith("/repondre"),
                        respondent.driver().getCurrentUrl());
                assertTrue(respondent.driver().getPageSource().contains("Commune de Saverne"));
            }

            browser.open(path);
            driver.findElement(By.cssSelector("form[action$='/revoquer'] button")).click();
            wait(browser).until(ExpectedConditions.urlContains("ok=revoked"));
            assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("révoqué"));
            try (Browser respondent = Browser.start()) {
                respondent.open(linkPath);
                assertFalse(respondent.driver().getCurrentUrl().endsWith("/repondre"));
                assertTrue(respondent.driver().getPageSource().contains("Ce lien n'est plus valide"));
            }
        }
    }

    @Test
    void withoutJavaScriptTheCreatedLinkIsInASelectableReadOnlyField() {
        long org = TestData.organization("Commune sans script");
        long campaign = TestData.campaign("Campagne sans script");
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            browser.open("/animation/diagnostics/" + diagnostic + "/liens");
            driver.findElement(By.id("label")).sendKeys("Sans script");
            driver.findElement(By.cssSelector("form[action$='/liens'] button[type=submit]")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("lien")));
            assertFalse(driver.findElement(By.id("copier")).isDisplayed(), "no copy button without the script");
            WebElement field = driver.findElement(By.id("lien"));
            assertTrue(field.isDisplayed());
            assertTrue(field.getAttribute("value").contains("/i/odmi_"));
            assertNoBlockingViolation(browser);
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void check(Browser browser, String path, String shot) {
        browser.desktop().open(path);
        WebDriver driver = browser.driver();
        assertFalse(driver.getTitle().contains("Page introuvable") || driver.getTitle().contains("Accès refusé"),
                path + ": " + driver.getTitle());
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
        assertTrue(((Number) overflow).intValue() <= 0, path + " scrolls sideways " + where + " by " + overflow + "px");
    }

    private static void shots(Browser browser, String name) {
        browser.desktop();
        browser.screenshot(SHOTS.resolve(name + "-desktop.png"));
        browser.phone();
        browser.screenshot(SHOTS.resolve(name + "-phone.png"));
        browser.desktop();
    }

    private static void tabUntil(Browser browser, String id) {
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 60; i++) {
            if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void tabUntilSubmit(Browser browser) {
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 60; i++) {
            WebElement active = driver.switchTo().activeElement();
            if ("button".equals(active.getTagName()) && "submit".equals(active.getAttribute("type"))
                    && active.getText().contains("Créer l'organisation")) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the submit button");
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
