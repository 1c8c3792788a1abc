package org.odmaturity.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.ComparisonWorld;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's support-needs and evolution views in headless Chromium (started once for the class): both pages
 * with their charts drawn, at desktop and phone width, have no serious or critical axe finding and never scroll
 * sideways; their filter forms work with the keyboard alone; screenshots
 * {@code docs/screenshots/resultats-besoins-*.png} and {@code resultats-evolution-*.png}.
 */
@QuarkusTest
class DashboardNeedsBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    private static ComparisonWorld world;
    private static Browser browser;

    /** The class's browser, signed in as the admin (started on first use: the test server must be up). */
    private static synchronized Browser browser() {
        if (world == null) {
            world = ComparisonWorld.build();
            // a campaign more to compare with (the default is the one just before)
            TestData.admin().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("name",
                    "Campagne plus ancienne " + world.suffix, "year", 2025, "status", "open", "questionnaire",
                    java.util.Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                    .post("/api/campaigns").then().statusCode(201);
        }
        if (browser == null) {
            browser = Browser.start();
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void bothViewsWithTheirChartsAreAccessibleAtDesktopAndPhoneWidth() {
        Browser b = browser();
        String campaign = "?campagne=" + world.later;

        check(b, "/resultats/besoins" + campaign, List.of("actions-chart", "themes-chart"), "resultats-besoins");
        scrolledShot(b, "actions-title", "resultats-besoins-actions");
        scrolledShot(b, "themes-title", "resultats-besoins-themes");

        check(b, "/resultats/evolution" + campaign, List.of("changes-chart"), "resultats-evolution");
        scrolledShot(b, "changes-title", "resultats-evolution-pente");
        scrolledShot(b, "transitions-title", "resultats-evolution-niveaux");
        // the slope chart: one line per row of the overall score and the axes with both means, from the earlier
        // campaign's mean to this one's
        Object lines = script(b, "return Chart.getChart(document.getElementById('changes-chart')).data.datasets"
                + ".map(function (d) { return d.label + ':' + d.data.join('>'); }).join('|');");
        List<String> expected = new ArrayList<>();
        for (WebElement tr : b.driver().findElements(By.cssSelector("#changes-table tr[data-before]"))) {
            if (!"theme".equals(tr.getAttribute("data-kind"))) {
                expected.add(tr.getAttribute("data-title") + ":" + number(tr.getAttribute("data-before")) + ">"
                        + number(tr.getAttribute("data-after")));
            }
        }
        assertTrue(expected.size() >= 3, "the overall score and the two scored axes: " + expected);
        assertTrue(expected.get(0).startsWith("Score global:"), expected.get(0));
        assertEquals(String.join("|", expected), lines);

        // English, a narrowed view, a hidden one and one with errors: still no blocking finding
        check(b, "/resultats/besoins" + campaign + "&axe=partager&actions=toutes&lang=en", List.of("actions-chart"),
                null);
        check(b, "/resultats/evolution" + campaign + "&type=epci&lang=fr", List.of(), null);
        check(b, "/resultats/evolution" + campaign + "&depuis=abc", List.of(), "resultats-evolution-erreurs");
        assertTrue(b.driver().findElement(By.cssSelector(".error-summary a[href='#f-depuis']")).isDisplayed());
    }

    @Test
    void theFilterFormsWorkWithTheKeyboardAlone() {
        Browser b = browser();
        WebDriver driver = b.driver();
        b.desktop().open("/resultats/besoins?campagne=" + world.later);
        Actions keys = new Actions(driver);
        tabUntil(b, "f-axe");
        keys.sendKeys(Keys.ARROW_DOWN).perform(); // "Tous les axes" → the first axis, Piloter
        tabUntil(b, "f-effort");
        keys.sendKeys(Keys.ARROW_DOWN).perform(); // → Faible
        tabUntilSubmit(b);
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("axe=piloter"));
        assertTrue(driver.getCurrentUrl().contains("effort=low"), driver.getCurrentUrl());
        assertEquals("piloter", new Select(driver.findElement(By.id("f-axe"))).getFirstSelectedOption()
                .getAttribute("value"), "the choice is kept in the form");
        List<WebElement> axes = driver.findElements(By.cssSelector("#actions-table td[data-label='Axe / thème']"));
        assertFalse(axes.isEmpty(), "the axis Piloter has low-effort actions in the fixture");
        axes.forEach(td -> assertTrue(td.getText().startsWith("Piloter /"), td.getText()));
        // the table's scrolling box is reachable with the keyboard (it may be wider than the screen)
        tabUntil(b, null, e -> "region".equals(e.getAttribute("role")));

        b.open("/resultats/evolution?campagne=" + world.later);
        tabUntil(b, "f-depuis");
        Select since = new Select(driver.findElement(By.id("f-depuis")));
        assertEquals("", since.getFirstSelectedOption().getAttribute("value"), "the default campaign");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        String chosen = since.getFirstSelectedOption().getAttribute("value");
        assertFalse(chosen.isEmpty());
        tabUntilSubmit(b);
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("depuis=" + chosen));
        assertEquals(chosen, new Select(driver.findElement(By.id("f-depuis"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Comparaison " + world.suffix));
        assertNoBlockingViolation(b);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** Opens a page, waits for its charts, checks it at desktop and phone width; screenshots of its top if named. */
    private static void check(Browser b, String path, List<String> charts, String shot) {
        b.desktop().open(path);
        WebDriver driver = b.driver();
        assertFalse(driver.getTitle().contains("Page introuvable") || driver.getTitle().contains("Accès refusé"),
                path + ": " + driver.getTitle());
        for (String chart : charts) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));",
                            chart)));
        }
        assertNoBlockingViolation(b);
        assertNoSidewaysScroll(b, path, "on a desktop");
        if (shot != null) {
            b.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        }
        b.phone();
        settle(b);
        assertNoBlockingViolation(b);
        assertNoSidewaysScroll(b, path, "on a phone");
        if (shot != null) {
            b.screenshot(SHOTS.resolve(shot + "-phone.png"));
        }
        b.desktop();
    }

    /** Screenshots at desktop and phone width with the section whose heading is {@code id} at the top. */
    private static void scrolledShot(Browser b, String id, String shot) {
        b.desktop();
        script(b, "document.getElementById(arguments[0]).scrollIntoView();", id);
        b.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        b.phone();
        settle(b);
        script(b, "document.getElementById(arguments[0]).scrollIntoView();", id);
        b.screenshot(SHOTS.resolve(shot + "-phone.png"));
        b.desktop();
        script(b, "window.scrollTo(0, 0);");
    }

    /** A number as JavaScript writes it (no ".0"). */
    private static String number(String value) {
        double d = Double.parseDouble(value);
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Waits for the charts to follow a change of width (Chart.js resizes on the next animation frames). */
    private static void settle(Browser b) {
        ((JavascriptExecutor) b.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 100); });"
                + " });");
    }

    private static Object script(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    private static void assertNoSidewaysScroll(Browser b, String path, String where) {
        Object overflow = script(b, "return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, path + " scrolls sideways " + where + " by " + overflow + "px");
    }

    private static void assertNoBlockingViolation(Browser b) {
        List<Rule> violations = b.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), b.driver().getCurrentUrl() + ": "
                + Browser.describe(violations));
    }

    private static void tabUntil(Browser b, String id) {
        tabUntil(b, id, e -> id.equals(e.getAttribute("id")));
    }

    private static void tabUntil(Browser b, String what, java.util.function.Predicate<WebElement> reached) {
        WebDriver driver = b.driver();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80; i++) {
            if (reached.test(driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + (what == null ? "the element" : "#" + what));
    }

    private static void tabUntilSubmit(Browser b) {
        tabUntil(b, "the submit button", e -> "button".equals(e.getTagName())
                && "submit".equals(e.getAttribute("type")) && e.getText().contains("Appliquer les filtres"));
    }
}
