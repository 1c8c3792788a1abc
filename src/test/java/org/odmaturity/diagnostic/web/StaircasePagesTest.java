package org.odmaturity.diagnostic.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Issue 15 §4 on the real service (PostgreSQL, HTTP): a step hidden by a first "no" (scoring.staircase.stopAtFirstNo)
 * is hidden wherever a false relevance condition hides a question (the respondent page, the interview page, the API's
 * score card, the plan), its stale answer ignored; an activity with a required step unanswered is "incomplete" in the
 * API and the plan.
 */
@QuarkusTest
@TestProfile(StaircaseQuestionnaireProfile.class)
class StaircasePagesTest {

    private static boolean hidden(String html, String question) {
        return Pattern.compile("data-question=\"" + question + "\"[^>]*\\shidden").matcher(html).find();
    }

    @Test
    void aStepAfterAFirstNoIsHiddenEverywhereAndItsStaleAnswerIgnored() {
        long org = TestData.organization("Commune de l'escalier " + System.nanoTime());
        long campaign = TestData.admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Escalier " + System.nanoTime(), "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", "stairs-pages", "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        String email = TestData.uniqueEmail("escalier");
        long facilitator = TestData.facilitator(email);
        long id = TestData.diagnostic(org, campaign, "interview", facilitator);
        String path = "/api/diagnostics/" + id;

        // s3 answered first (yes), then s2 "no": s3 becomes hidden, its "yes" stays stored but is ignored
        TestData.admin().contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "s1", "value": true, "revision": 0},
                  {"question": "s3", "value": true, "revision": 0}
                ]}""").patch(path + "/answers").then().statusCode(200)
                .body("score.notRelevant", equalTo(List.of()));
        TestData.admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"s2\", \"value\": false, \"revision\": 0}]}")
                .patch(path + "/answers").then().statusCode(200)
                .body("score.notRelevant", equalTo(List.of("s3")))
                .body("score.axes[0].themes[0].score", equalTo(25.0f))
                .body("score.axes[0].themes[0].status", nullValue())
                .body("score.axes[0].themes[0].questions[2].status", equalTo("not-relevant"))
                // n1 is required and unanswered: the standards activity is incomplete, left out of the axis
                .body("score.axes[0].themes[1].status", equalTo("incomplete"))
                .body("score.axes[0].themes[1].score", nullValue())
                .body("score.axes[0].score", equalTo(25.0f));

        // the respondent page hides s3 as it hides a question whose condition is false
        String token = TestData.invitation(id);
        String axis = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(RespondentSession.COOKIE, token).get("/repondre/axes/donnees").then().statusCode(200)
                .extract().asString();
        assertTrue(hidden(axis, "s3"), "s3 is hidden on the respondent page");
        assertFalse(hidden(axis, "s2"), "s2 is shown");

        // the interview page marks it off
        String interview = WebSession.signIn(email, TestData.password(email)).given()
                .get("/animation/diagnostics/" + id).then().statusCode(200).extract().asString();
        assertTrue(Pattern.compile("itv-q-off[^>]*data-question=\"s3\"").matcher(interview).find(),
                "s3 is off on the interview page");
        assertFalse(Pattern.compile("itv-q-off[^>]*data-question=\"s2\"").matcher(interview).find());

        // the plan suggests the action of s2, not the stale one of s3; the incomplete activity says so
        TestData.admin().get(path + "/plan").then().statusCode(200)
                .body("actions.question", equalTo(List.of("s2")))
                .body("axes[0].themes[1].status", equalTo("incomplete"));

        // "yes" to s2 shows s3 again, with its stored answer
        TestData.admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"s2\", \"value\": true, \"revision\": 1}]}")
                .patch(path + "/answers").then().statusCode(200)
                .body("score.notRelevant", equalTo(List.of()))
                .body("score.axes[0].themes[0].score", equalTo(75.0f));
    }
}
