package org.odmaturity.campaign.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A campaign's progress ({@code GET /api/campaigns/{id}/progress} and {@code progress.csv}) with one organisation at
 * each stage, brought there through the API as in real life: enrolment, an invitation link made, one used, an answer,
 * a submission, a validation. The campaign closed yesterday, so that its drafts are overdue.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    long campaign;
    long facilitator;
    String facilitatorEmail;
    /** Organisation name → its diagnostic. */
    final Map<String, Long> diagnostics = new LinkedHashMap<>();

    static long organization(String name, String type, String departement) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "siren", TestData.newSiren(), "type", type, "departement", departement,
                        "region", "Grand Est", "population", 4321))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(long diagnostic) {
        return admin().get("/api/diagnostics/" + diagnostic).then().statusCode(200).extract().header("ETag");
    }

    static void answer(long diagnostic, String json) {
        admin().contentType(ContentType.JSON).header("If-Match", etag(diagnostic)).body(json)
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
    }

    static void submit(long diagnostic) {
        answer(diagnostic, "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                + " {\"question\": \"publie\", \"value\": false}]}");
        admin().header("If-Match", etag(diagnostic)).post("/api/diagnostics/" + diagnostic + "/submit").then()
                .statusCode(200);
    }

    /** Made once, by the first test that runs (the HTTP port is known only once a test runs). */
    @BeforeEach
    void world() {
        if (campaign != 0) {
            return;
        }
        Map<String, Object> body = new HashMap<>(Map.of("name", "Suivi de campagne", "year", 2026, "status", "open",
                "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1),
                "opensOn", TODAY.minusDays(60).toString(), "closesOn", TODAY.minusDays(1).toString()));
        campaign = admin().contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Long> orgs = new LinkedHashMap<>();
        orgs.put("Commune Alpha", organization("Commune Alpha", "commune", "67"));
        orgs.put("Commune Bêta", organization("Commune Bêta", "commune", "67"));
        orgs.put("Commune Gamma", organization("Commune Gamma", "commune", "68"));
        orgs.put("Syndicat Delta", organization("Syndicat Delta", "syndicat", "68"));
        orgs.put("Commune Epsilon", organization("Commune Epsilon", "commune", "57"));
        orgs.put("Commune Zêta", organization("Commune Zêta", "commune", "57"));
        orgs.put("=1+1 Commune Êta", organization("=1+1 Commune Êta", "commune", "54"));
        JsonPath report = admin().contentType(ContentType.JSON)
                .body(Map.of("organizationIds", List.copyOf(orgs.values()), "mode", "self-assessment"))
                .post("/api/campaigns/" + campaign + "/enrolments").then().statusCode(200)
                .body("created", equalTo(orgs.size())).extract().jsonPath();
        orgs.forEach((name, id) -> diagnostics.put(name, report.getLong(
                "organizations.find { it.organizationId == " + id + " }.diagnosticId")));

        // Alpha: enrolled only. Bêta: invited. Gamma: its link used. Delta: started (by its facilitator).
        // Epsilon: submitted. Zêta: validated. Êta: a revoked link only (so: enrolled)
        TestData.invitation(diagnostics.get("Commune Bêta"));
        String gamma = TestData.invitation(diagnostics.get("Commune Gamma"));
        TestData.bearer(gamma).get("/api/diagnostics/" + diagnostics.get("Commune Gamma")).then().statusCode(200);
        facilitatorEmail = TestData.uniqueEmail("progress-facilitator");
        facilitator = TestData.facilitator(facilitatorEmail);
        admin().contentType(ContentType.JSON).body(Map.of("facilitatorId", facilitator))
                .put("/api/diagnostics/" + diagnostics.get("Syndicat Delta") + "/facilitator").then().statusCode(200);
        answer(diagnostics.get("Syndicat Delta"), "{\"answers\": [{\"question\": \"referent\", \"value\": "
                + "\"nomme\"}]}");
        submit(diagnostics.get("Commune Epsilon"));
        submit(diagnostics.get("Commune Zêta"));
        admin().header("If-Match", etag(diagnostics.get("Commune Zêta")))
                .post("/api/diagnostics/" + diagnostics.get("Commune Zêta") + "/validate").then().statusCode(200);
        TestData.invitation(diagnostics.get("=1+1 Commune Êta"));
        long link = admin().get("/api/diagnostics/" + diagnostics.get("=1+1 Commune Êta") + "/invitations").then()
                .statusCode(200).extract().jsonPath().getLong("[0].id");
        admin().delete("/api/invitations/" + link).then().statusCode(204);
    }

    private JsonPath progress(String query) {
        return admin().get("/api/campaigns/" + campaign + "/progress" + query).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void eachOrganisationShowsTheFurthestStageItReached() {
        JsonPath p = progress("");
        assertEquals(List.of("=1+1 Commune Êta", "Commune Alpha", "Commune Bêta", "Commune Epsilon", "Commune Gamma",
                "Commune Zêta", "Syndicat Delta"), p.getList("rows.organization"));
        Map<String, String> stages = new LinkedHashMap<>();
        p.getList("rows", Map.class).forEach(r -> stages.put((String) r.get("organization"), (String) r.get("stage")));
        assertEquals(Map.of("Commune Alpha", "enrolled", "Commune Bêta", "invited", "Commune Gamma", "link-used",
                "Syndicat Delta", "started", "Commune Epsilon", "submitted", "Commune Zêta", "validated",
                "=1+1 Commune Êta", "enrolled"), stages);

        String beta = "rows.find { it.organization == 'Commune Bêta' }";
        assertTrue(p.getString(beta + ".invitedAt") != null);
        assertEquals(null, p.getString(beta + ".linkUsedAt"));
        String gamma = "rows.find { it.organization == 'Commune Gamma' }";
        Instant used = Instant.parse(p.getString(gamma + ".linkUsedAt"));
        assertTrue(!used.isAfter(Instant.now()) && used.isAfter(Instant.now().minusSeconds(600)), used.toString());
        assertEquals(null, p.getString("rows.find { it.organization == '=1+1 Commune Êta' }.invitedAt"),
                "a revoked link is no invitation");
        String delta = "rows.find { it.organization == 'Syndicat Delta' }";
        assertTrue(p.getString(delta + ".startedAt") != null);
        assertEquals(facilitatorEmail, "" + p.getString(delta + ".facilitator").replace("Animatrice ", ""));
        String zeta = "rows.find { it.organization == 'Commune Zêta' }";
        assertTrue(p.getString(zeta + ".submittedAt") != null && p.getString(zeta + ".validatedAt") != null);
        assertEquals(null, p.getString("rows.find { it.organization == 'Commune Epsilon' }.validatedAt"));

        // overdue: the campaign closed yesterday and none has its own deadline; only drafts are overdue
        assertEquals(List.of(true, true, true, false, true, false, true), p.getList("rows.overdue"));
        assertEquals(5, p.getInt("summary.overdue"));
        assertEquals(7, p.getInt("summary.organizations"));
        assertEquals(2, p.getInt("summary.invited")); // Bêta and Gamma (Êta's link is revoked)
        assertEquals(1, p.getInt("summary.linkUsed"));
        assertEquals(3, p.getInt("summary.started")); // Delta, Epsilon, Zêta answered
        assertEquals(2, p.getInt("summary.submitted"));
        assertEquals(1, p.getInt("summary.validated"));
        assertEquals(2, p.getInt("summary.stages.enrolled"));
        assertEquals(1, p.getInt("summary.stages.validated"));
    }

    @Test
    void answeredOverRelevantIsWhatTheDiagnosticItselfSays() {
        JsonPath p = progress("");
        for (Map.Entry<String, Long> e : diagnostics.entrySet()) {
            JsonPath d = admin().get("/api/diagnostics/" + e.getValue()).then().statusCode(200).extract().jsonPath();
            String row = "rows.find { it.diagnosticId == " + e.getValue() + " }";
            assertEquals(d.getInt("score.completeness.answered"), p.getInt(row + ".answered"), e.getKey());
            assertEquals(d.getInt("score.completeness.relevant"), p.getInt(row + ".relevant"), e.getKey());
            int relevant = p.getInt(row + ".relevant");
            assertEquals(relevant == 0 ? null : 100 * p.getInt(row + ".answered") / relevant,
                    (Integer) p.get(row + ".percent"), e.getKey());
        }
        assertTrue(p.getInt("rows.find { it.organization == 'Syndicat Delta' }.answered") > 0);
        assertEquals(0, p.getInt("rows.find { it.organization == 'Commune Alpha' }.answered"));
    }

    @Test
    void theFiltersNarrowTheRowsAndTheSummary() {
        assertEquals(List.of("Commune Epsilon"), progress("?stage=submitted").getList("rows.organization"));
        assertEquals(List.of("Syndicat Delta"), progress("?type=syndicat").getList("rows.organization"));
        assertEquals(List.of("Commune Gamma", "Syndicat Delta"), progress("?departement=68")
                .getList("rows.organization"));
        assertEquals(List.of("Commune Bêta"), progress("?q=BETA").getList("rows.organization"));
        String betaSiren = admin().get("/api/diagnostics/" + diagnostics.get("Commune Bêta")).then().extract()
                .jsonPath().getString("organization.siren");
        assertEquals(List.of("Commune Bêta"), progress("?q=" + betaSiren).getList("rows.organization"));
        assertEquals(List.of("Commune Alpha", "Commune Bêta"), progress("?overdue=true&departement=67")
                .getList("rows.organization"));
        JsonPath late = progress("?overdue=true&departement=57");
        assertTrue(late.getList("rows").isEmpty(), "57's two are submitted and validated: neither is overdue");
        assertEquals(0, late.getInt("summary.organizations"));
        assertEquals(1, progress("?stage=enrolled&q=alpha").getInt("summary.organizations"));

        admin().get("/api/campaigns/" + campaign + "/progress?stage=lost").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("stage")));
        admin().get("/api/campaigns/" + campaign + "/progress?departement=20").then().statusCode(400);
        admin().get("/api/campaigns/999999999/progress").then().statusCode(404);
    }

    @Test
    void aFacilitatorSeesOnlyTheDiagnosticsAssignedToThem() {
        TestData.as(facilitatorEmail, TestData.password(facilitatorEmail))
                .get("/api/campaigns/" + campaign + "/progress").then().statusCode(200)
                .body("rows.organization", contains("Syndicat Delta")).body("summary.organizations", equalTo(1));
        TestData.asFacilitator(TestData.uniqueEmail("progress-other"))
                .get("/api/campaigns/" + campaign + "/progress").then().statusCode(200)
                .body("rows", org.hamcrest.Matchers.empty());
    }

    @Test
    void theCsvHasOneRowPerOrganisationAndNeutralisesFormulas() {
        String csv = admin().get("/api/campaigns/" + campaign + "/progress.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"suivi-campagne-" + campaign
                        + ".csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(8, lines.length, csv);
        assertTrue(lines[0].startsWith("organisation,siren,type,departement,mode,statut,etape,date_limite,en_retard"),
                lines[0]);
        assertTrue(lines[1].startsWith("'=1+1 Commune Êta,"), "a formula is neutralised: " + lines[1]);
        String zeta = List.of(lines).stream().filter(l -> l.startsWith("Commune Zêta,")).findFirst().orElseThrow();
        assertTrue(zeta.contains(",Commune,57,Auto-évaluation,Validé,Validé,,non,"), zeta);

        String english = admin().get("/api/campaigns/" + campaign + "/progress.csv?lang=en&excel=true&stage=validated")
                .then().statusCode(200).header("Content-Disposition", containsString("campaign-progress-"))
                .extract().asString();
        assertTrue(english.startsWith("\uFEFForganisation;siren;type;departement;mode;status;stage;deadline;overdue"),
                english);
        assertEquals(2, english.split("\r\n").length, english);
        admin().get("/api/campaigns/" + campaign + "/progress.csv?lang=de").then().statusCode(400);
    }

    @Test
    void rowsCarryTheirDeadline() {
        long org = organization("Commune Thêta", "commune", "88");
        Map<String, Object> body = new HashMap<>(Map.of("name", "Suivi avec échéance", "year", 2026, "status", "open",
                "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)));
        long open = admin().contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().contentType(ContentType.JSON).body(Map.of("organizationIds", List.of(org), "mode", "interview",
                "deadline", TODAY.plusDays(5).toString())).post("/api/campaigns/" + open + "/enrolments").then()
                .statusCode(200);
        admin().get("/api/campaigns/" + open + "/progress").then().statusCode(200)
                .body("rows[0].deadline", equalTo(TODAY.plusDays(5).toString()))
                .body("rows[0].overdue", equalTo(false)).body("rows[0].mode", equalTo("interview"))
                .body("rows[0].facilitator", nullValue()).body("rows[0].percent", notNullValue());
    }
}
