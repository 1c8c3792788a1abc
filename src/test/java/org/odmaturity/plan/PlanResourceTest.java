package org.odmaturity.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.odmaturity.plan.PlanTestData.answer;
import static org.odmaturity.plan.PlanTestData.path;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;
import static org.odmaturity.testsupport.TestData.bearer;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The improvement plan through the API: suggestion, curation, optimistic locking, regeneration, access rules. */
@QuarkusTest
class PlanResourceTest {

    private static final String CURATION = """
            {"targets": {"piloter": "avance"},
             "actions": [
               {"id": "q:referent", "owner": "Mme Durand (DGS)", "dueDate": "2026-12-31"},
               {"text": "Présenter le plan en conseil municipal", "axis": "piloter", "theme": "gouvernance",
                "effort": "low", "horizon": "short", "owner": "Le maire"},
               {"id": "q:reutilisations"},
               {"id": "q:budget", "effort": "high", "dueDate": "2027-03-31"}
             ]}""";

    @Test
    void suggestCurateRegenerate() {
        long organization = TestData.organization("Commune de Guebwiller");
        long campaign = TestData.campaign("Campagne plan");
        String facilitatorEmail = TestData.uniqueEmail("anim-plan");
        long facilitator = TestData.facilitator(facilitatorEmail);
        long id = TestData.diagnostic(organization, campaign, "interview", facilitator);
        String plan = path(id) + "/plan";
        answer(id, PlanTestData.WORKED_EXAMPLE);
        Supplier<RequestSpecification> f = () -> as(facilitatorEmail, TestData.password(facilitatorEmail));

        // the suggestion: the worked example of docs/improvement-plan.md
        f.get().get(plan).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("diagnosticId", equalTo((int) id))
                .body("curated", equalTo(false))
                .body("suggested", equalTo(true))
                .body("started", equalTo(true))
                .body("language", equalTo("fr"))
                .body("actions.id", contains("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"))
                .body("actions.rank", contains(1, 2, 3, 4, 5))
                .body("actions.quickWin", contains(true, true, false, false, false))
                .body("actions.gain", contains(33.33f, 11.11f, 7.41f, 11.11f, 7.41f))
                .body("actions.priority", contains(33.33f, 11.11f, 7.41f, 5.56f, 3.71f))
                .body("actions.effort", contains("low", "low", "low", "medium", "medium"))
                .body("actions[0].text", equalTo("Demander aux utilisateurs de signaler leurs réutilisations sur le "
                        + "portail."))
                .body("actions[0].axis", equalTo("valoriser"))
                .body("actions[0].theme", equalTo("usages"))
                .body("actions[0].owner", nullValue())
                .body("axes.id", contains("piloter", "partager", "produire", "valoriser"))
                .body("axes.target", contains("structure", "avance", null, "initie"))
                .body("axes[0].title", equalTo("Piloter"))
                .body("axes[0].score", equalTo(33.3f))
                .body("axes[0].actions", contains("q:referent", "q:budget"))
                .body("axes[0].themes[0].actions", contains("q:referent", "q:budget"))
                .body("available", hasSize(0))
                .body("peers.count", equalTo(0))
                .body("peers.shown", equalTo(false))
                .body("peers.axes.average", everyItem(nullValue()));
        admin().get(plan + "?lang=en").then().statusCode(200)
                .header("Content-Language", "en")
                .body("axes[0].title", equalTo("Govern"))
                .body("actions[0].text", equalTo("Ask users to report their reuses on the portal."));

        // curation needs If-Match
        f.get().contentType(ContentType.JSON).body(CURATION).put(plan).then().statusCode(428)
                .contentType("application/problem+json");
        f.get().contentType(ContentType.JSON).header("If-Match", "*").body(CURATION).put(plan).then().statusCode(428);

        // drop (formats, nb_jeux), reorder, a custom action, owners, due dates, an effort, a target
        f.get().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CURATION).put(plan).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("curated", equalTo(true))
                .body("suggested", equalTo(false))
                .body("updatedBy", notNullValue())
                .body("actions.id", contains("q:referent", "custom-1", "q:reutilisations", "q:budget"))
                .body("actions.custom", contains(false, true, false, false))
                .body("actions[0].owner", equalTo("Mme Durand (DGS)"))
                .body("actions[0].dueDate", equalTo("2026-12-31"))
                .body("actions[1].text", equalTo("Présenter le plan en conseil municipal"))
                .body("actions[1].axis", equalTo("piloter"))
                .body("actions[1].theme", equalTo("gouvernance"))
                .body("actions[1].gain", nullValue())
                .body("actions[3].effort", equalTo("high"))
                .body("actions[3].priority", equalTo(2.78f))
                .body("axes[0].target", equalTo("avance"))
                .body("axes[0].targetSet", equalTo(true))
                .body("axes[1].target", equalTo("avance"))
                .body("axes[1].targetSet", equalTo(false))
                .body("axes[0].themes[0].actions", contains("q:referent", "custom-1", "q:budget"))
                .body("available", contains("q:formats", "q:nb_jeux"));

        // it survives, for every reader (a respondent of the organisation included)
        String token = TestData.invitation(id);
        bearer(token).get(plan).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("actions.id", contains("q:referent", "custom-1", "q:reutilisations", "q:budget"))
                .body("actions[3].dueDate", equalTo("2027-03-31"))
                .body("axes[0].target", equalTo("avance"));
        // the suggestion stays available
        admin().get(plan + "?suggested=true").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("suggested", equalTo(true))
                .body("curated", equalTo(false))
                .body("actions.id", contains("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"));

        // a stale If-Match: 412 with the current ETag, nothing changed
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"actions\": []}").put(plan)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"1\"");

        // what a GET returns can be sent back as is (read-only fields are ignored), in either language
        List<Map<String, Object>> read = admin().get(plan + "?lang=en").then().extract().jsonPath()
                .getList("actions");
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("actions", read)).put(plan)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("actions.id", contains("q:referent", "custom-1", "q:reutilisations", "q:budget"))
                .body("actions.owner", contains("Mme Durand (DGS)", "Le maire", null, null))
                .body("actions[0].text", equalTo("Écrire la mission du référent et lui réserver du temps."))
                .body("actions[3].effort", equalTo("high"))
                .body("axes[0].target", equalTo("avance"));

        // invalid content: 422 naming each field, nothing changed
        admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("""
                {"targets": {"piloter": "gold", "nope": "expert"},
                 "actions": [
                   {"id": "q:referent", "dueDate": "2026-13-01"},
                   {"axis": "piloter"},
                   {"id": "q:nope"},
                   {"id": "q:budget", "effort": "huge"},
                   {"id": "q:referent"},
                   {"text": "x", "theme": "usages", "axis": "piloter"},
                   {"id": "custom-99", "text": "y"},
                   {"text": "z", "colour": "red"}
                 ],
                 "comment": "?"}""").put(plan).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-plan"))
                .body("errors.field", containsInAnyOrder("targets.piloter", "targets.nope", "actions[0].dueDate",
                        "actions[1].text", "actions[2].id", "actions[3].effort", "actions[4].id", "actions[5].theme",
                        "actions[6].id", "actions[7].colour", "comment"));
        admin().get(plan).then().header("ETag", "\"2\"").body("actions", hasSize(4));
        // text PostgreSQL cannot store (a NUL inside, a lone surrogate): 400 naming the field, as in every JSON body
        admin().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"actions\": [{\"id\": \"q:referent\", \"owner\": \"a\\u0000b\"},"
                        + " {\"text\": \"x\\ud800y\", \"axis\": \"piloter\"}]}")
                .put(plan).then().statusCode(400)
                .body("type", equalTo("urn:od-maturity:problem:invalid-json"))
                .body("errors.field", contains("actions[0].owner"));
        admin().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"actions\": [{\"text\": \"x\\ud800y\", \"axis\": \"piloter\"}]}")
                .put(plan).then().statusCode(400)
                .body("errors.field", contains("actions[0].text"));
        admin().get(plan).then().header("ETag", "\"2\"");

        // regenerate: back to the suggestion (If-Match required too)
        f.get().post(plan + "/regenerate").then().statusCode(428);
        f.get().header("If-Match", "\"2\"").post(plan + "/regenerate").then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("curated", equalTo(true))
                .body("actions.id", contains("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"))
                .body("actions.owner", everyItem(nullValue()))
                .body("axes.target", contains("structure", "avance", null, "initie"))
                .body("axes.targetSet", everyItem(equalTo(false)))
                .body("available", hasSize(0));

        // a custom action added after the regeneration gets a new number: ids are never reused
        f.get().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"actions\": [{\"text\": \"Former les agents\"}], \"targets\": {\"valoriser\": \"expert\"}}")
                .put(plan).then().statusCode(200)
                .body("actions.id", contains("custom-2"))
                .body("actions[0].axis", nullValue())
                .body("axes[3].target", equalTo("expert"));
        f.get().contentType(ContentType.JSON).header("If-Match", "\"4\"")
                .body("{\"actions\": [], \"targets\": {\"valoriser\": null}}")
                .put(plan).then().statusCode(200)
                .body("actions", hasSize(0))
                .body("axes[3].target", equalTo("initie"))
                .body("available", hasSize(5));
    }

    @Test
    void whoMayReadAndWhoMayCurate() {
        long campaign = TestData.campaign("Campagne droits plan");
        String f1Email = TestData.uniqueEmail("f1-plan");
        String f2Email = TestData.uniqueEmail("f2-plan");
        long f1 = TestData.facilitator(f1Email);
        TestData.facilitator(f2Email);
        long a = TestData.diagnostic(TestData.organization("Commune Alpha plan"), campaign, "self-assessment", f1);
        long b = TestData.diagnostic(TestData.organization("Commune Bravo plan"), campaign, "self-assessment", null);
        String tokenA = TestData.invitation(a);
        String tokenB = TestData.invitation(b);
        String plan = path(a) + "/plan";
        String body = "{\"actions\": []}";

        bearer(tokenA).get(plan).then().statusCode(200);
        bearer(tokenA).get(plan + "?suggested=true").then().statusCode(200);
        // a respondent never curates: 403, even with the right If-Match
        bearer(tokenA).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(plan).then()
                .statusCode(403).contentType("application/problem+json");
        bearer(tokenA).header("If-Match", "\"0\"").post(plan + "/regenerate").then().statusCode(403);
        // another organisation's respondent, a facilitator not assigned: no such diagnostic
        bearer(tokenB).get(plan).then().statusCode(404).contentType("application/problem+json");
        RequestSpecification f2 = as(f2Email, TestData.password(f2Email));
        f2.get(plan).then().statusCode(404);
        as(f2Email, TestData.password(f2Email)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put(plan).then().statusCode(404);
        as(f2Email, TestData.password(f2Email)).header("If-Match", "\"0\"").post(plan + "/regenerate").then()
                .statusCode(404);
        admin().get(path(999_999_999) + "/plan").then().statusCode(404);
        io.restassured.RestAssured.given().get(plan).then().statusCode(401);
        // the assigned facilitator and admins do
        as(f1Email, TestData.password(f1Email)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put(plan).then().statusCode(200).header("ETag", "\"1\"");
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put(plan).then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void aDiagnosticWithNoAnswersGetsANotStartedPlan() {
        long id = TestData.diagnostic(TestData.organization("Commune de Thann"), TestData.campaign("Campagne vide"),
                "self-assessment", null);
        admin().get(path(id) + "/plan").then().statusCode(200)
                .body("started", equalTo(false))
                .body("overall.score", equalTo(0.0f))
                .body("actions.id", contains("q:publie", "q:schemas", "q:reutilisations", "q:referent", "q:budget"))
                .body("actions.quickWin", contains(true, true, true, false, false))
                .body("axes.target", everyItem(equalTo("initie")));
    }
}
