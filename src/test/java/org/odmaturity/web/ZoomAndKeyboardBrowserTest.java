package org.odmaturity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

import io.quarkus.test.junit.QuarkusTest;

/**
 * WCAG 1.4.10 / 1.4.4 and 2.1.1 on the respondent and sign-in pages: at 200 % zoom (a 1280×900 screen at 200 % lays
 * pages out in a 640×450 CSS-pixel viewport, which is what this test gives Chromium) nothing needs horizontal
 * scrolling; the skip link is the first thing the keyboard reaches and moves the focus to the content; a respondent can
 * answer a question and go on with the keyboard only. Also: the sign-in page through axe, empty and with its errors
 * (screenshots docs/screenshots/connexion-*.png).
 */
@QuarkusTest
class ZoomAndKeyboardBrowserTest {

    static final Dimension ZOOM_200 = new Dimension(640, 450);

    @Test
    void atTwoHundredPercentNoPageScrollsSideways() {
        long org = TestData.organization("Communauté de communes du Pays de Sarrebourg et des Vosges mosellanes");
        long campaign = TestData.campaign("Campagne 2026 zoom");
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        String token = TestData.invitation(diagnostic);
        try (Browser browser = Browser.start()) {
            browser.windowSize(ZOOM_200);
            browser.open("/connexion");
            assertNoSidewaysScroll(browser, "/connexion");
            browser.open("/i/" + token);
            for (String path : List.of("/repondre", "/repondre/axes/piloter", "/repondre/axes/partager",
                    "/repondre/relecture", "/repondre/resultats")) {
                browser.open(path);
                assertNoSidewaysScroll(browser, path);
            }
        }
    }

    @Test
    void theSignInPageIsAccessibleEmptyAndWithItsErrors() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/connexion");
            assertNoBlockingViolation(browser);
            shots(browser, "connexion");
            driver.findElement(By.id("email")).sendKeys("personne@commune.fr");
            driver.findElement(By.id("password")).sendKeys("pas le bon", Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
            assertTrue(driver.getTitle().startsWith("1 erreur"), driver.getTitle());
            assertEquals("true", driver.findElement(By.id("email")).getAttribute("aria-invalid"));
            assertNoBlockingViolation(browser);
            shots(browser, "connexion-erreur");
            // the error's link leads to the field
            driver.findElement(By.cssSelector(".error-summary a")).click();
            assertEquals("email", driver.switchTo().activeElement().getAttribute("id"));
        }
    }

    @Test
    void theKeyboardAloneReachesTheContentAndAnswers() {
        long org = TestData.organization("Commune au clavier");
        long campaign = TestData.campaign("Campagne 2026 clavier");
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        String token = TestData.invitation(diagnostic);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/i/" + token);
            browser.open("/repondre/axes/piloter");
            Actions keys = new Actions(driver);
            keys.sendKeys(Keys.TAB).perform();
            WebElement first = driver.switchTo().activeElement();
            assertEquals("skip-link", first.getAttribute("class"), "the skip link comes first");
            keys.sendKeys(Keys.ENTER).perform();
            assertEquals("contenu", driver.switchTo().activeElement().getAttribute("id"), "focus moved to the content");
            // Tab on to the first radio of the first question, choose with the arrow keys (radio group semantics)
            WebElement focused = null;
            for (int i = 0; i < 40; i++) {
                keys.sendKeys(Keys.TAB).perform();
                focused = driver.switchTo().activeElement();
                if ("radio".equals(focused.getAttribute("type"))) {
                    break;
                }
            }
            assertTrue(focused != null && "radio".equals(focused.getAttribute("type")), "a radio button is reachable");
            String name = focused.getAttribute("name");
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            WebElement chosen = driver.switchTo().activeElement();
            assertTrue(chosen.isSelected(), "arrow keys choose");
            assertTrue(hasVisibleFocus(browser), "the focused control shows an outline");
            // the script saves: wait until the server has it
            String question = name.replaceAll("^q\\.|\\.value$", "");
            String value = chosen.getAttribute("value");
            long deadline = System.currentTimeMillis() + 30_000;
            String stored = null;
            while (System.currentTimeMillis() < deadline) {
                stored = TestData.admin().get("/api/diagnostics/" + diagnostic).then().extract().jsonPath()
                        .getString("answers.find { it.question == '" + question + "' }.value");
                if (value.equals(stored)) {
                    break;
                }
                sleep(200);
            }
            assertEquals(value, stored, "the answer chosen with the keyboard is saved; page status: "
                    + driver.findElement(By.id("autosave-status")).getText());
        }
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<com.deque.html.axecore.results.Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(com.deque.html.axecore.results.Rule::getId).toList(),
                browser.driver().getCurrentUrl() + ": " + Browser.describe(violations));
    }

    private static void shots(Browser browser, String name) {
        java.nio.file.Path shots = java.nio.file.Path.of("docs/screenshots");
        browser.desktop();
        browser.screenshot(shots.resolve(name + "-desktop.png"));
        browser.phone();
        browser.screenshot(shots.resolve(name + "-phone.png"));
        browser.desktop();
    }

    private static void assertNoSidewaysScroll(Browser browser, String path) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) js.executeScript("return document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= width.intValue(), path + " scrolls sideways at 200 %: content " + scroll
                + " px wide in a " + width + " px viewport");
    }

    private static boolean hasVisibleFocus(Browser browser) {
        Object style = ((JavascriptExecutor) browser.driver()).executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        return style != null && !String.valueOf(style).startsWith("none") && !String.valueOf(style).endsWith(" 0px");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
