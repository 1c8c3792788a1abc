package org.odmaturity.campaign.enrolment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;


import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Enrolling organisations in a campaign through {@code POST /api/campaigns/{id}/enrolments}, on PostgreSQL: the
 * filters, the dry run, idempotence, two identical enrolments at once, the rules of a new diagnostic (closed campaign,
 * facilitator, deadline) and the "this import" filter. Each test picks its organisations by a population range of its
 * own, so that the other tests' organisations never fall in its selection.
 */
@QuarkusTest
class EnrolmentApiTest {

    private static final AtomicInteger RANGE = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** A population range no other organisation of the run has: 7,000,000 + 1,000 × n and the 999 above. */
    private static int range() {
        return 7_000_000 + 1_000 * RANGE.incrementAndGet();
    }

    static long organization(String name, String type, String departement, int population) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "siren", TestData.newSiren(), "type", type, "departement", departement,
                        "region", "Grand Est", "population", population))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long campaign(String name, String status, LocalDate closesOn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "year", 2026, "status", status,
                "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)));
        if (closesOn != null) {
            body.put("closesOn", closesOn.toString());
        }
        return admin().contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Response enrol(long campaign, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).post("/api/campaigns/" + campaign + "/enrolments");
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("mode", "self-assessment");
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static List<Long> diagnosticsOf(long campaign) {
        return admin().get("/api/diagnostics?campaignId=" + campaign).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    @Test
    void theFiltersSelectTheOrganisationsADryRunPreviewsAndARunCreatesTheirDiagnosticsOnce() {
        int base = range();
        long small = organization("Commune d'Enrôlement-les-Bains", "commune", "976", base + 100);
        long big = organization("Commune d'Abord", "commune", "976", base + 900);
        organization("Communauté de communes d'Enrôlement", "epci", "976", base + 100);
        long elsewhere = organization("Commune de Zèbre", "commune", "974", base + 200);
        long campaign = campaign("Enrôlement filtres", "open", null);
        LocalDate deadline = TODAY.plusDays(30);

        Map<String, Object> communes976 = body("types", List.of("commune"), "departements", List.of("976"),
                "populationMin", base, "populationMax", base + 999, "deadline", deadline.toString());
        JsonPath preview = enrol(campaign, with(communes976, "dryRun", true))
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("selected", equalTo(2)).body("created", equalTo(2)).body("alreadyEnrolled", equalTo(0))
                .body("refused", equalTo(0))
                // by name, French order: "Abord" before "Enrôlement"
                .body("organizations.organizationId", contains((int) big, (int) small))
                .body("organizations.outcome", everyItem(equalTo("would-create")))
                .body("organizations.diagnosticId", everyItem(nullValue()))
                .extract().jsonPath();
        assertEquals("976", preview.getString("organizations[0].departement"));
        assertTrue(diagnosticsOf(campaign).isEmpty(), "a dry run writes nothing");

        JsonPath run = enrol(campaign, communes976).then().statusCode(200)
                .body("dryRun", equalTo(false)).body("created", equalTo(2))
                .body("organizations.outcome", everyItem(equalTo("created")))
                .body("deadline", equalTo(deadline.toString())).body("mode", equalTo("self-assessment"))
                .extract().jsonPath();
        List<Long> created = run.getList("organizations.diagnosticId", Long.class);
        assertEquals(Set.copyOf(created), Set.copyOf(diagnosticsOf(campaign)));
        admin().get("/api/diagnostics/" + created.get(0)).then().statusCode(200)
                .body("deadline", equalTo(deadline.toString())).body("mode", equalTo("self-assessment"))
                .body("status", equalTo("draft")).body("organization.id", equalTo((int) big))
                .body("facilitator", nullValue());

        // idempotent: the same call again creates nothing and names the existing diagnostics
        enrol(campaign, communes976).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyEnrolled", equalTo(2))
                .body("organizations.outcome", everyItem(equalTo("already-enrolled")))
                .body("organizations.diagnosticId", contains(created.get(0).intValue(), created.get(1).intValue()));
        // a wider selection adds only the newcomer
        Map<String, Object> wider = new HashMap<>(communes976);
        wider.put("departements", List.of("976", "974"));
        enrol(campaign, wider).then().statusCode(200)
                .body("selected", equalTo(3)).body("created", equalTo(1)).body("alreadyEnrolled", equalTo(2))
                .body("organizations.find { it.outcome == 'created' }.organizationId", equalTo((int) elsewhere));
        assertEquals(3, diagnosticsOf(campaign).size());
    }

    @Test
    void explicitIdsAreEnrolledAndUnknownOnesRefusedWithTheirReason() {
        int base = range();
        long a = organization("Commune d'Aiguille", "commune", "67", base);
        long campaign = campaign("Enrôlement par identifiants", "open", null);
        enrol(campaign, body("organizationIds", List.of(a, 999_999_999L))).then().statusCode(200)
                .body("selected", equalTo(2)).body("created", equalTo(1)).body("refused", equalTo(1))
                .body("organizations.find { it.outcome == 'refused' }.organizationId", equalTo(999_999_999))
                .body("organizations.find { it.outcome == 'refused' }.reason",
                        equalTo("no organisation 999999999"));
    }

    @Test
    void interviewsGetTheirFacilitatorAndTheRulesOfANewDiagnosticHold() {
        int base = range();
        long a = organization("Commune d'Entretien", "commune", "67", base);
        long facilitator = TestData.facilitator(TestData.uniqueEmail("enrolment-facilitator"));
        long campaign = campaign("Enrôlement entretiens", "open", TODAY.plusDays(60));
        Map<String, Object> ids = body("organizationIds", List.of(a));

        // a deadline in the past, after the campaign's closing day; an unknown facilitator
        Map<String, Object> bad = new HashMap<>(ids);
        bad.put("deadline", TODAY.minusDays(1).toString());
        enrol(campaign, bad).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("deadline"))
                .body("errors[0].message", containsString("must not be in the past"));
        bad.put("deadline", TODAY.plusDays(61).toString());
        enrol(campaign, bad).then().statusCode(422).body("errors.field", contains("deadline"))
                .body("errors[0].message", containsString("closing day (" + TODAY.plusDays(60) + ")"));
        Map<String, Object> noone = new HashMap<>(ids);
        noone.put("facilitatorId", 999_999_999L);
        enrol(campaign, noone).then().statusCode(422).body("errors.field", contains("facilitatorId"));
        assertTrue(diagnosticsOf(campaign).isEmpty(), "a refused enrolment creates nothing");

        Map<String, Object> interview = new HashMap<>(ids);
        interview.put("mode", "interview");
        interview.put("facilitatorId", facilitator);
        interview.put("deadline", TODAY.plusDays(60).toString());
        long diagnostic = enrol(campaign, interview).then().statusCode(200).body("created", equalTo(1))
                .extract().jsonPath().getLong("organizations[0].diagnosticId");
        admin().get("/api/diagnostics/" + diagnostic).then().statusCode(200).body("mode", equalTo("interview"))
                .body("facilitator.id", equalTo((int) facilitator));

        // the admin moves the deadline, under the same rule, and removes it
        admin().contentType(ContentType.JSON).body(Map.of("deadline", TODAY.plusDays(10).toString()))
                .put("/api/diagnostics/" + diagnostic + "/deadline").then().statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(10).toString()));
        admin().contentType(ContentType.JSON).body(Map.of("deadline", TODAY.minusDays(3).toString()))
                .put("/api/diagnostics/" + diagnostic + "/deadline").then().statusCode(422)
                .body("errors.field", contains("deadline"));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"deadline\": null}")
                .put("/api/diagnostics/" + diagnostic + "/deadline").then().statusCode(412);
        admin().contentType(ContentType.JSON).body("{\"deadline\": null}")
                .put("/api/diagnostics/" + diagnostic + "/deadline").then().statusCode(200)
                .body("deadline", nullValue());
        admin().get("/api/diagnostics?campaignId=" + campaign).then().statusCode(200)
                .body("[0].deadline", nullValue());
    }

    @Test
    void aClosedCampaignEnrolsNobodyAndAMissingOneIsNotFound() {
        int base = range();
        long a = organization("Commune de Clôture", "commune", "67", base);
        long campaign = campaign("Enrôlement clos", "closed", null);
        enrol(campaign, body("organizationIds", List.of(a))).then().statusCode(422)
                .body("errors.field", contains("campaignId"))
                .body("errors[0].message", equalTo("campaign " + campaign + " is closed"));
        enrol(campaign, body("organizationIds", List.of(a), "dryRun", true)).then().statusCode(422);
        assertTrue(diagnosticsOf(campaign).isEmpty());
        enrol(999_999_999L, body("organizationIds", List.of(a))).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badSelectionsAreProblemsNamingTheField() {
        long campaign = campaign("Enrôlement invalide", "open", null);
        enrol(campaign, body()).then().statusCode(422).body("errors.field", contains("selection"));
        enrol(campaign, body("populationMin", 5000, "populationMax", 10)).then().statusCode(422)
                .body("errors.field", contains("populationMin"));
        enrol(campaign, body("importId", 999_999_999L)).then().statusCode(422)
                .body("errors.field", contains("importId"));
        enrol(campaign, body("departements", List.of("20"))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("departements")));
        enrol(campaign, body("types", List.of("planete"))).then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> noMode = body("populationMin", 1);
        noMode.remove("mode");
        enrol(campaign, noMode).then().statusCode(400).body("errors.field", hasItem(containsString("mode")));
    }

    @Test
    void hostileInputIsAProblemNeverAServerError() {
        long campaign = campaign("Enrôlement hostile", "open", null);
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= EnrolmentService.MAX_ORGANIZATIONS + 1; i++) {
            tooMany.add(i);
        }
        enrol(campaign, body("organizationIds", tooMany)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("organizationIds")));
        enrol(campaign, body("departements", List.of("6\u00007"))).then().statusCode(400)
                .contentType("application/problem+json");
        enrol(campaign, body("departements", List.of("\uD800"))).then().statusCode(400)
                .contentType("application/problem+json");
        enrol(campaign, body("populationMin", -1)).then().statusCode(400)
                .body("errors.field", hasItem(containsString("populationMin")));
        admin().contentType(ContentType.JSON).body("{\"mode\": \"self-assessment\", \"types\": \"commune\"}")
                .post("/api/campaigns/" + campaign + "/enrolments").then().statusCode(400)
                .contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body("[]").post("/api/campaigns/" + campaign + "/enrolments").then()
                .statusCode(400).contentType("application/problem+json");
        admin().get("/api/campaigns/" + campaign + "/progress?q=" + "x".repeat(201)).then().statusCode(400)
                .contentType("application/problem+json");
        admin().queryParam("q", "a\u0000b").get("/api/campaigns/" + campaign + "/progress").then().statusCode(400)
                .contentType("application/problem+json");
        admin().get("/api/campaigns/" + campaign + "/progress.csv?overdue=maybe").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void twoIdenticalEnrolmentsAtOnceCreateEachDiagnosticOnce() throws Exception {
        int base = range();
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            orgs.add(organization("Commune concurrente " + i, "commune", "68", base + i));
        }
        long campaign = campaign("Enrôlement concurrent", "open", null);
        Map<String, Object> body = body("populationMin", base, "populationMax", base + 999);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> enrol(campaign, body));
            }
            int created = 0;
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(200, r.statusCode(), r.asString());
                assertEquals(40, r.jsonPath().getInt("created") + r.jsonPath().getInt("alreadyEnrolled"));
                created += r.jsonPath().getInt("created");
            }
            assertEquals(40, created, "every diagnostic created by exactly one of the calls");
        } finally {
            pool.shutdownNow();
        }
        List<Long> diagnostics = diagnosticsOf(campaign);
        assertEquals(40, diagnostics.size());
        assertEquals(40, new HashSet<>(diagnostics).size());
    }

    /**
     * "This import": the organisations of a directory import's lines that name one (a real import through
     * {@code POST /api/organization-imports}, with a refused line).
     */
    @Test
    void theImportFilterTakesTheOrganisationsOfThatImport() {
        int base = range();
        long a = organization("Commune importée A", "commune", "67", base);
        long b = organization("Commune importée B", "commune", "67", base + 1);
        organization("Commune non importée", "commune", "67", base + 2);
        long importId = directoryImport(List.of(a, b));
        long campaign = campaign("Enrôlement d'un import", "open", null);
        enrol(campaign, body("importId", importId, "dryRun", true)).then().statusCode(200)
                .body("organizations.organizationId", containsInAnyOrder((int) a, (int) b));
        enrol(campaign, body("importId", importId, "types", List.of("epci"))).then().statusCode(200)
                .body("selected", equalTo(0));
    }

    /** An applied directory import of these organisations (unchanged lines) and one refused line; its id. */
    static long directoryImport(List<Long> organizations) {
        StringBuilder csv = new StringBuilder("siren;nom;type\n");
        for (Long organization : organizations) {
            io.restassured.path.json.JsonPath o = admin().get("/api/organizations/" + organization).then()
                    .statusCode(200).extract().jsonPath();
            csv.append(o.getString("siren")).append(';').append(o.getString("name")).append(';')
                    .append(o.getString("type")).append('\n');
        }
        csv.append("123456789;SIREN invalide;commune\n");
        return admin().contentType("text/csv").body(csv.toString()).post("/api/organization-imports?fileName=annuaire.csv")
                .then().statusCode(201).extract().jsonPath().getLong("summary.id");
    }
}
