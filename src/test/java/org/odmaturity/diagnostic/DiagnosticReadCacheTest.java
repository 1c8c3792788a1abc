package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code GET /api/diagnostics/{id}} sends the answers and score kept for the diagnostic's version
 * ({@link DiagnosticBodies}): never those of another version, never a facilitator's note to a respondent, whichever
 * path changed the answers (the API, which keeps what it wrote, or the import and the pages, which do not).
 */
@QuarkusTest
class DiagnosticReadCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyReadShowsTheAnswersOfTheCurrentVersionAsTheReaderMaySeeThem() throws Exception {
        long id = TestData.diagnostic(TestData.organization("Commune de Wissembourg"),
                TestData.campaign("Campagne lecture"), "self-assessment", null);
        String path = "/api/diagnostics/" + id;
        String alice = TestData.invitation(id);
        String etag0 = admin().get(path).then().statusCode(200).extract().header("ETag");

        // the admin answers with a note: kept with and without the note
        admin().contentType(ContentType.JSON).header("If-Match", etag0).body("""
                {"answers": [{"question": "referent", "value": "informel", "note": "à vérifier sur place"}]}""")
                .patch(path + "/answers").then().statusCode(200).body("answers[0].note", equalTo("à vérifier sur place"));
        admin().get(path).then().statusCode(200).body("answers[0].note", equalTo("à vérifier sur place"))
                .body("answers[0].value", equalTo("informel"));
        bearer(alice).get(path).then().statusCode(200).body("answers[0].note", nullValue())
                .body("answers[0].value", equalTo("informel"));

        // Alice changes it: every reader sees her answer, its revision and the new score at once
        double before = admin().get(path).then().extract().jsonPath().getDouble("score.axes[0].score");
        bearer(alice).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 1}]}")
                .patch(path + "/answers").then().statusCode(200);
        double after = admin().get(path).then().statusCode(200).body("answers[0].value", equalTo("nomme"))
                .body("answers[0].revision", equalTo(2)).body("answers[0].note", equalTo("à vérifier sur place"))
                .extract().jsonPath().getDouble("score.axes[0].score");
        assertNotEquals(before, after, "the score of the new answer");
        bearer(alice).get(path).then().body("answers[0].value", equalTo("nomme")).body("answers[0].note", nullValue());

        // an import back into the draft changes the answers without going through the API's save: read again
        JsonNode export = JSON.readTree(admin().get(path + "/export").then().statusCode(200).extract().asString());
        ((ObjectNode) export.get("answers").get(0)).put("value", "personne");
        admin().contentType(ContentType.JSON).body(export.toString()).post("/api/diagnostics/import").then()
                .statusCode(200);
        String etag = admin().get(path).then().statusCode(200).body("answers.value", contains("personne"))
                .extract().header("ETag");
        bearer(alice).get(path).then().statusCode(200).body("answers.value", contains("personne"))
                .body("answers[0].note", nullValue()).header("ETag", equalTo(etag));

        // a status change moves the version too; the answers stay
        admin().header("If-Match", etag).post(path + "/submit").then().statusCode(422); // required questions missing
        admin().get(path).then().header("ETag", equalTo(etag)).body("status", equalTo("draft"));
        assertEquals(etag, bearer(alice).get(path).then().extract().header("ETag"));
        bearer(alice).header("If-None-Match", etag).get(path).then().statusCode(304);
        bearer(alice).header("If-None-Match", "\"0\"").get(path).then().statusCode(200)
                .body("answers.value", not(contains("informel")));
    }

    @Test
    void aSavesBodyGivesTimesAsTheDatabaseKeepsThemSoOneEtagIsOneBody() {
        // the JVM's clock has nanoseconds, PostgreSQL keeps microseconds: the body kept after a save (and its ETag)
        // must be the one a read of the same version from the database gives, after a restart too
        long id = TestData.diagnostic(TestData.organization("Commune de Lauterbourg"),
                TestData.campaign("Campagne horodatage"), "self-assessment", null);
        String path = "/api/diagnostics/" + id;
        String etag = admin().get(path).then().statusCode(200).extract().header("ETag");
        String saved = admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"informel\"}]}")
                .patch(path + "/answers").then().statusCode(200).extract().jsonPath().getString("answers[0].answeredAt");
        assertTrue(saved.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z"), saved);
        assertEquals(saved, admin().get(path).then().extract().jsonPath().getString("answers[0].answeredAt"));
    }
}
