package org.odmaturity.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.asFacilitator;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;

import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class CampaignResourceTest {

    private static final String FACILITATOR = "facilitator.campaign@od-maturity.test";

    @Inject
    QuestionnaireVersionService versions;

    @Inject
    QuestionnaireRegistry registry;

    private static Map<String, Object> campaign(String name, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("year", year);
        body.put("questionnaire", Map.of("id", "sample-od-maturity", "version", 1));
        body.put("opensOn", year + "-03-01");
        body.put("closesOn", year + "-06-30");
        return body;
    }

    private static ExtractableResponse<Response> create(Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/campaigns")
                .then().statusCode(201).extract();
    }

    @Test
    void createsAPinnedCampaignThenReadsAndUpdatesIt() {
        ExtractableResponse<Response> created = admin().contentType(ContentType.JSON)
                .body(campaign("Diagnostic Grand Est 2026", 2026))
                .when().post("/api/campaigns")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("name", equalTo("Diagnostic Grand Est 2026"))
                .body("year", equalTo(2026))
                .body("questionnaire.id", equalTo("sample-od-maturity"))
                .body("questionnaire.version", equalTo(1))
                .body("opensOn", equalTo("2026-03-01"))
                .body("closesOn", equalTo("2026-06-30"))
                .body("status", equalTo("draft"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/campaigns/" + id), created.header("Location"));
        String hash = registry.find("sample-od-maturity", 1).orElseThrow().contentHash();
        assertTrue(versions.find("sample-od-maturity", 1).map(v -> v.contentHash.equals(hash)).orElse(false),
                "the questionnaire version is recorded as used");

        admin().when().get("/api/campaigns/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Diagnostic Grand Est 2026"));

        Map<String, Object> changed = campaign("Diagnostic Grand Est 2026 (ouvert)", 2026);
        changed.put("status", "open");
        changed.put("closesOn", null);
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Diagnostic Grand Est 2026 (ouvert)"))
                .body("status", equalTo("open"))
                .body("closesOn", nullValue())
                .body("version", equalTo(1));

        // stale and missing If-Match
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"1\"")
                .body("type", equalTo("urn:od-maturity:problem:precondition-failed"));
        admin().contentType(ContentType.JSON).body(changed)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:precondition-required"));

        // the pinned questionnaire cannot change
        Map<String, Object> otherQuestionnaire = new HashMap<>(changed);
        otherQuestionnaire.put("questionnaire", Map.of("id", "sample-od-maturity", "version", 2));
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(otherQuestionnaire)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-campaign"))
                .body("errors[0].field", equalTo("questionnaire"))
                .body("errors[0].message", containsString("pinned to 'sample-od-maturity' version 1"));

        // an absent status keeps the current one
        Map<String, Object> noStatus = campaign("Diagnostic Grand Est 2026 (ouvert)", 2026);
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(noStatus)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("open")).body("closesOn", equalTo("2026-06-30"));
    }

    @Test
    void aCampaignNeedsAServedQuestionnaireVersion() {
        for (Map<String, Object> ref : new Map[] {Map.of("id", "nope", "version", 1),
                Map.of("id", "sample-od-maturity", "version", 99), Map.of("id", "broken", "version", 1)}) {
            Map<String, Object> body = campaign("Sans questionnaire", 2026);
            body.put("questionnaire", ref);
            admin().contentType(ContentType.JSON).body(body)
                    .when().post("/api/campaigns")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:od-maturity:problem:invalid-campaign"))
                    .body("status", equalTo(422))
                    .body("errors[0].field", equalTo("questionnaire"))
                    .body("errors[0].message", containsString("'" + ref.get("id") + "' version " + ref.get("version")));
        }
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "");
        body.put("year", 1999);
        body.put("questionnaire", Map.of("id", "", "version", 0));
        body.put("opensOn", "2026-06-01");
        body.put("closesOn", "2026-05-31");
        admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/campaigns")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-request"))
                .body("errors.field", contains("closesOn", "name", "questionnaire.id", "questionnaire.version",
                        "year"))
                .body("errors[0].message", equalTo("must not be before opensOn (2026-06-01)"));

        Map<String, Object> missing = new HashMap<>();
        missing.put("name", "Sans année");
        admin().contentType(ContentType.JSON).body(missing)
                .when().post("/api/campaigns")
                .then().statusCode(400).body("errors.field", contains("questionnaire", "year"));

        Map<String, Object> badStatus = campaign("Statut inconnu", 2026);
        badStatus.put("status", "archived");
        admin().contentType(ContentType.JSON).body(badStatus)
                .when().post("/api/campaigns")
                .then().statusCode(400).body("type", equalTo("urn:od-maturity:problem:invalid-json"))
                .body("errors[0].field", equalTo("status"));

        Map<String, Object> sameDay = campaign("Un seul jour", 2026);
        sameDay.put("closesOn", "2026-03-01");
        create(sameDay);
    }

    @Test
    void listsNewestYearFirstWithFilters() {
        create(campaign("Liste B 2031", 2031));
        create(campaign("Liste A 2031", 2031));
        Map<String, Object> open = campaign("Liste 2033", 2033);
        open.put("status", "open");
        create(open);
        create(campaign("Liste 2030", 2030));

        admin().when().get("/api/campaigns")
                .then().statusCode(200)
                .body("findAll { it.name.startsWith('Liste') }.name",
                        contains("Liste 2033", "Liste A 2031", "Liste B 2031", "Liste 2030"));
        admin().queryParam("year", 2031).when().get("/api/campaigns")
                .then().statusCode(200).body("name", contains("Liste A 2031", "Liste B 2031"));
        admin().queryParam("status", "open").when().get("/api/campaigns")
                .then().statusCode(200).body("status", everyItem(equalTo("open")))
                .body("findAll { it.name.startsWith('Liste') }.name", contains("Liste 2033"));
        admin().queryParam("status", "open").queryParam("year", 2031).when().get("/api/campaigns")
                .then().statusCode(200).body("size()", equalTo(0));
        admin().queryParam("status", "archived").queryParam("year", 1800).when().get("/api/campaigns")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("status", "year"));
        admin().queryParam("year", "deux-mille").when().get("/api/campaigns")
                .then().statusCode(400).body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("must be a year from 2000 to 2100"));
    }

    @Test
    void unknownCampaignsAreNotFound() {
        admin().when().get("/api/campaigns/999999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No campaign 999999999."));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(campaign("Nulle part", 2026))
                .when().put("/api/campaigns/999999999")
                .then().statusCode(404);
    }

    @Test
    void anonymousCallersAreUnauthorizedAndFacilitatorsReadOnly() {
        long id = create(campaign("Campagne accès", 2027)).jsonPath().getLong("id");
        Map<String, Object> body = campaign("Campagne accès", 2027);

        given().contentType(ContentType.JSON).body(body).when().post("/api/campaigns").then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/api/campaigns").then().statusCode(401);
        given().when().get("/api/campaigns/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/campaigns/" + id).then().statusCode(401);

        asFacilitator(FACILITATOR).when().get("/api/campaigns").then().statusCode(200);
        asFacilitator(FACILITATOR).when().get("/api/campaigns/" + id).then().statusCode(200).header("ETag", "\"0\"");
        asFacilitator(FACILITATOR).contentType(ContentType.JSON).body(body).when().post("/api/campaigns")
                .then().statusCode(403).contentType("application/problem+json");
        asFacilitator(FACILITATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/campaigns/" + id).then().statusCode(403);
        admin().when().get("/api/campaigns/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }
}
