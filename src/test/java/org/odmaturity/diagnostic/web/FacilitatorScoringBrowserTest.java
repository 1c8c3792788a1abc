package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.FacilitatorScoredQuestionnaire;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Answers scored by the facilitator, in headless Chromium (issue 15 §6): the respondent sees "pending"; the facilitator
 * is sent from the interview's validation to the scoring page, is refused while a score or a justification is missing
 * (error summary, fields named), scores with a rubric level and a number, validates; the respondent then sees the
 * points and the justification on their pages, and the plan PDF prints them (text extraction).
 */
@QuarkusTest
class FacilitatorScoringBrowserTest {

    @Inject
    QuestionnaireVersionService versions;

    @Inject
    QuestionnaireRegistry registry;

    @Test
    void theFacilitatorScoresTheOpenAnswersAtValidation() {
        FacilitatorScoredQuestionnaire.install(versions, registry);
        String email = TestData.uniqueEmail("notation");
        long facilitator = TestData.facilitator(email);
        long org = TestData.organization("Commune de Saverne");
        long campaign = FacilitatorScoredQuestionnaire.campaign("Campagne notée " + TestData.uniqueEmail("n"));
        long id = TestData.diagnostic(org, campaign, "self-assessment", facilitator);
        String path = "/api/diagnostics/" + id;
        String token = TestData.invitation(id);
        bearer(token).contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "pil.referent", "value": true, "revision": 0},
                  {"question": "pil.vision", "value": "Une délibération de 2025, sans calendrier.", "revision": 0},
                  {"question": "pil.freins", "value": "Le manque de temps des agents.", "revision": 0}
                ]}""").patch(path + "/answers").then().statusCode(200);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            // the respondent: pending
            browser.open("/i/" + token);
            browser.open("/repondre/axes/pil");
            assertTrue(driver.findElement(By.id("q-pil-vision-assessment")).getText()
                    .contains("En attente de la note de l'animateur"));
            assertNoBlockingViolation(browser);
            browser.open("/repondre/resultats");
            assertTrue(driver.findElement(By.id("results-pending")).getText()
                    .contains("2 réponse(s) attendent la note"));
            assertNoBlockingViolation(browser);
            bearer(token).header("If-Match", etag(path)).post(path + "/submit").then().statusCode(200);
            driver.manage().deleteAllCookies();

            // the facilitator validates from the interview page: sent to the scoring page
            browser.desktop().signIn(email, TestData.password(email));
            wait(browser).until(ExpectedConditions.urlMatches("/animation$"));
            browser.open("/animation/diagnostics/" + id);
            assertTrue(driver.findElement(By.id("itv-notation")).getText().contains("2 en attente sur 2"));
            driver.findElement(By.id("valider")).click();
            wait(browser).until(ExpectedConditions.urlContains("/notation"));
            assertTrue(driver.findElement(By.cssSelector(".error-summary")).getText()
                    .contains("2 réponse(s) attendent encore leur note"));
            assertTrue(driver.findElement(By.id("q-pil-vision-answer")).getText().contains("Une délibération de 2025"));
            assertNoBlockingViolation(browser);
            // the same page in English, then back to French
            String scoring = driver.getCurrentUrl().replaceAll("\\?.*", "");
            browser.open(scoring.substring(scoring.indexOf("/animation")) + "?lang=en");
            assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Score the answers"));
            assertTrue(driver.findElement(By.id("q-pil-vision-answer")).getText().contains("Une délibération de 2025"));
            assertNoBlockingViolation(browser);
            browser.open(scoring.substring(scoring.indexOf("/animation")) + "?lang=fr");
            assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));

            // a level without its justification: refused, the field named, nothing saved
            driver.findElement(By.cssSelector("label[for='q-pil-vision-niveau-1']")).click();
            driver.findElement(By.id("q-pil-freins-points")).sendKeys("5");
            driver.findElement(By.id("q-pil-freins-justification")).sendKeys("Un frein bien analysé.");
            driver.findElement(By.id("enregistrer-valider")).click();
            wait(browser).until(d -> d.findElements(By.cssSelector(".error-summary")).size() == 1
                    && d.findElement(By.cssSelector(".error-summary")).getText().contains("Indiquez une justification"));
            String summary = driver.findElement(By.cssSelector(".error-summary")).getText();
            assertTrue(summary.contains("Décrivez votre stratégie d'ouverture des données. : Indiquez une "
                    + "justification"), summary);
            assertTrue(summary.contains("Les points vont de 0 à 3."), summary);
            assertEquals("true", driver.findElement(By.id("q-pil-freins-points")).getAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("q-pil-vision-niveau-1")).isSelected(), "what was chosen stays");
            assertNoBlockingViolation(browser);
            shots(browser, "animation-notation");
            // the rubric is one native radio group: the arrow keys move within it
            WebElement level = driver.findElement(By.id("q-pil-vision-niveau-1"));
            level.sendKeys(Keys.ARROW_RIGHT);
            wait(browser).until(ExpectedConditions.elementToBeSelected(By.id("q-pil-vision-niveau-2")));
            driver.findElement(By.id("q-pil-vision-niveau-2")).sendKeys(Keys.ARROW_LEFT);
            wait(browser).until(ExpectedConditions.elementToBeSelected(By.id("q-pil-vision-niveau-1")));
            assertEquals(2, admin().get(path).then().extract().jsonPath().getList("score.pending").size());

            // corrected: saved and validated
            driver.findElement(By.id("q-pil-vision-justification")).sendKeys("Des intentions, sans calendrier.");
            driver.findElement(By.id("q-pil-freins-points")).clear();
            driver.findElement(By.id("q-pil-freins-points")).sendKeys("2,5");
            driver.findElement(By.id("enregistrer-valider")).sendKeys(Keys.ENTER); // the keyboard's way to press it
            wait(browser).until(ExpectedConditions.urlContains("ok=valide"));
            assertTrue(driver.findElement(By.id("q-pil-freins-assessment")).getText().contains("2,5 sur 3"));

            JsonPath d = admin().get(path).then().statusCode(200).extract().jsonPath();
            assertEquals("validated", d.getString("status"));
            assertEquals(List.of(), d.getList("score.pending"));
            assertEquals(2.0f, d.getFloat("answers.find { it.question == 'pil.vision' }.assessment.points"));
            assertEquals("Des intentions, sans calendrier.",
                    d.getString("answers.find { it.question == 'pil.vision' }.assessment.justification"));

            // the respondent sees the points and the justification
            driver.manage().deleteAllCookies();
            browser.open("/i/" + token);
            browser.open("/repondre/axes/pil");
            String vision = driver.findElement(By.id("q-pil-vision-assessment")).getText();
            assertTrue(vision.contains("Note de l'animateur : 2 sur 4"), vision);
            assertTrue(vision.contains("Des intentions, sans calendrier."), vision);
            assertNoBlockingViolation(browser);
            browser.open("/repondre/resultats");
            assertTrue(driver.findElements(By.id("results-pending")).isEmpty(), "nothing pending any more");
        }

        // the plan PDF prints the points and the justification
        byte[] pdf = admin().get(path + "/plan.pdf?lang=fr").then().statusCode(200).extract().asByteArray();
        String text = PdfTools.flat(PdfTools.text(pdf));
        assertTrue(text.contains("Note de l'animateur : 2 sur 4. Justification : Des intentions, sans calendrier."),
                text);
        assertTrue(text.contains("Note de l'animateur : 2,5 sur 3. Justification : Un frein bien analysé."), text);
        assertFalse(text.contains("En attente de la note"), text);
        byte[] en = admin().get(path + "/plan.pdf?lang=en").then().statusCode(200).extract().asByteArray();
        assertTrue(PdfTools.flat(PdfTools.text(en)).contains("Facilitator's score: 2.5 out of 3. Justification: Un "
                + "frein bien analysé."));
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static void shots(Browser browser, String name) {
        browser.desktop();
        browser.screenshot(InterviewBrowserTest.SHOTS.resolve(name + "-desktop.png"));
        browser.phone();
        browser.screenshot(InterviewBrowserTest.SHOTS.resolve(name + "-phone.png"));
        browser.desktop();
    }

    private static void assertNoBlockingViolation(Browser browser) {
        List<Rule> violations = browser.axe();
        assertEquals(List.of(), violations.stream().map(Rule::getId).toList(), browser.driver().getCurrentUrl()
                + ": " + Browser.describe(violations));
    }
}
