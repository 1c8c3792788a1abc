package org.odmaturity.diagnostic.matrix;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.PdfTools;
import org.odmaturity.testsupport.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Matrix questions end to end on a real database: the API's {rowId: optionId} value (problems name the row), the
 * respondent page with and without JavaScript, the interview page (digits choose within the focused row, live
 * score), axe, the improvement plan PDF, and the export and import of a diagnostic.
 */
@QuarkusTest
@TestProfile(MatrixTestProfile.class)
class MatrixAnswersTest {

    long diagnostic;

    private long newDiagnostic(String mode, Long facilitator) {
        long org = TestData.organization("Commune de Haguenau");
        long campaign = TestData.admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne matrice", "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", MatrixTestProfile.QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        diagnostic = TestData.diagnostic(org, campaign, mode, facilitator);
        return diagnostic;
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void theQuestionnaireShowsItsRows() {
        given().queryParam("lang", "en").get("/api/questionnaires/matrix-sample/1").then().statusCode(200)
                .body("axes[0].themes[0].questions[0].type", equalTo("matrix"))
                .body("axes[0].themes[0].questions[0].rows.id", equalTo(List.of("budget", "transport", "culture")))
                .body("axes[0].themes[0].questions[0].rows[1].text", equalTo("Transport"))
                .body("axes[0].themes[0].questions[0].rows[0].weight", equalTo(2.0f))
                .body("axes[0].themes[0].questions[0].maxScore", equalTo(2.0f))
                .body("axes[0].themes[0].questions[0].maxPoints", equalTo(8.0f))
                .body("axes[0].themes[0].questions[1].rows", nullValue());
    }

    @Test
    void theApiTakesAnObjectAndNamesTheRowOfAProblem() {
        long id = newDiagnostic("self-assessment", null);
        String token = TestData.invitation(id);
        String path = "/api/diagnostics/" + id;
        bearer(token).contentType(ContentType.JSON).body("""
                {"answers": [{"question": "par.categories", "revision": 0,
                              "value": {"budget": "publie", "transport": "partiel", "sport": "non", "culture": "oui"}}]}""")
                .patch(path + "/answers").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("answers[0].value.sport"))
                .body("errors.field", hasItem("answers[0].value.culture"))
                .body("errors.message", hasItem(containsString("row 'culture': option 'oui' does not exist")));

        bearer(token).contentType(ContentType.JSON).body("""
                {"answers": [{"question": "par.categories", "revision": 0,
                              "value": {"budget": "publie", "transport": "partiel", "culture": null}}]}""")
                .patch(path + "/answers").then().statusCode(200)
                .body("answers[0].value.budget", equalTo("publie"))
                .body("answers[0].value.transport", equalTo("partiel"))
                .body("answers[0].value", not(org.hamcrest.Matchers.hasKey("culture")))
                // (2 × 2 + 1 × 1 + 0) / 8 = 62.5 %; the yes-no question opened by answered() is unanswered
                .body("score.axes[0].themes[0].questions[0].points", equalTo(5.0f))
                .body("score.axes[0].themes[0].questions[0].maxPoints", equalTo(8.0f))
                .body("score.axes[0].themes[0].questions[0].rows.option", equalTo(java.util.Arrays.asList(
                        "publie", "partiel", null)))
                .body("score.axes[0].themes[0].questions[1]", not(org.hamcrest.Matchers.hasKey("rows")))
                .body("score.notRelevant", equalTo(List.of()));

        // required: the matrix needs every row before the diagnostic can be submitted
        TestData.admin().post(path + "/submit").then().statusCode(422)
                .body("errors.question", hasItem("par.categories"));

        // export and import keep the object value
        String exported = TestData.admin().get(path + "/export").then().statusCode(200).extract().asString();
        long campaign = TestData.admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne matrice importée", "year", 2027, "status", "open",
                        "questionnaire", Map.of("id", MatrixTestProfile.QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        long imported = TestData.admin().contentType(ContentType.JSON).queryParam("campaignId", campaign)
                .body(exported).post("/api/diagnostics/import").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        TestData.admin().get("/api/diagnostics/" + imported).then().statusCode(200)
                .body("answers.find { it.question == 'par.categories' }.value",
                        equalTo(Map.of("budget", "publie", "transport", "partiel")))
                .body("score.axes[0].themes[0].questions[0].points", equalTo(5.0f));
        // an import whose matrix names an unknown row is refused, nothing imported
        String broken = exported.replace("\"transport\"", "\"sport\"");
        TestData.admin().contentType(ContentType.JSON).queryParam("campaignId", campaign)
                .body(broken).post("/api/diagnostics/import").then().statusCode(422)
                .body("errors.message", hasItem(containsString("row 'sport' does not exist")));
    }

    @Test
    void aRespondentAnswersRowByRowWithAndWithoutJavaScript() {
        long id = newDiagnostic("self-assessment", null);
        String token = TestData.invitation(id);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/i/" + token);
            browser.open("/repondre/axes/partager");
            // one radio group per row: a fieldset whose legend is the row, a label per radio
            List<WebElement> rows = driver.findElements(By.cssSelector("#q-par-categories fieldset.matrix-row"));
            assertTrue(rows.size() == 3, "three rows");
            assertTrue(rows.get(0).findElement(By.tagName("legend")).getText().equals("Budget"));
            assertTrue(driver.findElements(By.cssSelector("input[name='q.par.categories.row.budget']")).size() == 3);
            assertNoBlockingViolation(browser);

            driver.findElement(By.cssSelector("label[for='q-par-categories--budget--publie']")).click();
            waitSaved(browser);
            // keyboard: arrows move within the row's group only
            WebElement transportFirst = driver.findElement(By.id("q-par-categories--transport--non"));
            transportFirst.sendKeys(Keys.SPACE);
            waitSaved(browser);
            transportFirst.sendKeys(Keys.ARROW_RIGHT);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeSelected(
                    By.id("q-par-categories--transport--partiel")));
            waitSaved(browser);
            assertTrue(driver.findElement(By.id("q-par-categories--budget--publie")).isSelected());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("q-par-suite")));
            TestData.admin().get("/api/diagnostics/" + id).then()
                    .body("answers.find { it.question == 'par.categories' }.value",
                            equalTo(Map.of("budget", "publie", "transport", "partiel")));
            assertNoBlockingViolation(browser);
            browser.desktop();
            browser.screenshot(java.nio.file.Path.of("docs/screenshots")
                    .resolve("repondre-matrice-desktop.png"));
            browser.phone();
            browser.screenshot(java.nio.file.Path.of("docs/screenshots")
                    .resolve("repondre-matrice-phone.png"));
            browser.desktop();
            // in English: the same rows, each still its own group, the answers kept
            browser.open("/repondre/axes/partager?lang=en");
            assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(3, driver.findElements(By.cssSelector("#q-par-categories fieldset.matrix-row")).size());
            assertTrue(driver.findElement(By.id("q-par-categories--transport--partiel")).isSelected());
            assertNoBlockingViolation(browser);
            browser.open("/repondre/axes/partager?lang=fr");
        }
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            browser.open("/i/" + token);
            browser.open("/repondre/axes/partager");
            assertTrue(driver.findElement(By.id("q-par-categories--transport--partiel")).isSelected(),
                    "the stored rows are shown");
            driver.findElement(By.cssSelector("label[for='q-par-categories--culture--non']")).click();
            driver.findElement(By.cssSelector("button[value='stay']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("enregistre=1"));
            assertTrue(driver.findElement(By.id("q-par-categories--culture--non")).isSelected());
            assertNoBlockingViolation(browser);
        }
        TestData.admin().get("/api/diagnostics/" + id).then()
                .body("answers.find { it.question == 'par.categories' }.value",
                        equalTo(Map.of("budget", "publie", "transport", "partiel", "culture", "non")));

        // the plan takes the weakest row's option (culture: "non") and names the rows answered with it
        TestData.admin().get("/api/diagnostics/" + id + "/plan?lang=fr").then().statusCode(200)
                .body("actions.find { it.question == 'par.categories' }.text",
                        equalTo("Publier un premier jeu de données de cette catégorie (Culture)"));
        // the plan PDF lists each row with its chosen option
        byte[] pdf = TestData.admin().get("/api/diagnostics/" + id + "/plan.pdf?lang=fr").then().statusCode(200)
                .extract().asByteArray();
        String text = PdfTools.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Budget : Publié ; Transports : En partie ; Culture : Non publié"), text);
    }

    @Test
    void aFacilitatorChoosesWithDigitsWithinTheFocusedRow() {
        String email = TestData.uniqueEmail("itv-matrix");
        long facilitator = TestData.facilitator(email);
        long id = newDiagnostic("interview", facilitator);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.desktop().signIn(email, TestData.password(email));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/animation$"));
            browser.open("/animation/diagnostics/" + id);
            assertNoBlockingViolation(browser);
            String before = score(driver);
            driver.findElement(By.cssSelector("label[for='q-par-categories--transport--non']")).click();
            waitInterviewSaved(driver);
            driver.switchTo().activeElement().sendKeys("3"); // third option of the focused row: Publié
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeSelected(
                    By.id("q-par-categories--transport--publie")));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Map.of("transport", "publie").equals(
                    TestData.admin().get("/api/diagnostics/" + id).jsonPath()
                            .get("answers.find { it.question == 'par.categories' }.value")));
            assertTrue(!driver.findElement(By.id("q-par-categories--budget--publie")).isSelected(),
                    "the other rows keep their answer");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !before.equals(score(d)));
            assertNoBlockingViolation(browser);
        }
        TestData.admin().get("/api/diagnostics/" + id).then()
                .body("answers.find { it.question == 'par.categories' }.value", equalTo(Map.of("transport", "publie")))
                .body("score.axes[0].themes[0].questions[0].points", equalTo(2.0f));
    }

    private static String score(WebDriver driver) {
        return driver.findElement(By.cssSelector("tr[data-axis='partager'] [data-score]")).getText();
    }

    private static void waitInterviewSaved(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String status = d.findElement(By.id("itv-status")).getText();
            return status.contains("Enregistré");
        });
    }

    private static void waitSaved(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "Enregistré".equals(d.findElement(By.id("autosave-status")).getText()));
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), violations.stream().map(Rule::getId).toList(),
                browser.driver().getCurrentUrl() + ": " + Browser.describe(violations));
    }
}
