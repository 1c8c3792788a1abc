package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DiagnosticTransferTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answers of the worked example of docs/improvement-plan.md (as in PlanTestData). */
    private static final String WORKED_EXAMPLE = """
            {"answers": [
              {"question": "referent", "value": "informel", "revision": 0},
              {"question": "budget", "value": false, "revision": 0, "comment": "Une ligne est prévue en 2027."},
              {"question": "publie", "value": true, "revision": 0},
              {"question": "nb_jeux", "value": 3, "revision": 0},
              {"question": "formats", "value": ["pdf", "csv"], "revision": 0},
              {"question": "schemas", "notApplicable": true, "revision": 0},
              {"question": "attentes", "value": "Un atelier sur les schémas.", "revision": 0,
               "note": "Relancer en septembre"}
            ]}""";

    /** The curation of PlanResourceTest: drop, reorder, a custom action, owners, due dates, an effort, a target. */
    private static final String CURATION = """
            {"targets": {"piloter": "avance"},
             "actions": [
               {"id": "q:referent", "owner": "Mme Durand (DGS)", "dueDate": "2026-12-31"},
               {"text": "Présenter le plan en conseil municipal", "axis": "piloter", "theme": "gouvernance",
                "effort": "low", "horizon": "short", "owner": "Le maire"},
               {"id": "q:reutilisations"},
               {"id": "q:budget", "effort": "high", "dueDate": "2027-03-31"}
             ]}""";

    /** A draft with the worked example's answers and the curated plan of CURATION (plan version 1). */
    private static long curatedDraft(String organization, String campaign) {
        long id = TestData.diagnostic(TestData.organization(organization), TestData.campaign(campaign), "interview",
                null);
        admin().contentType(ContentType.JSON).body(WORKED_EXAMPLE).patch("/api/diagnostics/" + id + "/answers")
                .then().statusCode(200);
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CURATION)
                .put("/api/diagnostics/" + id + "/plan").then().statusCode(200).header("ETag", "\"1\"");
        return id;
    }

    /**
     * Curates the plan of a diagnostic from its suggestion, whatever it is: the suggested actions but the last, in
     * reverse order, the first with an owner and a due date, the second with an effort; a custom action; a target.
     */
    private static void curateFromSuggestion(long id) {
        String plan = "/api/diagnostics/" + id + "/plan";
        List<String> suggested = admin().get(plan + "?suggested=true").then().statusCode(200).extract().jsonPath()
                .getList("actions.id");
        assertTrue(suggested.size() >= 3, "the test needs three suggested actions: " + suggested);
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = suggested.size() - 2; i >= 0; i--) {
            actions.add(new java.util.HashMap<>(Map.of("id", suggested.get(i))));
        }
        actions.get(0).put("owner", "Mme Durand (DGS)");
        actions.get(0).put("dueDate", "2026-12-31");
        actions.get(1).put("effort", "high");
        actions.add(1, Map.of("text", "Présenter le plan en conseil municipal", "axis", "piloter", "horizon", "short",
                "owner", "Le maire", "dueDate", "2027-01-15"));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("actions", actions, "targets", Map.of("piloter", "avance", "valoriser", "structure")))
                .put(plan).then().statusCode(200).header("ETag", "\"1\"");
    }

    /** The plan of a diagnostic as a GET gives it, but what names the diagnostic and its peers. */
    private static JsonNode planView(long id) throws Exception {
        ObjectNode view = (ObjectNode) JSON.readTree(admin().get("/api/diagnostics/" + id + "/plan").then()
                .statusCode(200).extract().asString());
        view.remove("diagnosticId");
        view.remove("version");
        view.remove("peers");
        return view;
    }

    private static void noDiagnosticIn(long campaign) {
        admin().get("/api/diagnostics?campaignId=" + campaign).then().statusCode(200).body("", hasSize(0));
    }

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
        if (copy.get("plan").isObject()) {
            ((ObjectNode) copy.get("plan")).remove("version");
        }
        return copy;
    }

    @Test
    void exportThenImportIntoAnotherCampaignLosesNothing() throws Exception {
        long id = answeredAndValidated();
        curateFromSuggestion(id);
        JsonNode original = export(id);
        assertEquals("od-maturity/diagnostic", original.get("format").asText());
        assertEquals(1, original.at("/plan/version").asInt());
        assertEquals("avance", original.at("/plan/targets/piloter").asText());
        assertEquals("custom-1", original.at("/plan/actions/1/id").asText());
        assertTrue(original.at("/plan/actions/1/custom").asBoolean());
        assertEquals("Mme Durand (DGS)", original.at("/plan/actions/0/owner").asText());
        assertEquals("2026-12-31", original.at("/plan/actions/0/dueDate").asText());
        assertEquals(2, original.at("/plan/nextCustomNumber").asInt());
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
        assertEquals(planView(id), planView(imported));
    }

    @Test
    void theCuratedPlanComesWithTheExport() throws Exception {
        long id = curatedDraft("Commune de Ribeauvillé", "Campagne plan exporté");
        String plan = "/api/diagnostics/" + id + "/plan";
        // answered at the top step since: the plan keeps q:referent (reached), the suggestion no longer has it
        admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 1}]}")
                .patch("/api/diagnostics/" + id + "/answers").then().statusCode(200);
        admin().get(plan).then().body("actions[0].status", equalTo("reached"));
        JsonNode original = export(id);
        assertEquals("q:referent", original.at("/plan/actions/0/id").asText());
        assertEquals("option:informel", original.at("/plan/actions/0/source").asText());

        long campaign = TestData.campaign("Campagne plan importé");
        long imported = admin().contentType(ContentType.JSON).queryParam("campaignId", campaign)
                .body(original.toString()).post("/api/diagnostics/import").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().get("/api/diagnostics/" + imported + "/plan").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("curated", equalTo(true))
                .body("actions.id", contains("q:referent", "custom-1", "q:reutilisations", "q:budget"))
                .body("actions.owner", contains("Mme Durand (DGS)", "Le maire", null, null))
                .body("actions.dueDate", contains("2026-12-31", null, null, "2027-03-31"))
                .body("actions.status", contains("reached", "open", "open", "open"))
                .body("actions[1].text", equalTo("Présenter le plan en conseil municipal"))
                .body("actions[3].effort", equalTo("high"))
                .body("axes[0].target", equalTo("avance"))
                .body("axes[0].targetSet", equalTo(true));
        assertEquals(planView(id), planView(imported));
        assertEquals(comparable(original), comparable(export(imported)));

        // an action the imported answers do not call for, and that does not say what it was kept with: 422
        ObjectNode unsourced = (ObjectNode) original.deepCopy();
        ((ObjectNode) unsourced.at("/plan/actions/0")).remove("source");
        long other = TestData.campaign("Campagne plan sans source");
        admin().contentType(ContentType.JSON).queryParam("campaignId", other).body(unsourced.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .body("type", equalTo("urn:od-maturity:problem:invalid-import"))
                .body("errors.field", contains("plan.actions[0].id"))
                .body("errors[0].message", containsString("nor kept in the exported plan"));
        noDiagnosticIn(other);
    }

    @Test
    void anOldExportWithoutPlanStillImports() throws Exception {
        long id = curatedDraft("Commune de Kaysersberg", "Campagne ancien export");
        ObjectNode old = (ObjectNode) export(id);
        old.remove("plan");
        long campaign = TestData.campaign("Campagne ancien export importé");
        long imported = admin().contentType(ContentType.JSON).queryParam("campaignId", campaign)
                .body(old.toString()).post("/api/diagnostics/import").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().get("/api/diagnostics/" + imported + "/plan").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("curated", equalTo(false));
        assertTrue(export(imported).get("plan").isNull(), "a plan nobody curated is exported as null");
    }

    @Test
    void aBadPlanIsRefusedAndNothingIsImported() throws Exception {
        long id = curatedDraft("Commune d'Obernai", "Campagne plan invalide");
        ObjectNode export = (ObjectNode) export(id);
        long campaign = TestData.campaign("Campagne plan invalide importé");

        ObjectNode bad = export.deepCopy();
        ObjectNode plan = (ObjectNode) bad.get("plan");
        ((ObjectNode) plan.at("/actions/3")).put("dueDate", "2026-13-01");
        ((ArrayNode) plan.get("actions")).addObject().put("id", "q:nope");
        // a custom number the plan never gave: it would be given again
        ((ArrayNode) plan.get("actions")).addObject().put("id", "custom-9").put("text", "inconnue");
        ((ArrayNode) plan.get("actions")).addObject().put("owner", "sans texte");
        ((ObjectNode) plan.at("/actions/0")).put("source", "option:aucune");
        ((ObjectNode) plan.get("targets")).put("piloter", "gold");
        plan.put("updatedAt", "hier");
        plan.put("colour", "red");
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(bad.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-import"))
                .body("errors.field", containsInAnyOrder("plan.actions[3].dueDate", "plan.actions[4].id",
                        "plan.nextCustomNumber", "plan.actions[6].text", "plan.actions[0].source",
                        "plan.targets.piloter", "plan.updatedAt", "plan.colour"));
        noDiagnosticIn(campaign);

        ObjectNode notAnObject = export.deepCopy();
        notAnObject.put("plan", "curated");
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(notAnObject.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .body("errors.field", contains("plan"));
        ObjectNode nul = export.deepCopy();
        ((ObjectNode) nul.at("/plan/actions/0")).put("owner", "Mme\u0000Durand");
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(nul.toString())
                .post("/api/diagnostics/import").then().statusCode(400)
                .body("type", equalTo("urn:od-maturity:problem:invalid-json"))
                .body("errors.field", contains("plan.actions[0].owner"));
        ObjectNode reusedNumber = export.deepCopy();
        ((ObjectNode) reusedNumber.get("plan")).put("nextCustomNumber", 1);
        admin().contentType(ContentType.JSON).queryParam("campaignId", campaign).body(reusedNumber.toString())
                .post("/api/diagnostics/import").then().statusCode(422)
                .body("errors.field", contains("plan.nextCustomNumber"));
        noDiagnosticIn(campaign);
    }

    @Test
    void aPlanCuratedOfflineComesBackAllOrNothing() throws Exception {
        long id = curatedDraft("Commune de Munster", "Campagne plan hors ligne");
        String path = "/api/diagnostics/" + id;
        // exported and imported untouched: the plan stays as it was (same version, same author)
        String updatedBy = admin().get(path + "/plan").then().extract().path("updatedBy");
        ObjectNode untouched = (ObjectNode) export(id);
        admin().contentType(ContentType.JSON).body(untouched.toString()).post("/api/diagnostics/import")
                .then().statusCode(200);
        admin().get(path + "/plan").then().header("ETag", "\"1\"").body("updatedBy", equalTo(updatedBy));

        // the plan curated since the export: 412, nothing changed
        // (its custom action comes again as a new one: custom-2)
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(CURATION).put(path + "/plan")
                .then().statusCode(200).header("ETag", "\"2\"");
        ObjectNode stale = untouched.deepCopy();
        ((ObjectNode) stale.at("/answers/0")).put("comment", "hors ligne");
        admin().contentType(ContentType.JSON).body(stale.toString()).post("/api/diagnostics/import")
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("improvement plan"));
        admin().get(path).then().body("answers.find { it.question == 'referent' }.comment", nullValue());

        // offline: an answer, an owner, a new custom action, a target back to the default; one bad due date → 422,
        // nothing of it applied (neither the answer nor the plan)
        ObjectNode offline = (ObjectNode) export(id);
        ((ObjectNode) offline.at("/answers/0")).put("comment", "hors ligne");
        ObjectNode plan = (ObjectNode) offline.get("plan");
        ((ObjectNode) plan.at("/actions/2")).put("owner", "Service communication");
        ((ArrayNode) plan.get("actions")).addObject().put("text", "Atelier avec les associations")
                .put("theme", "usages").put("dueDate", "2027-06-30");
        ((ObjectNode) plan.get("targets")).remove("piloter");
        ObjectNode wrong = offline.deepCopy();
        ((ObjectNode) wrong.at("/plan/actions/0")).put("dueDate", "31/12/2026");
        admin().contentType(ContentType.JSON).body(wrong.toString()).post("/api/diagnostics/import")
                .then().statusCode(422)
                .body("errors.field", contains("plan.actions[0].dueDate"));
        admin().get(path).then().body("answers.find { it.question == 'referent' }.comment", nullValue());
        admin().get(path + "/plan").then().header("ETag", "\"2\"").body("actions", hasSize(4));

        admin().contentType(ContentType.JSON).body(offline.toString()).post("/api/diagnostics/import")
                .then().statusCode(200)
                .body("answers.find { it.question == 'referent' }.comment", equalTo("hors ligne"));
        admin().get(path + "/plan").then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("actions.id", contains("q:referent", "custom-2", "q:reutilisations", "q:budget", "custom-3"))
                .body("actions[2].owner", equalTo("Service communication"))
                .body("actions[4].text", equalTo("Atelier avec les associations"))
                .body("actions[4].axis", equalTo("valoriser"))
                .body("actions[4].dueDate", equalTo("2027-06-30"))
                .body("axes[0].targetSet", equalTo(false));
        // an exported custom action that the stored plan does not have: refused, as a PUT refuses it
        ObjectNode invented = (ObjectNode) export(id);
        ((ArrayNode) invented.at("/plan/actions")).addObject().put("id", "custom-7").put("text", "inventée");
        admin().contentType(ContentType.JSON).body(invented.toString()).post("/api/diagnostics/import")
                .then().statusCode(422)
                .body("errors.field", contains("plan.actions[5].id"));
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
        assertTrue(offline.get("plan").isNull(), "not curated: the export says so");
        // a plan curated offline (never curated before: no version)
        offline.putObject("plan").put("nextCustomNumber", 1).putObject("targets").put("piloter", "avance");
        ((ObjectNode) offline.get("plan")).putArray("actions").addObject().put("text", "Préparer l'entretien");
        admin().contentType(ContentType.JSON).body(offline.toString()).post("/api/diagnostics/import")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("answers.find { it.question == 'referent' }.value", equalTo("nomme"))
                .body("answers.find { it.question == 'budget' }.value", equalTo(true));
        admin().get(path + "/history").then().body("", hasSize(3));
        admin().get(path + "/plan").then().statusCode(200).header("ETag", "\"1\"")
                .body("actions.id", contains("custom-1"))
                .body("axes[0].target", equalTo("avance"));
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
