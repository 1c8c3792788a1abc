package org.odmaturity.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.asFacilitator;
import static org.odmaturity.testsupport.TestData.siren;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class OrganizationResourceTest {

    private static final String FACILITATOR = "facilitator.org@od-maturity.test";
    /** Bases of generated SIRENs; each test class uses its own range. */
    private static final AtomicLong SIRENS = new AtomicLong(41_000_000);

    private static Map<String, Object> organization(String name, String siren) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("siren", siren);
        body.put("type", "commune");
        body.put("departement", "54");
        body.put("region", "Grand Est");
        body.put("population", 104_000);
        body.put("contactName", "Camille Martin");
        body.put("contactEmail", "opendata@nancy.example");
        body.put("contactPhone", "+33 3 83 85 30 00");
        return body;
    }

    private static String nextSiren() {
        return siren(SIRENS.incrementAndGet());
    }

    private static ExtractableResponse<Response> create(Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/organizations")
                .then().statusCode(201).extract();
    }

    @Test
    void createsReadsAndUpdatesWithOptimisticLocking() {
        String siren = nextSiren();
        ExtractableResponse<Response> created = admin().contentType(ContentType.JSON)
                .body(organization("Ville de Nancy", siren))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("name", equalTo("Ville de Nancy"))
                .body("siren", equalTo(siren))
                .body("type", equalTo("commune"))
                .body("departement", equalTo("54"))
                .body("region", equalTo("Grand Est"))
                .body("population", equalTo(104_000))
                .body("contactName", equalTo("Camille Martin"))
                .body("contactEmail", equalTo("opendata@nancy.example"))
                .body("contactPhone", equalTo("+33 3 83 85 30 00"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/organizations/" + id), location);
        String createdAt = created.jsonPath().getString("createdAt");
        assertEquals(createdAt, created.jsonPath().getString("updatedAt"));

        admin().when().get("/api/organizations/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("Ville de Nancy")).body("createdAt", equalTo(createdAt));
        admin().header("If-None-Match", "\"0\"").when().get("/api/organizations/" + id).then().statusCode(304);

        Map<String, Object> changed = organization("Métropole du Grand Nancy", siren);
        changed.put("type", "epci");
        changed.put("population", 256_000);
        changed.remove("contactPhone");
        ExtractableResponse<Response> updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(changed)
                .when().put("/api/organizations/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Métropole du Grand Nancy"))
                .body("type", equalTo("epci"))
                .body("population", equalTo(256_000))
                .body("contactPhone", nullValue())
                .body("createdAt", equalTo(createdAt))
                .body("version", equalTo(1))
                .extract();
        assertNotEquals(createdAt, updated.jsonPath().getString("updatedAt"));

        // the same ETag again: someone (we) changed it meanwhile
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(organization("Perdu", siren))
                .when().put("/api/organizations/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("type", equalTo("urn:od-maturity:problem:precondition-failed"))
                .body("detail", containsString("organisation " + id));
        admin().contentType(ContentType.JSON).body(organization("Perdu", siren))
                .when().put("/api/organizations/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:precondition-required"))
                .body("detail", containsString("If-Match"));
        admin().contentType(ContentType.JSON).header("If-Match", "*").body(organization("Perdu", siren))
                .when().put("/api/organizations/" + id)
                .then().statusCode(428);
        admin().contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(organization("Perdu", siren))
                .when().put("/api/organizations/" + id)
                .then().statusCode(412);
        admin().when().get("/api/organizations/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Métropole du Grand Nancy"));

        // a PUT that changes nothing keeps the version
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .when().put("/api/organizations/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("updatedAt", equalTo(updated.jsonPath().getString("updatedAt")));
    }

    @Test
    void unknownOrganizationsAreNotFound() {
        admin().when().get("/api/organizations/999999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:not-found"))
                .body("detail", equalTo("No organisation 999999999."));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(organization("Nulle part", nextSiren()))
                .when().put("/api/organizations/999999999")
                .then().statusCode(404);
        // unknown beats missing If-Match
        admin().contentType(ContentType.JSON).body(organization("Nulle part", nextSiren()))
                .when().put("/api/organizations/999999999")
                .then().statusCode(404);
    }

    @Test
    void sirenMustHaveNineDigitsAndAValidLuhnCheckDigit() {
        // known SIRENs (Toulouse: 213100548; 732829320), checked by hand with the Luhn algorithm
        assertTrue(Siren.Validator.luhnValid("213100548"));
        assertTrue(Siren.Validator.luhnValid("732829320"));
        assertFalse(Siren.Validator.luhnValid("213100549"));
        assertFalse(Siren.Validator.luhnValid("732829329"));

        create(organization("Mairie de Toulouse (test)", "213100548"));
        create(organization("Entreprise exemple", "732829320"));
        for (String bad : List.of("213100549", "21310054", "2131005480", "21310054A", "213 100 548", "")) {
            admin().contentType(ContentType.JSON).body(organization("Mauvais SIREN", bad))
                    .when().post("/api/organizations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:od-maturity:problem:invalid-request"))
                    .body("errors.field", contains("siren"))
                    .body("errors[0].message", bad.equals("213100549")
                            ? containsString("check digit (Luhn)") : containsString("exactly 9 digits"));
        }
    }

    @Test
    void aDuplicateSirenIsAConflictNamingTheField() {
        String siren = nextSiren();
        long first = create(organization("Commune A", siren)).jsonPath().getLong("id");
        admin().contentType(ContentType.JSON).body(organization("Commune B", siren))
                .when().post("/api/organizations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:conflict"))
                .body("status", equalTo(409))
                .body("errors[0].field", equalTo("siren"))
                .body("errors[0].message", containsString(siren))
                .body("errors[0].message", containsString("id " + first));

        long second = create(organization("Commune B", nextSiren())).jsonPath().getLong("id");
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(organization("Commune B", siren))
                .when().put("/api/organizations/" + second)
                .then().statusCode(409).body("errors[0].field", equalTo("siren"));
        // keeping one's own SIREN is fine
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(organization("Commune A bis", siren))
                .when().put("/api/organizations/" + first)
                .then().statusCode(200);
    }

    @Test
    void concurrentCreationsWithOneSirenGiveOneOrganizationAndConflicts() throws Exception {
        String siren = nextSiren();
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Map<String, Object> body = organization("Concurrente " + i, siren);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return admin().contentType(ContentType.JSON).body(body)
                            .when().post("/api/organizations").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(s -> s == 201).count(), results.toString());
            assertEquals(requests - 1, results.stream().filter(s -> s == 409).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        admin().queryParam("q", siren).when().get("/api/organizations").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void invalidFieldsAreListedByTheirJsonNames() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("siren", "123");
        body.put("departement", "20");
        body.put("region", "x".repeat(101));
        body.put("population", -1);
        body.put("contactName", "y".repeat(201));
        body.put("contactEmail", "not an email");
        body.put("contactPhone", "call me");
        admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:invalid-request"))
                .body("detail", equalTo("9 field(s) are invalid"))
                .body("errors.field", contains("contactEmail", "contactName", "contactPhone", "departement", "name",
                        "population", "region", "siren", "type"))
                .body("errors.find { it.field == 'type' }.message",
                        equalTo("must be one of: " + OrganizationType.apiNames()))
                .body("errors.find { it.field == 'departement' }.message", containsString("2A or 2B"));

        for (String code : List.of("01", "19", "21", "2A", "2B", "95", "971", "976")) {
            Map<String, Object> ok = organization("Département " + code, nextSiren());
            ok.put("departement", code);
            create(ok);
        }
        for (String code : List.of("00", "20", "96", "970", "977", "2C", "2a", "1", "054")) {
            Map<String, Object> bad = organization("Département " + code, nextSiren());
            bad.put("departement", code);
            admin().contentType(ContentType.JSON).body(bad).when().post("/api/organizations")
                    .then().statusCode(400).body("errors.field", contains("departement"));
        }

        Map<String, Object> unknownType = organization("Type inconnu", nextSiren());
        unknownType.put("type", "mairie");
        admin().contentType(ContentType.JSON).body(unknownType).when().post("/api/organizations")
                .then().statusCode(400).body("type", equalTo("urn:od-maturity:problem:invalid-json"))
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("etablissement-public"));
        Map<String, Object> unknownField = organization("Champ inconnu", nextSiren());
        unknownField.put("mayor", "someone");
        admin().contentType(ContentType.JSON).body(unknownField).when().post("/api/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("mayor"));
        admin().contentType(ContentType.JSON).when().post("/api/organizations")
                .then().statusCode(400).body("errors.field", contains("body"));
    }

    @Test
    void typesUseTheirApiNames() {
        Map<String, Object> body = organization("Agence régionale", nextSiren());
        body.put("type", "etablissement-public");
        long id = create(body).jsonPath().getLong("id");
        admin().when().get("/api/organizations/" + id).then().statusCode(200)
                .body("type", equalTo("etablissement-public"));
        assertEquals("Établissement public", OrganizationType.ETABLISSEMENT_PUBLIC.label("fr"));
        assertEquals("Public body", OrganizationType.ETABLISSEMENT_PUBLIC.label("en"));
        for (OrganizationType type : OrganizationType.values()) {
            assertTrue(type.apiName().matches("[a-z]+(-[a-z]+)*"), type.apiName());
            assertEquals(type, OrganizationType.fromApiName(type.apiName()).orElseThrow());
        }
    }

    @Test
    void searchesByNameIgnoringCaseAndAccentsOrBySirenPrefixWithFiltersAndPages() {
        // names carry a marker so that other tests' organisations do not interfere
        String[][] rows = {
            {"Qwz Saint-Étienne-du-Rouvray", "commune", "76"},
            {"QWZ Communauté d'agglomération d'Épinal", "epci", "88"},
            {"qwz Syndicat des eaux de l'Œuvre", "syndicat", "88"},
            {"Qwz Ville d’Épinal", "commune", "88"},
            {"Qwz Région test", "region", null},
        };
        // seven digits: a shorter prefix also matches names of other tests' organisations ("Commune de volume 5550")
        String sirenPrefix = "5550000";
        long base = 55_500_000;
        for (String[] row : rows) {
            Map<String, Object> body = organization(row[0], siren(base++));
            body.put("type", row[1]);
            body.put("departement", row[2]);
            create(body);
        }

        admin().queryParam("q", "qwz").when().get("/api/organizations")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.name", contains("QWZ Communauté d'agglomération d'Épinal", "Qwz Région test",
                        "Qwz Saint-Étienne-du-Rouvray", "qwz Syndicat des eaux de l'Œuvre", "Qwz Ville d’Épinal"));
        // accents, case, hyphens and apostrophes are ignored, in the name and in the query
        admin().queryParam("q", "SAINT ETIENNE").when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("Qwz Saint-Étienne-du-Rouvray"));
        admin().queryParam("q", "d'epinal").when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("QWZ Communauté d'agglomération d'Épinal",
                        "Qwz Ville d’Épinal"));
        admin().queryParam("q", "oeuvre").when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("qwz Syndicat des eaux de l'Œuvre"));
        admin().queryParam("q", "100%").when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        // SIREN prefix
        admin().queryParam("q", sirenPrefix).when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(5));
        admin().queryParam("q", siren(55_500_001)).when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("QWZ Communauté d'agglomération d'Épinal"));
        // filters
        admin().queryParam("q", "qwz").queryParam("type", "commune").when().get("/api/organizations")
                .then().statusCode(200)
                .body("items.name", contains("Qwz Saint-Étienne-du-Rouvray", "Qwz Ville d’Épinal"));
        admin().queryParam("q", "qwz").queryParam("departement", "88").queryParam("type", "commune")
                .when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("Qwz Ville d’Épinal"));
        // pages
        admin().queryParam("q", "qwz").queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/organizations")
                .then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.name", contains("Qwz Saint-Étienne-du-Rouvray", "qwz Syndicat des eaux de l'Œuvre"));
        admin().queryParam("q", "qwz").queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/organizations")
                .then().statusCode(200).body("items.name", contains("Qwz Ville d’Épinal"));
        admin().queryParam("q", "qwz").queryParam("page", 7).when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(5)).body("items", empty());
        // without criteria: every organisation, in pages of at most 100 (other test classes add
        // organisations to the shared database, so walk the pages rather than expect the first)
        int total = admin().queryParam("size", 100).when().get("/api/organizations")
                .then().statusCode(200).body("items.size()", lessThanOrEqualTo(100))
                .extract().path("total");
        List<String> everyName = new ArrayList<>();
        for (int page = 0; page * 100 < total; page++) {
            everyName.addAll(admin().queryParam("size", 100).queryParam("page", page).when()
                    .get("/api/organizations").then().statusCode(200).extract().<List<String>>path("items.name"));
        }
        assertEquals(total, everyName.size());
        assertTrue(everyName.contains("Qwz Région test"));
    }

    @Test
    void invalidSearchParametersAreNamed() {
        admin().queryParam("size", 101).when().get("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("size"));
        admin().queryParam("size", 0).queryParam("page", -1).when().get("/api/organizations")
                .then().statusCode(400).body("errors.field", contains("page", "size"));
        admin().queryParam("type", "mairie").when().get("/api/organizations")
                .then().statusCode(400).body("errors.field", contains("type"))
                .body("errors[0].message", equalTo("must be one of: " + OrganizationType.apiNames()));
        admin().queryParam("departement", "20").when().get("/api/organizations")
                .then().statusCode(400).body("errors.field", contains("departement"));
        admin().queryParam("page", "abc").queryParam("size", "1e3").when().get("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("page", "size"))
                .body("errors.message", contains("must be a whole number from 0",
                        "must be a whole number from 1 to 100"));
    }

    @Test
    void anonymousCallersAreUnauthorizedAndFacilitatorsReadOnly() {
        long id = create(organization("Commune accès", nextSiren())).jsonPath().getLong("id");
        Map<String, Object> body = organization("Commune accès", nextSiren());

        given().contentType(ContentType.JSON).body(body).when().post("/api/organizations")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().when().get("/api/organizations").then().statusCode(401);
        given().when().get("/api/organizations/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/organizations/" + id).then().statusCode(401);
        given().auth().preemptive().basic(TestData.ADMIN_EMAIL, "wrong password")
                .when().get("/api/organizations").then().statusCode(401);

        asFacilitator(FACILITATOR).when().get("/api/organizations").then().statusCode(200);
        asFacilitator(FACILITATOR).when().get("/api/organizations/" + id).then().statusCode(200)
                .header("ETag", "\"0\"");
        asFacilitator(FACILITATOR).contentType(ContentType.JSON).body(body).when().post("/api/organizations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:od-maturity:problem:forbidden"));
        asFacilitator(FACILITATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/organizations/" + id).then().statusCode(403);
        admin().when().get("/api/organizations/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("siren", not(equalTo(body.get("siren"))));
    }

    @Test
    void locationPointsToTheCreatedOrganization() {
        String location = create(organization("Commune lieu", nextSiren())).header("Location");
        admin().when().get(location).then().statusCode(200).body("name", equalTo("Commune lieu"));
        assertTrue(location.startsWith("http"), location);
        assertTrue(location.matches(".*/api/organizations/\\d+"), location);
        given().when().get(location).then().statusCode(401).body("instance", endsWith(location.replaceAll(
                "^https?://[^/]+", "")));
    }
}
