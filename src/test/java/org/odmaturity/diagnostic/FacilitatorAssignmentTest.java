package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Handing a diagnostic over to another facilitator: admins only, to an active account, with If-Match. */
@QuarkusTest
class FacilitatorAssignmentTest {

    @Test
    void anAdminHandsAnInterviewOverAndOnlyTheNewFacilitatorSeesIt() {
        String first = TestData.uniqueEmail("handover-first");
        String second = TestData.uniqueEmail("handover-second");
        long firstId = TestData.facilitator(first);
        long secondId = TestData.facilitator(second);
        long diagnostic = TestData.diagnostic(TestData.organization("Commune passée de main en main"),
                TestData.campaign("Campagne de la passation"), "interview", firstId);
        String path = "/api/diagnostics/" + diagnostic;
        String etag = TestData.admin().get(path).then().statusCode(200).extract().header("ETag");

        // facilitators cannot hand over, not even their own interview
        TestData.as(first, TestData.password(first)).contentType(ContentType.JSON)
                .body("{\"facilitatorId\": " + secondId + "}").put(path + "/facilitator").then().statusCode(403);
        // an interview needs a facilitator; the account must exist and be active
        TestData.admin().contentType(ContentType.JSON).body("{\"facilitatorId\": null}").put(path + "/facilitator")
                .then().statusCode(422).body("errors.field", hasItem("facilitatorId"));
        TestData.admin().contentType(ContentType.JSON).body("{\"facilitatorId\": 987654321}")
                .put(path + "/facilitator").then().statusCode(422).body("errors.field", hasItem("facilitatorId"));
        TestData.admin().contentType(ContentType.JSON).body("{\"facilitatorId\": -1}").put(path + "/facilitator")
                .then().statusCode(400);

        TestData.admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"facilitatorId\": " + secondId + "}").put(path + "/facilitator").then().statusCode(200)
                .body("facilitator.id", equalTo((int) secondId));
        TestData.as(second, TestData.password(second)).get(path).then().statusCode(200);
        TestData.as(first, TestData.password(first)).get(path).then().statusCode(404);
        // the If-Match of before the handover is stale now
        TestData.admin().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"facilitatorId\": " + firstId + "}").put(path + "/facilitator").then().statusCode(412);
        TestData.admin().get(path).then().body("facilitator.id", equalTo((int) secondId));
    }

    @Test
    void aSelfAssessmentMayHaveNoFacilitator() {
        long facilitator = TestData.facilitator(TestData.uniqueEmail("handover-self"));
        long diagnostic = TestData.diagnostic(TestData.organization("Commune en autodiagnostic"),
                TestData.campaign("Campagne autodiagnostic"), "self-assessment", facilitator);
        TestData.admin().contentType(ContentType.JSON).body("{\"facilitatorId\": null}")
                .put("/api/diagnostics/" + diagnostic + "/facilitator").then().statusCode(200)
                .body("facilitator", nullValue());
    }
}
