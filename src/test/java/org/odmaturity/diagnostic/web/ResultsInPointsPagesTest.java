package org.odmaturity.diagnostic.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Pages of a diagnostic whose questionnaire reads its results in points (docs/scoring.md, section 7):
 * {@code eu-odm-style} with its answers file, 8 of 21 points (38.10 %), followers. The respondent's results, the
 * interview panel and the plan page show totals as "x / y points"; the percentages stay out of them.
 */
@QuarkusTest
@TestProfile(ExampleQuestionnairesProfile.class)
class ResultsInPointsPagesTest {

    long selfAssessment;
    long interview;

    @BeforeEach
    void setUp() throws IOException {
        long org = TestData.organization("Commune de Munster " + System.nanoTime());
        long campaign = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne en points " + System.nanoTime(), "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", "eu-odm-style", "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        selfAssessment = TestData.diagnostic(org, campaign, "self-assessment", null);
        long other = TestData.organization("Commune de Colmar " + System.nanoTime());
        interview = TestData.diagnostic(other, campaign, "interview", null);
        String answers = Files.readString(Path.of("questionnaires/examples/eu-odm-style.v1.answers.json"));
        for (long d : new long[] { selfAssessment, interview }) {
            String etag = admin().get("/api/diagnostics/" + d).then().statusCode(200).extract().header("ETag");
            admin().contentType(ContentType.JSON).header("If-Match", etag).body(answers)
                    .patch("/api/diagnostics/" + d + "/answers").then().statusCode(200);
        }
    }

    /** The API's definition says how results read, and only for a file that opts in. */
    @Test
    void theDefinitionSaysItsResultsReadInPoints() {
        given().get("/api/questionnaires/eu-odm-style/1").then().statusCode(200)
                .body("resultsIn", org.hamcrest.Matchers.equalTo("points"))
                .body("decimals", org.hamcrest.Matchers.equalTo(2))
                .body("totalPoints", org.hamcrest.Matchers.equalTo(21.0f))
                .body("levels[1].threshold", org.hamcrest.Matchers.equalTo(7.35f));
        given().get("/api/questionnaires/odi-pathway-style/1").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("resultsIn")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("decimals")));
    }

    @Test
    void theRespondentsResultsReadInPoints() {
        String token = TestData.invitation(selfAssessment);
        String fr = given().cookie(RespondentSession.COOKIE, token).get("/repondre/resultats")
                .then().statusCode(200).extract().asString();
        assertTrue(fr.contains("<span class=\"score\">8</span> / 21 points"), fr);
        assertTrue(fr.contains("Points (obtenus / possibles)"), fr);
        assertTrue(fr.contains("4 / 8 points"), fr);
        assertTrue(fr.contains("0 / 4 points"), fr);
        assertTrue(fr.contains("Suiveurs"), fr);
        assertFalse(fr.contains("/ 100"), "no score out of 100");
        String en = given().cookie(RespondentSession.COOKIE, token).queryParam("lang", "en").get("/repondre/resultats")
                .then().statusCode(200).extract().asString();
        assertTrue(en.contains("Points (obtained / possible)"), en);
        assertTrue(en.contains("2 / 5 points"), en);
    }

    @Test
    void theInterviewAndPlanPagesReadInPoints() {
        WebSession session = WebSession.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
        String page = session.given().get(DiagnosticPaths.interview(interview)).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("<span class=\"itv-score\" data-score>8 / 21 points</span>"), page);
        assertTrue(page.contains("<span class=\"itv-score\" data-score>4 / 8 points</span>"), page);
        String plan = session.given().get(DiagnosticPaths.interview(interview) + "/plan").then().statusCode(200)
                .extract().asString();
        assertTrue(plan.contains("<span class=\"score\">8 / 21 points</span>"), plan);
        assertFalse(plan.contains("<span class=\"score\">8 / 21 points</span> / 100"), plan);
    }
}
