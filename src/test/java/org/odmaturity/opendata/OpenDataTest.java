package org.odmaturity.opendata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Open data, end to end through the API and the pages: a closed campaign of six alike communes and a lone EPCI,
 * validated through the API (with a comment that must never leak), published by an admin; every file fetched without
 * any account and every CSV validated against its Table Schema; nothing of the EPCI, no name, SIREN or comment in any
 * file; the admin-only endpoints and page; files frozen until republished; withdrawal.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Built once through the API. */
    static final class World {
        final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        final String campaignName = "Données ouvertes <b>test</b> & co " + suffix;
        final String canary = "CANARI-COMMENTAIRE-" + suffix;
        final String facilitatorEmail = TestData.uniqueEmail("opd-f");
        long campaign;
        String slug;
        final List<String> names = new ArrayList<>();
        final List<String> sirens = new ArrayList<>();
        final List<Long> communeDiagnostics = new ArrayList<>();
        final List<Double> communeScores = new ArrayList<>();
        long epciDiagnostic;
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            World w = new World();
            w.campaign = TestData.campaign(w.campaignName);
            String[] referents = { "personne", "informel", "nomme", "nomme", "personne", "informel" };
            for (int i = 0; i < 6; i++) {
                String name = "Commune ouverte " + i + " " + w.suffix;
                long organization = TestData.organization(name);
                w.names.add(name);
                w.sirens.add(admin().get("/api/organizations/" + organization).then().statusCode(200).extract()
                        .path("siren"));
                long d = TestData.diagnostic(organization, w.campaign, "self-assessment", null);
                // two communes find the quality theme not applicable: only four are scored on it
                validated(d, referents[i], i % 2 == 0, i < 2, w.canary);
                w.communeDiagnostics.add(d);
                w.communeScores.add(admin().get(path(d)).then().statusCode(200).extract().jsonPath()
                        .getDouble("score.overall.score"));
            }
            String epciName = "Communauté ouverte isolée " + w.suffix;
            String epciSiren = TestData.newSiren();
            long epci = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", epciName, "siren", epciSiren, "type", "epci", "departement", "67",
                            "population", 40_000))
                    .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
            w.names.add(epciName);
            w.sirens.add(epciSiren);
            w.epciDiagnostic = TestData.diagnostic(epci, w.campaign, "self-assessment", null);
            validated(w.epciDiagnostic, "nomme", true, false, w.canary);
            setStatus(w.campaign, w.campaignName, "closed");
            w.slug = admin().post(openData(w.campaign)).then().statusCode(200).extract().path("publication.slug");
            world = w;
        }
        return world;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String path(long diagnostic) {
        return "/api/diagnostics/" + diagnostic;
    }

    private static String openData(long campaign) {
        return "/api/campaigns/" + campaign + "/open-data";
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void validated(long diagnostic, String referent, boolean published, boolean schemasNotApplicable,
            String comment) {
        Map<String, Object> schemas = schemasNotApplicable ? Map.of("question", "schemas", "notApplicable", true)
                : Map.of("question", "schemas", "value", 2);
        admin().contentType(ContentType.JSON).header("If-Match", etag(path(diagnostic)))
                .body(Map.of("answers", List.of(Map.of("question", "referent", "value", referent),
                        Map.of("question", "publie", "value", published),
                        Map.of("question", "budget", "value", true, "comment", comment, "note", comment),
                        schemas)))
                .patch(path(diagnostic) + "/answers").then().statusCode(200);
        admin().header("If-Match", etag(path(diagnostic))).post(path(diagnostic) + "/submit").then().statusCode(200);
        admin().header("If-Match", etag(path(diagnostic))).post(path(diagnostic) + "/validate").then()
                .statusCode(200);
    }

    private static void setStatus(long campaign, String name, String status) {
        admin().contentType(ContentType.JSON).header("If-Match", etag("/api/campaigns/" + campaign))
                .body(Map.of("name", name, "year", 2026, "status", status,
                        "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
    }

    /** A public file fetched without credentials, as bytes (checked as UTF-8 by the validator). */
    private static byte[] fetch(String slug, String file) {
        return RestAssured.given().get("/donnees-ouvertes/" + slug + "/" + file).then().statusCode(200).extract()
                .asByteArray();
    }

    private static JsonNode descriptor(String slug) {
        try {
            return JSON.readTree(fetch(slug, "datapackage.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a published package, by path, datapackage.json included. */
    private static Map<String, byte[]> files(String slug) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("datapackage.json", fetch(slug, "datapackage.json"));
        for (JsonNode resource : descriptor(slug).path("resources")) {
            files.put(resource.path("path").asText(), fetch(slug, resource.path("path").asText()));
        }
        return files;
    }

    private static List<Map<String, String>> table(byte[] csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String column, String value,
            String column2, String value2) {
        return rows.stream().filter(r -> value.equals(r.get(column)) && value2.equals(r.get(column2))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + column + "=" + value + ", " + column2 + "="
                        + value2 + " in " + rows));
    }

    private static double rounded(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    // ------------------------------------------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void everyPublishedCsvIsValidAgainstItsTableSchema() {
        World w = world();
        assertTrue(w.slug.matches(OpenDataService.SLUG_PATTERN) && w.slug.endsWith("-2026"), w.slug);
        Map<String, byte[]> files = files(w.slug);
        JsonNode descriptor = descriptor(w.slug);
        List<String> names = new ArrayList<>();
        descriptor.path("resources").forEach(r -> names.add(r.path("name").asText()));
        assertEquals(DataPackageBuilder.RESOURCES, names);
        assertEquals(List.of(), TableSchemaValidator.validate(descriptor, files));
        assertEquals(w.slug, descriptor.path("name").asText());
        assertEquals("1.0.0", descriptor.path("version").asText());
        assertEquals("etalab-2.0", descriptor.path("licenses").path(0).path("name").asText());
        assertEquals("DataGrandEst", descriptor.path("contributors").path(0).path("title").asText());
        assertTrue(descriptor.path("title").asText().contains(w.campaignName));
        for (JsonNode resource : descriptor.path("resources")) {
            for (JsonNode field : resource.path("schema").path("fields")) {
                assertFalse(field.path("description").asText().isBlank(), field.toString());
            }
        }
    }

    @Test
    @Order(2)
    void theFiguresAreThoseOfTheSixCommunesAndNothingOfTheLoneEpci() {
        World w = world();
        Map<String, byte[]> files = files(w.slug);
        List<Map<String, String>> participation = table(files.get("participation.csv"));
        assertEquals("6", row(participation, "dimension", "ensemble", "code", "invites").get("nombre_diagnostics"));
        assertEquals("6", row(participation, "dimension", "ensemble", "code", "valides").get("nombre_diagnostics"));
        assertEquals("6", row(participation, "dimension", "type_organisme", "code", "commune")
                .get("nombre_diagnostics"));
        assertEquals("6", row(participation, "dimension", "departement", "code", "67").get("nombre_diagnostics"));
        assertTrue(participation.stream().noneMatch(r -> r.containsValue("epci") || r.containsValue("autres")),
                "the EPCI's type and band do not appear: " + participation);

        List<Map<String, String>> distributions = table(files.get("distributions.csv"));
        Map<String, String> overall = row(distributions, "type_noeud", "ensemble", "noeud", "overall");
        assertEquals("6", overall.get("nombre_diagnostics"));
        assertEquals(rounded(w.communeScores), Double.parseDouble(overall.get("moyenne")), 1e-9);
        // the quality theme (and its axis), scored for four communes only, shows no figure: empty cells, as the
        // description says, and no level counts
        for (String[] node : new String[][] { { "theme", "qualite" }, { "axe", "produire" } }) {
            Map<String, String> hidden = row(distributions, "type_noeud", node[0], "noeud", node[1]);
            for (String column : List.of("nombre_diagnostics", "moyenne", "minimum", "premier_quartile", "mediane",
                    "troisieme_quartile", "maximum")) {
                assertEquals("", hidden.get(column), node[1] + "." + column);
            }
        }
        assertEquals("6", row(distributions, "type_noeud", "theme", "noeud", "gouvernance")
                .get("nombre_diagnostics"));

        List<Map<String, String>> levels = table(files.get("niveaux.csv"));
        assertTrue(levels.stream().noneMatch(r -> List.of("qualite", "produire").contains(r.get("noeud"))),
                levels.toString());
        assertEquals(6, levels.stream().filter(r -> "overall".equals(r.get("noeud")))
                .mapToInt(r -> Integer.parseInt(r.get("nombre_diagnostics"))).sum());
        Map<String, String> departement = table(files.get("departements.csv")).get(0);
        assertEquals(List.of("67", "Bas-Rhin", "6", "6"), List.of(departement.get("departement"),
                departement.get("nom"), departement.get("nombre_diagnostics"),
                departement.get("nombre_diagnostics_valides")));
        assertEquals(rounded(w.communeScores), Double.parseDouble(departement.get("score_moyen")), 1e-9);

        List<Map<String, String>> needs = table(files.get("besoins.csv"));
        assertFalse(needs.isEmpty(), "six communes with room to improve have support needs");
        for (Map<String, String> need : needs) {
            int organizations = Integer.parseInt(need.get("nombre_organisations"));
            assertTrue(organizations >= 1 && organizations <= 6, need.toString());
        }
    }

    @Test
    @Order(3)
    void noNameSirenCommentOrAccountLeaksIntoAnyFile() {
        World w = world();
        Map<String, byte[]> files = files(w.slug);
        assertEquals(6, files.size());
        List<String> secrets = new ArrayList<>(w.names);
        secrets.addAll(w.sirens);
        secrets.add(w.canary);
        secrets.add(TestData.ADMIN_EMAIL);
        secrets.add("Communauté ouverte");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), file.getKey() + " contains " + secret);
            }
        }
        // the public list says no more
        String list = RestAssured.given().get("/api/open-data").then().statusCode(200).extract().asString();
        for (String secret : secrets) {
            assertFalse(list.contains(secret), "/api/open-data contains " + secret);
        }
    }

    @Test
    @Order(4)
    void filesAreServedAsPublishedWithValidators() {
        World w = world();
        Response csv = RestAssured.given().get("/donnees-ouvertes/" + w.slug + "/distributions.csv");
        csv.then().statusCode(200).contentType(containsString("text/csv")).contentType(containsString("UTF-8"))
                .header("Access-Control-Allow-Origin", "*").header("Cache-Control", containsString("public"));
        String tag = csv.header("ETag");
        assertEquals("\"" + TableSchemaValidator.sha256(csv.asByteArray()) + "\"", tag);
        assertNotNull(csv.header("Last-Modified"));
        RestAssured.given().header("If-None-Match", tag).get("/donnees-ouvertes/" + w.slug + "/distributions.csv")
                .then().statusCode(304);
        RestAssured.given().header("If-Modified-Since", csv.header("Last-Modified"))
                .get("/donnees-ouvertes/" + w.slug + "/distributions.csv").then().statusCode(304);
        RestAssured.given().get("/donnees-ouvertes/" + w.slug + "/datapackage.json").then().statusCode(200)
                .contentType(containsString("application/json")).body("name", equalTo(w.slug));
        // a session or wrong credentials change nothing for public files
        RestAssured.given().auth().preemptive().basic("nobody@od-maturity.test", "wrong")
                .get("/donnees-ouvertes/" + w.slug + "/datapackage.json").then().statusCode(200);
    }

    @Test
    @Order(5)
    void unknownPackagesFilesAndTraversalsAre404() {
        World w = world();
        for (String path : List.of("/donnees-ouvertes/pas-de-paquet-" + w.suffix + "/datapackage.json",
                "/donnees-ouvertes/" + w.slug + "/inconnu.csv",
                "/donnees-ouvertes/" + w.slug + "/datapackage.csv",
                "/donnees-ouvertes/" + w.slug + "/participation.json",
                "/donnees-ouvertes/" + w.slug + "/..%2F..%2Fapplication.csv",
                "/donnees-ouvertes/" + w.slug + "/%2E%2E.csv",
                "/donnees-ouvertes/..%2F" + w.slug + "/participation.csv",
                "/donnees-ouvertes/" + w.slug.toUpperCase() + "/participation.csv",
                "/donnees-ouvertes/" + w.slug)) {
            RestAssured.given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
    }

    @Test
    @Order(6)
    void onlyAClosedCampaignIsPublished() {
        World w = world();
        long open = TestData.campaign("Campagne ouverte " + w.suffix);
        admin().get(openData(open)).then().statusCode(200).header("ETag", "\"0\"")
                .body("publishable", equalTo(false)).body("publication", equalTo(null));
        admin().post(openData(open)).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem(equalTo("status")));
        admin().get(openData(open)).then().statusCode(200).body("publication", equalTo(null));
        for (String method : List.of("GET", "POST", "DELETE")) {
            admin().request(method, openData(999_999_999)).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @Order(7)
    void adminsPublishingAtOnceQueueOnTheCampaign() throws Exception {
        String name = "Campagne publiée à plusieurs " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = TestData.campaign(name);
        setStatus(campaign, name, "closed");
        int admins = 4;
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < admins; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin().post(openData(campaign)).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(120, TimeUnit.SECONDS), "every publication succeeds");
            }
        } finally {
            pool.shutdownNow();
        }
        // one package, published four times in a row, whose files are whole and valid
        String slug = admin().get(openData(campaign)).then().statusCode(200)
                .body("publication.publicationCount", equalTo(admins))
                .body("publication.packageVersion", equalTo("1." + (admins - 1) + ".0"))
                .extract().path("publication.slug");
        assertEquals(List.of(), TableSchemaValidator.validate(descriptor(slug), files(slug)));
        assertEquals(1L, RestAssured.given().get("/api/open-data").then().statusCode(200).extract().jsonPath()
                .getList("slug", String.class).stream().filter(slug::equals).count());
    }

    @Test
    @Order(8)
    void adminEndpointsAreForAdminsOnly() {
        World w = world();
        for (String method : List.of("GET", "POST", "DELETE")) {
            TestData.asFacilitator(w.facilitatorEmail).request(method, openData(w.campaign)).then().statusCode(403)
                    .contentType("application/problem+json");
            RestAssured.given().request(method, openData(w.campaign)).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        // still published by the admin alone
        RestAssured.given().get("/api/open-data").then().statusCode(200).body("slug", hasItem(w.slug));
    }

    @Test
    @Order(9)
    void theStatusPreviewsWhatIsPublishedAndWhatIsLeftOut() {
        World w = world();
        admin().get(openData(w.campaign)).then().statusCode(200)
                .body("publishable", equalTo(true))
                .body("publication.slug", equalTo(w.slug))
                .body("publication.published", equalTo(true))
                .body("publication.files.name", hasItem("datapackage.json"))
                .body("preview.resources.name", equalTo(DataPackageBuilder.RESOURCES))
                .body("preview.leftOut.diagnostics", equalTo(1))
                .body("preview.leftOut.validated", equalTo(1))
                .body("preview.leftOut.minimumGroupSize", equalTo(5))
                .body("preview.leftOut.needsHidden", equalTo(false))
                .body("preview.leftOut.hiddenNodes.id", equalTo(List.of("produire", "qualite")))
                .body("preview.leftOut.departements", equalTo(List.of()));
    }

    @Test
    @Order(10)
    void thePublicPageListsThePackagesInFrenchAndEnglish() {
        World w = world();
        String fr = RestAssured.given().get("/donnees-ouvertes?lang=fr").then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Language", "fr").extract().asString();
        assertTrue(fr.contains("<h1>Données ouvertes</h1>"), fr);
        assertTrue(fr.contains("href=\"/donnees-ouvertes/" + w.slug + "/datapackage.json\""), fr);
        for (String resource : DataPackageBuilder.RESOURCES) {
            assertTrue(fr.contains("href=\"/donnees-ouvertes/" + w.slug + "/" + resource + ".csv\""), resource);
        }
        assertTrue(fr.contains("&lt;b&gt;test&lt;/b&gt; &amp; co"), "the campaign's name is escaped");
        assertFalse(fr.contains("<b>test</b>"));
        assertTrue(fr.contains("Licence Ouverte"));
        String en = RestAssured.given().get("/donnees-ouvertes?lang=en").then().statusCode(200)
                .header("Content-Language", "en").extract().asString();
        assertTrue(en.contains("<h1>Open data</h1>"), en);
        assertTrue(en.contains("/donnees-ouvertes/" + w.slug + "/participation.csv"));
    }

    @Test
    @Order(11)
    void theAdminPagePublishesWithItsVersionAndRefusesStaleForms() {
        World w = world();
        String page = "/admin/campagnes/" + w.campaign + "/donnees-ouvertes";
        WebSession session = WebSession.admin();
        session.given().get("/admin/campagnes/" + w.campaign).then().statusCode(200)
                .body(containsString("href=\"" + page + "\""));
        String html = session.given().get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 diagnostic(s) non compté(s), dont 1 validé(s)"), html);
        assertTrue(html.contains("Statistiques non diffusées (moins de 5 organisations notées, cellules vides) : "
                + "Produire, Qualité et standards."), html);
        assertTrue(html.contains("Republier"), html);
        String version = admin().get(openData(w.campaign)).then().extract().header("ETag").replace("\"", "");

        // a form without its version, or with another action, does nothing
        session.form().formParam("action", "publier").post(page).then().statusCode(422);
        session.form().formParam("action", "effacer").formParam("version", version).post(page).then()
                .statusCode(422);
        // a stale version: told so, nothing done
        String stale = Long.toString(Long.parseLong(version) - 1);
        session.form().formParam("action", "retirer").formParam("version", stale).post(page).then().statusCode(409)
                .body(containsString("a changé entre-temps"));
        RestAssured.given().get("/donnees-ouvertes/" + w.slug + "/datapackage.json").then().statusCode(200);
        // the current version: republished
        session.form().formParam("action", "publier").formParam("version", version).post(page).then()
                .statusCode(303).header("Location", containsString("?ok=publie"));
        assertEquals("1.1.0", descriptor(w.slug).path("version").asText());
        session.given().get(page + "?ok=publie").then().statusCode(200)
                .body(containsString("Les données de la campagne sont publiées."));
        // without a CSRF token: refused before anything happens
        session.given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("action", "retirer").formParam("version", version).post(page).then().statusCode(403);
        // facilitators do not see it
        WebSession.facilitator(w.facilitatorEmail).given().get(page).then().statusCode(403);
    }

    @Test
    @Order(12)
    void filesStayFrozenUntilRepublishedThenWithdrawalTakesThemOffline() throws Exception {
        World w = world();
        Map<String, byte[]> before = files(w.slug);
        String publishedAt = descriptor(w.slug).path("created").asText();
        long reopened = w.communeDiagnostics.get(0);
        admin().header("If-Match", etag(path(reopened))).post(path(reopened) + "/reopen").then().statusCode(200);
        try {
            Map<String, byte[]> after = files(w.slug);
            for (String name : before.keySet()) {
                assertArrayEquals(before.get(name), after.get(name), name + " changed without a republication");
            }
            // a stale If-Match is refused, the current one republishes
            String current = etag(openData(w.campaign));
            admin().header("If-Match", "\"0\"").post(openData(w.campaign)).then().statusCode(412);
            Thread.sleep(1100); // publication dates are to the second
            admin().header("If-Match", current).post(openData(w.campaign)).then().statusCode(200)
                    .header("ETag", not(equalTo(current))).body("publication.slug", equalTo(w.slug));
            JsonNode republished = descriptor(w.slug);
            assertEquals("1.2.0", republished.path("version").asText());
            assertTrue(Instant.parse(republished.path("created").asText()).isAfter(Instant.parse(publishedAt)));
            Map<String, String> overall = row(table(fetch(w.slug, "distributions.csv")), "type_noeud", "ensemble",
                    "noeud", "overall");
            assertEquals("5", overall.get("nombre_diagnostics"), "the reopened diagnostic is a draft now");
            assertEquals(List.of(), TableSchemaValidator.validate(republished, files(w.slug)));
        } finally {
            validated(reopened, "personne", true, true, w.canary);
        }

        // withdrawn: offline, off the list, its slug kept for a later publication
        admin().delete(openData(w.campaign)).then().statusCode(200).body("publication.published", equalTo(false));
        RestAssured.given().get("/donnees-ouvertes/" + w.slug + "/datapackage.json").then().statusCode(404);
        RestAssured.given().get("/donnees-ouvertes/" + w.slug + "/participation.csv").then().statusCode(404);
        RestAssured.given().get("/api/open-data").then().statusCode(200).body("slug", not(hasItem(w.slug)));
        assertFalse(RestAssured.given().get("/donnees-ouvertes").asString().contains(w.slug));
        String withdrawn = etag(openData(w.campaign));
        admin().delete(openData(w.campaign)).then().statusCode(200).header("ETag", withdrawn);
        admin().post(openData(w.campaign)).then().statusCode(200).body("publication.slug", equalTo(w.slug))
                .body("publication.packageVersion", equalTo("1.3.0"));
        assertNotEquals(0, fetch(w.slug, "participation.csv").length);
    }
}
