package org.odmaturity.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.odmaturity.comparison.ComparisonWorld;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The regional dashboard in headless Chromium, over a Grand Est campaign answered through the API: the overview with
 * its map and charts, the heatmap and an organisation's page at desktop and phone width with no serious or critical
 * axe finding and no sideways scroll of the page (the tables scroll inside their regions), charts drawn from the tables
 * with JavaScript and the tables alone without; the heatmap used with the keyboard (Tab to its scroll region and its
 * sort links, arrow keys scroll, Enter sorts); screenshots {@code docs/screenshots/resultats-*.png}. One browser for
 * the class.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    static final Path SHOTS = Path.of("docs/screenshots");

    /** Organisations of the Grand Est (name, type, département, population): real names, made-up answers. */
    private static final String[][] ORGANISATIONS = {
        { "Ville de Strasbourg", "commune", "67", "291000" },
        { "Eurométropole de Strasbourg", "epci", "67", "505000" },
        { "Commune de Sélestat", "commune", "67", "19500" },
        { "Commune de Haguenau", "commune", "67", "35000" },
        { "Commune d'Obernai", "commune", "67", "11500" },
        { "Région Grand Est", "region", "67", "5560000" },
        { "Ville de Colmar", "commune", "68", "67000" },
        { "Mulhouse Alsace Agglomération", "epci", "68", "280000" },
        { "Commune de Guebwiller", "commune", "68", "11000" },
        { "Metz Métropole", "epci", "57", "222000" },
        { "Commune de Thionville", "commune", "57", "41000" },
        { "Commune de Sarreguemines", "commune", "57", "21000" },
        { "Métropole du Grand Nancy", "epci", "54", "256000" },
        { "Commune de Lunéville", "commune", "54", "18000" },
        { "Communauté urbaine du Grand Reims", "epci", "51", "294000" },
        { "Commune de Châlons-en-Champagne", "commune", "51", "44000" },
        { "Commune d'Épernay", "commune", "51", "22000" },
        { "Troyes Champagne Métropole", "epci", "10", "170000" },
        { "Ardenne Métropole", "epci", "08", "122000" },
        { "Commune de Chaumont", "commune", "52", "22000" },
        { "Commune de Verdun", "commune", "55", "17000" },
        { "Commune de Saint-Dié-des-Vosges", "commune", "88", "19000" },
    };

    private Browser browser;
    private long earlier;
    private long later;
    private long strasbourg;

    /**
     * Builds the campaigns and starts the browser at the first test (RestAssured knows the application's port only
     * once a test runs, not in {@code @BeforeAll}).
     */
    private synchronized void ready() {
        if (browser != null) {
            return;
        }
        earlier = campaign("Diagnostic de maturité open data 2025", 2025);
        later = campaign("Diagnostic de maturité open data 2026", 2026);
        Random random = new Random(2026);
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            String[] o = ORGANISATIONS[i];
            long organization = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", o[0], "siren", TestData.newSiren(), "type", o[1], "departement", o[2],
                            "population", Integer.parseInt(o[3])))
                    .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
            if (i == 1) {
                strasbourg = organization;
            }
            if (i % 2 == 1 || i < 4) {
                validated(TestData.diagnostic(organization, earlier, "interview", null), answers(random, 0));
            }
            long diagnostic = TestData.diagnostic(organization, later, i % 3 == 0 ? "interview" : "self-assessment",
                    null);
            if (i % 7 != 6) {
                validated(diagnostic, answers(random, 1));
            }
        }
        browser = Browser.start();
        browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOverviewWithItsMapTheHeatmapAndAnOrganisationPageAreAccessible() {
        ready();
        WebDriver driver = browser.driver();
        String overview = "/resultats?campagne=" + later;
        check(overview, "resultats-vue-ensemble");
        assertTrue(drawn("levels-axes"), "the level bars are drawn");
        WebElement svg = driver.findElement(By.cssSelector("#carte svg[role=img]"));
        assertTrue(svg.getAttribute("aria-labelledby").contains("map-svg-title"));
        assertEquals(10, driver.findElements(By.cssSelector("#carte svg g.dep")).size(), "the ten départements");
        shotOf("carte", "resultats-carte");
        check(overview + "&carte=participation", null);
        assertEquals("true", driver.findElement(By.cssSelector(".map-measures a[href*='carte=participation']"))
                .getAttribute("aria-current"));

        check("/resultats/organisations?campagne=" + later, null);
        shotOf("tableau", "resultats-organisations");
        assertEquals(ORGANISATIONS.length - 3, driver.findElements(By.cssSelector("#heatmap-table tbody tr")).size(),
                "every validated diagnostic of the campaign");

        check("/resultats/organisations/" + strasbourg, "resultats-organisation");
        assertTrue(drawn("history-radar"), "the radar is drawn");
        assertTrue(drawn("history-line"), "the score line is drawn");
        assertEquals(2, driver.findElements(By.cssSelector("#history-table tbody tr")).size());
    }

    @Test
    void withoutJavaScriptTheTablesAreThereAndTheChartsAreNot() {
        ready();
        try (Browser plain = Browser.withoutJavaScript()) {
            plain.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            for (String path : List.of("/resultats?campagne=" + later, "/resultats/organisations?campagne=" + later,
                    "/resultats/organisations/" + strasbourg)) {
                plain.open(path);
                assertNoBlockingViolation(plain);
            }
            WebDriver driver = plain.driver();
            assertFalse(driver.findElement(By.cssSelector("[data-history-charts]")).isDisplayed(),
                    "no empty chart boxes without the script");
            assertTrue(driver.findElement(By.id("history-table")).isDisplayed());
        }
    }

    @Test
    void theHeatmapIsUsableWithTheKeyboard() {
        ready();
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        browser.phone().open("/resultats/organisations?campagne=" + later);
        WebElement region = tabUntil(e -> "region".equals(e.getAttribute("role"))
                && e.getAttribute("class").contains("heatmap-scroll"), "the heatmap's scroll region");
        assertTrue(hasVisibleFocus(), "the focused region shows an outline");
        keys.sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        // the browser may scroll smoothly: wait for it (a busy machine makes it slow), then check it moved
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].scrollLeft;", region)).intValue() > 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the arrow keys scroll the table sideways", e);
        }

        browser.desktop().open("/resultats/organisations?campagne=" + later);
        WebElement link = tabUntil(e -> "a".equals(e.getTagName()) && e.getAttribute("href") != null
                && e.getAttribute("href").contains("tri=overall"), "the overall score's sort link");
        assertTrue(link.getText().startsWith("Score global"), link.getText());
        assertTrue(hasVisibleFocus(), "the focused link shows an outline");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("tri=overall"));
        assertTrue(driver.getCurrentUrl().endsWith("&tri=overall&ordre=desc"), driver.getCurrentUrl());
        assertEquals("descending", driver.findElement(By.cssSelector("th.col-overall")).getAttribute("aria-sort"));
        List<Double> scores = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#heatmap-table tbody tr"))) {
            scores.add(Double.parseDouble(row.findElements(By.tagName("td")).get(0).getText().replace(',', '.')));
        }
        List<Double> sorted = new ArrayList<>(scores);
        sorted.sort((a, b) -> Double.compare(b, a));
        assertEquals(sorted, scores, "highest overall score first");
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static long campaign(String name, int year) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "year", year, "status", "open",
                        "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Answers to every scored question of the test questionnaire, better in the later campaign. */
    private static List<Map<String, Object>> answers(Random random, int progress) {
        String[] referents = { "personne", "informel", "nomme" };
        String[] reuses = { "non", "quelques", "suivies" };
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("question", "referent", "value", referents[Math.min(2, random.nextInt(3) + progress)]));
        answers.add(Map.of("question", "budget", "value", random.nextInt(3) < 1 + progress));
        boolean published = random.nextInt(4) < 2 + progress;
        answers.add(Map.of("question", "publie", "value", published));
        if (published) {
            answers.add(Map.of("question", "nb_jeux", "value", random.nextInt(30)));
            List<String> formats = new ArrayList<>(List.of("pdf"));
            for (String f : List.of("csv", "geo", "api")) {
                if (random.nextBoolean()) {
                    formats.add(f);
                }
            }
            answers.add(Map.of("question", "formats", "value", formats));
        }
        answers.add(Map.of("question", "schemas", "value", Math.min(4, random.nextInt(4) + progress)));
        answers.add(Map.of("question", "reutilisations", "value", reuses[Math.min(2, random.nextInt(3))]));
        return answers;
    }

    private static void validated(long diagnostic, List<Map<String, Object>> answers) {
        String path = ComparisonWorld.path(diagnostic);
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        admin().contentType(ContentType.JSON).header("If-Match", ComparisonWorld.etag(diagnostic)).body(body)
                .patch(path + "/answers").then().statusCode(200);
        admin().header("If-Match", ComparisonWorld.etag(diagnostic)).post(path + "/submit").then().statusCode(200);
        admin().header("If-Match", ComparisonWorld.etag(diagnostic)).post(path + "/validate").then().statusCode(200);
    }

    /** Opens a page at desktop then phone width: axe, no sideways scroll; screenshots when named. */
    private void check(String path, String shot) {
        WebDriver driver = browser.driver();
        browser.desktop().open(path);
        assertFalse(driver.getTitle().contains("Page introuvable") || driver.getTitle().contains("Accès refusé"),
                path + ": " + driver.getTitle());
        assertNoBlockingViolation(browser);
        assertNoSidewaysScroll(path, "on a desktop");
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        }
        browser.phone();
        assertNoBlockingViolation(browser);
        assertNoSidewaysScroll(path, "on a phone");
        if (shot != null) {
            browser.screenshot(SHOTS.resolve(shot + "-phone.png"));
        }
        browser.desktop();
    }

    /** Screenshots of a part of the current page, scrolled to the top of the window. */
    private void shotOf(String id, String shot) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.desktop();
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        browser.screenshot(SHOTS.resolve(shot + "-desktop.png"));
        browser.phone();
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        browser.screenshot(SHOTS.resolve(shot + "-phone.png"));
        browser.desktop();
        js.executeScript("window.scrollTo(0, 0);");
    }

    /** Whether Chart.js drew a chart on the canvas. */
    private boolean drawn(String canvas) {
        WebDriver driver = browser.driver();
        String script = "return !!(window.Chart && window.Chart.getChart(document.getElementById(arguments[0])))";
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(script, canvas));
    }

    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, String what) {
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    private boolean hasVisibleFocus() {
        Object style = ((JavascriptExecutor) browser.driver()).executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        return style != null && !String.valueOf(style).startsWith("none") && !String.valueOf(style).endsWith(" 0px");
    }

    private void assertNoSidewaysScroll(String path, String where) {
        int overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, path + " scrolls sideways " + where + " by " + overflow + "px");
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }
}
