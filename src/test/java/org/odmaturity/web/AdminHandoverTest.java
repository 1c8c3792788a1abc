package org.odmaturity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Handing a diagnostic over to another facilitator from the organisation page. */
@QuarkusTest
class AdminHandoverTest {

    @Test
    void theAdminHandsAnInterviewOverAndAStaleFormChangesNothing() {
        String first = TestData.uniqueEmail("page-handover-first");
        String second = TestData.uniqueEmail("page-handover-second");
        long firstId = TestData.facilitator(first);
        long secondId = TestData.facilitator(second);
        long org = TestData.organization("Commune <b>confiée</b>");
        long diagnostic = TestData.diagnostic(org, TestData.campaign("Campagne des passations"), "interview",
                firstId);
        WebSession admin = WebSession.admin();
        String page = admin.given().get("/admin/organisations/" + org).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<label for=\"handover-" + diagnostic + "\">Animation confiée à"), page);
        String version = version(page, diagnostic);

        // an interview cannot be left without facilitator
        Response refused = admin.form().formParam("version", version).formParam("facilitator", "")
                .post("/admin/diagnostics/" + diagnostic + "/animation");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Un entretien doit garder une personne qui l&#39;anime"),
                refused.asString());
        assertTrue(refused.asString().contains("aria-describedby=\"handover-" + diagnostic + "-error\""));
        assertTrue(refused.asString().contains("<title>1 erreur à corriger"));

        Response done = admin.form().formParam("version", version).formParam("facilitator", String.valueOf(secondId))
                .post("/admin/diagnostics/" + diagnostic + "/animation");
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/admin/organisations/" + org + "?ok=handover#diagnostics"));
        admin.given().get("/admin/organisations/" + org + "?ok=handover").then().statusCode(200)
                .body(containsString("Le diagnostic est confié à la personne choisie"));
        TestData.as(second, TestData.password(second)).get("/api/diagnostics/" + diagnostic).then().statusCode(200);
        TestData.as(first, TestData.password(first)).get("/api/diagnostics/" + diagnostic).then().statusCode(404);

        // the same (now stale) form again: refused, the handover stays
        Response stale = admin.form().formParam("version", version).formParam("facilitator", String.valueOf(firstId))
                .post("/admin/diagnostics/" + diagnostic + "/animation");
        assertEquals(412, stale.statusCode());
        assertTrue(stale.asString().contains("Ce diagnostic a changé depuis l&#39;affichage de la page"));
        TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("facilitator.id",
                equalTo((int) secondId));
        // the organisation's name stays text
        assertTrue(stale.asString().contains("Commune &lt;b&gt;confiée&lt;/b&gt;"));
    }

    @Test
    void aFacilitatorCannotHandOverAndAForgedFormChangesNothing() {
        String mine = TestData.uniqueEmail("page-handover-mine");
        long mineId = TestData.facilitator(mine);
        long other = TestData.facilitator(TestData.uniqueEmail("page-handover-other"));
        long diagnostic = TestData.diagnostic(TestData.organization("Commune gardée"),
                TestData.campaign("Campagne gardée"), "interview", mineId);
        WebSession facilitator = WebSession.signIn(mine, TestData.password(mine));
        facilitator.form().formParam("version", "0").formParam("facilitator", String.valueOf(other))
                .post("/admin/diagnostics/" + diagnostic + "/animation").then().statusCode(403);
        WebSession.admin().given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("_csrf", "forged").formParam("version", "0").formParam("facilitator", String.valueOf(other))
                .post("/admin/diagnostics/" + diagnostic + "/animation").then().statusCode(403);
        TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("facilitator.id", equalTo((int) mineId));
        // the API is untouched by these pages: answers still go through
        TestData.as(mine, TestData.password(mine)).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "budget", "value", true, "revision", 0))))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
    }

    private static String version(String page, long diagnostic) {
        String form = page.substring(page.indexOf("action=\"/admin/diagnostics/" + diagnostic + "/animation\""));
        String marker = "name=\"version\" value=\"";
        int at = form.indexOf(marker) + marker.length();
        return form.substring(at, form.indexOf('"', at));
    }
}
