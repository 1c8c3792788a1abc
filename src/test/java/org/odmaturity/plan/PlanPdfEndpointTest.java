package org.odmaturity.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.odmaturity.plan.PlanTestData.answer;
import static org.odmaturity.plan.PlanTestData.path;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code GET /api/diagnostics/{id}/plan.pdf}: a PDF for a complete and for an empty diagnostic, in both languages. */
@QuarkusTest
class PlanPdfEndpointTest {

    private static void assertPdf(byte[] body) {
        assertEquals("%PDF", new String(body, 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aCompleteDiagnostic() {
        long organization = TestData.organization("Commune de Ribeauvillé");
        long campaign = TestData.campaign("Campagne PDF");
        long id = TestData.diagnostic(organization, campaign, "interview", null);
        answer(id, PlanTestData.WORKED_EXAMPLE);
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"actions": [{"id": "q:referent", "owner": "Mme Durand", "dueDate": "2026-12-31"},
                             {"text": "Présenter le plan en conseil municipal", "axis": "piloter"}]}""")
                .put(path(id) + "/plan").then().statusCode(200);
        admin().post(path(id) + "/submit").then().statusCode(200);
        admin().post(path(id) + "/validate").then().statusCode(200);
        String siren = PlanTestData.siren(organization);

        for (String lang : new String[] {"fr", "en"}) {
            byte[] pdf = admin().get(path(id) + "/plan.pdf?lang=" + lang).then().statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", equalTo("inline; filename=\"plan-" + siren + "-2026.pdf\""))
                    .header("Content-Language", lang)
                    .header("Cache-Control", containsString("no-store"))
                    .extract().asByteArray();
            assertPdf(pdf);
        }
        // respondents read it too
        String token = TestData.invitation(id);
        assertPdf(bearer(token).get(path(id) + "/plan.pdf").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void anEmptyDiagnostic() {
        long id = TestData.diagnostic(TestData.organization("Commune de Munster"), TestData.campaign("Campagne PDF vide"),
                "self-assessment", null);
        assertPdf(admin().get(path(id) + "/plan.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Language", "fr").extract().asByteArray());
        assertPdf(admin().get(path(id) + "/plan.pdf?lang=en").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void accessRulesAreTheDiagnostics() {
        long campaign = TestData.campaign("Campagne PDF droits");
        long a = TestData.diagnostic(TestData.organization("Commune Alpha PDF"), campaign, "self-assessment", null);
        long b = TestData.diagnostic(TestData.organization("Commune Bravo PDF"), campaign, "self-assessment", null);
        String tokenB = TestData.invitation(b);
        bearer(tokenB).get(path(a) + "/plan.pdf").then().statusCode(404).contentType("application/problem+json");
        String email = TestData.uniqueEmail("f-pdf");
        TestData.facilitator(email);
        TestData.as(email, TestData.password(email)).get(path(a) + "/plan.pdf").then().statusCode(404);
        io.restassured.RestAssured.given().get(path(a) + "/plan.pdf").then().statusCode(401);
    }
}
