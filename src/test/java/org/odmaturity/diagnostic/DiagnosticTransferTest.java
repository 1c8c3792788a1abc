package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;


import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DiagnosticTransferTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static long answeredAndValidated() {
        long id = TestData.diagnostic(TestData.organization("Commune de Saverne"), TestData.campaign("Campagne export"),
                "interview", null);
        String path = "/api/diagnostics/" + id;
        admin().contentType(ContentType.JSON).body("""
                {"answers": [
                  {"question": "referent", "value": "informel", "revision": 0, "note": "à revoir"},
                  {"question": "publie", "value": true, "revision": 0},
                  {"question": "formats", "value": ["csv", "api"], "revision": 0, "evidence": "https://data.example.fr"},
                  {"question": "schemas", "notApplicable": true, "revision": 0, "comment": "Pas de données concernées 😊"}
                ]}""").patch(path + "/answers").then().statusCode(200);
        admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 1}]}")
                .patch(path + "/answers").then().statusCode(200);
        admin().post(path + "/submit").then().statusCode(200);
        admin().post(path + "/validate").then().statusCode(200);
        return id;
    }

    private static JsonNode export(long id) throws Exception {
        String body = admin().get("/api/diagnostics/" + id + "/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + id + ".json\"")
                .extract().asString();
        return JSON.readTree(body);
    }

    /** What must survive a round trip: everything but the ids and the export's own stamp. */
    private static JsonNode comparable(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        copy.remove("exportedAt");
        copy.remove("campaign");
        ((ObjectNode) copy.get("diagnostic")).remove("id");
        ((ObjectNode) copy.get("diagnostic")).remove("version");
        return copy;
    }

    @Test
    void exportThenImportIntoAnotherCampaignLosesNothing() throws Exception {
        long id = answeredAndValidated();
        JsonNode original = export(id);
        assertEquals("od-maturity/diagnostic", original.get("format").asText());
        assertEquals(64, original.at("/questionnaire/contentHash").asText().length());
        assertEquals(4, original.get("answers").size());
        assertEquals(5, original.get("history").size());
        assertEquals(2, original.get("snapshots").size());

        long otherCampaign = TestData.campaign("Campagne de reprise");
        long imported = admin().contentType(ContentType.JSON).queryParam("campaignId", otherCampaign)
                .body(original.toString()).post("/api/diagnostics/import")
                .then().statusCode(201)
                .body("status", equalTo("validated"))
                .body("answers", hasSize(4))
                .extract().jsonPath().getLong("id");
        assertNotEquals(id, imported);
        JsonNode again = export(imported);
        assertEquals(comparable(original), comparable(again));
    }

    @Test
    void anInterviewPreparedOfflineComesBack() throws Exception {
        long id = TestData.diagnostic(TestData.organization("Commune de Wissembourg"),
                TestData.campaign("Campagne hors ligne"), "interview", null);
        String path = "/api/diagnostics/" + id;
        admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"personne\", \"revision\": 0}]}")
                .patch(path + "/answers").then().statusCode(200);
        ObjectNode offline = (ObjectNode) export(id);
        // offline: change one answer, add another
        ObjectNode referent = (ObjectNode) offline.get("answers").get(0);
        referent.put("value", "nomme");
        offline.withArray("answers").addObject().put("question", "budget").put("value", true);
        admin().contentType(ContentType.JSON).body(offline.toString()).post("/api/diagnostics/import")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("answers.find { it.question == 'referent' }.value", equalTo("nomme"))
                .body("answers.find { it.question == 'budget' }.value", equalTo(true));
        admin().get(path + "/history").then().body("", hasSize(3));
        // the same (now stale) export again: the diagnostic changed since, 412
        admin().contentType(ContentType.JSON).body(offline.toString()).post("/api/diagnostics/import")
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void badImportsAreRefusedWithTheirReasons() throws Exception {
        long id = answeredAndValidated();
        ObjectNode export = (ObjectNode) export(id);
        ObjectNode wrongAnswer = export.deepCopy();
        ((ObjectNode) wrongAnswer.get("answers").get(0)).put("value", "peut-etre");
        long campaign = TestData.campaign("Campagne import");
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(wrongAnswer.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .body("errors[0].field", equalTo("answers[0]"));
        ObjectNode wrongHash = export.deepCopy();
        ((ObjectNode) wrongHash.get("questionnaire")).put("contentHash", "0".repeat(64));
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(wrongHash.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .body("errors[0].field", equalTo("questionnaire"));
        admin().contentType(ContentType.JSON).body("{\"format\": \"something-else\"}")
                .post("/api/diagnostics/import").then().statusCode(422);
        admin().contentType(ContentType.JSON).body("[1, 2]").post("/api/diagnostics/import").then().statusCode(400);

        // a facilitator cannot export a diagnostic that is not assigned to them
        String email = TestData.uniqueEmail("anim");
        TestData.facilitator(email);
        as(email, TestData.password(email)).get("/api/diagnostics/" + id + "/export").then().statusCode(404);
        TestData.bearer(TestData.invitation(id)).get("/api/diagnostics/" + id + "/export").then().statusCode(403);
    }
}
