package org.odmaturity.comparison.pdf;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.odmaturity.comparison.pdf.SynthesisPdfRendererTest.assertContains;
import static org.odmaturity.comparison.pdf.SynthesisPdfRendererTest.assertPdf;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.testsupport.PdfTools;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/campaigns/{id}/report.pdf} over diagnostics answered, submitted and validated through the API:
 * six alike communes validated in two campaigns, and a lone EPCI in the later one. The PDF always shows the public
 * audience's figures, whoever asks for it; it is read back with pdftotext.
 */
@QuarkusTest
class SynthesisPdfApiTest {

    /** Built once. */
    static final class World {
        final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long earlier;
        long later;
        String laterName;
        String epciName;
        String facilitatorEmail;
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            World w = new World();
            w.earlier = TestData.campaign("Synthèse antérieure " + w.suffix);
            w.laterName = "Synthèse " + w.suffix;
            w.later = TestData.campaign(w.laterName);
            w.facilitatorEmail = TestData.uniqueEmail("synthesis-f");
            TestData.facilitator(w.facilitatorEmail);
            String[] before = { "personne", "personne", "informel", "informel", "personne", "informel" };
            String[] after = { "nomme", "informel", "nomme", "nomme", "informel", "nomme" };
            for (int i = 0; i < before.length; i++) {
                long organization = TestData.organization("Commune synthèse " + i + " " + w.suffix);
                validated(TestData.diagnostic(organization, w.earlier, "self-assessment", null), before[i],
                        i % 2 == 0);
                validated(TestData.diagnostic(organization, w.later, "self-assessment", null), after[i], i % 3 == 0);
            }
            w.epciName = "Communauté secrète " + w.suffix;
            long epci = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", w.epciName, "siren", TestData.newSiren(), "type", "epci",
                            "departement", "67", "population", 40_000))
                    .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
            validated(TestData.diagnostic(epci, w.later, "self-assessment", null), "nomme", true);
            world = w;
        }
        return world;
    }

    private static String etag(long diagnostic) {
        return admin().get("/api/diagnostics/" + diagnostic).then().statusCode(200).extract().header("ETag");
    }

    private static void validated(long diagnostic, String referent, boolean published) {
        String path = "/api/diagnostics/" + diagnostic;
        admin().contentType(ContentType.JSON).header("If-Match", etag(diagnostic))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"" + referent + "\"},"
                        + " {\"question\": \"publie\", \"value\": " + published + "}]}")
                .patch(path + "/answers").then().statusCode(200);
        admin().header("If-Match", etag(diagnostic)).post(path + "/submit").then().statusCode(200);
        admin().header("If-Match", etag(diagnostic)).post(path + "/validate").then().statusCode(200);
    }

    private static String report(long campaign) {
        return "/api/campaigns/" + campaign + "/report.pdf";
    }

    private static byte[] pdf(RequestSpecification who, String query, String language) {
        return who.get(report(world().later) + query).then().statusCode(200).contentType("application/pdf")
                .header("Content-Language", language)
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
    }

    private static RequestSpecification facilitator() {
        String email = world().facilitatorEmail;
        return TestData.as(email, TestData.password(email));
    }

    @Test
    void theFrenchSynthesisShowsThePublicFigures() {
        World w = world();
        long t0 = System.nanoTime();
        byte[] pdf = admin().get(report(w.later)).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"synthese-regionale-campagne-" + w.later
                        + ".pdf\""))
                .header("Content-Language", "fr").extract().asByteArray();
        long first = System.nanoTime() - t0;
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        // the facilitators' results are the public audience's: the lone EPCI is not counted
        double mean = facilitator().get("/api/campaigns/" + w.later + "/results").then().statusCode(200).extract()
                .jsonPath().getDouble("distributions[0].mean");
        int count = facilitator().get("/api/campaigns/" + w.later + "/results").then().extract().jsonPath()
                .getInt("distributions[0].count");
        assertEquals(6, count);
        for (String expected : List.of("Synthèse régionale", w.laterName + " · 2026", "1. Participation",
                "Invitées Ayant commencé Ayant soumis Validées 6 6 6 6", "Commune 6", "67 – Bas-Rhin 6",
                "2. Résultats", String.format(Locale.FRANCE, "%.1f", mean), "3. Carte des départements",
                "Contours : " + DepartementMap.ATTRIBUTION, "4. Besoins d'accompagnement",
                "Méthode et règle d'anonymat", "sample-od-maturity · version 1")) {
            assertContains(text, expected);
        }
        // where the lone EPCI's segment would be, and never its name nor its organisation's count
        assertContains(text, "Établissement public de coopération intercommunale moins de 5 organisations");
        assertContains(text, "Autres collectivités et organismes moins de 5 organisations");
        assertFalse(text.contains(w.epciName), "the EPCI's name in a public document");
        assertFalse(text.contains("Communauté secrète"), "the EPCI's name in a public document");
        assertFalse(text.contains("Commune synthèse"), "an organisation's name in a public document");
        assertFalse(text.contains("5. Évolution"), "no evolution without an earlier campaign");

        int pages = PdfTools.pages(pdf);
        assertTrue(pages >= 6 && pages <= 10, "pages: " + pages);
        for (String font : PdfTools.fonts(pdf)) {
            assertTrue(font.endsWith(" yes"), "font not embedded: " + font);
        }
        long[] warm = new long[5];
        for (int i = 0; i < warm.length; i++) {
            long t1 = System.nanoTime();
            pdf(admin(), "", "fr");
            warm[i] = System.nanoTime() - t1;
        }
        java.util.Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "synthesis PDF over HTTP: first %.0f ms, then 5 more: min %.0f ms, "
                + "median %.0f ms (%d pages, %d bytes, load average %.1f)%n", first / 1e6, warm[0] / 1e6,
                warm[2] / 1e6, pages, pdf.length,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @Test
    void theEnglishSynthesisWithTheEvolution() {
        World w = world();
        byte[] pdf = pdf(facilitator(), "?lang=en&from=" + w.earlier, "en");
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        int pairs = admin().get("/api/campaigns/" + w.later + "/results/evolution?from=" + w.earlier).then()
                .statusCode(200).extract().jsonPath().getInt("pairs");
        assertEquals(6, pairs);
        for (String expected : List.of("Regional synthesis", "Invited", "2. Results", "Overall score",
                "5. Evolution since the earlier campaign", "Synthèse antérieure " + w.suffix + " · 2026",
                "): 6.", "Mean score before and after", "Level changes (overall score)",
                "fewer than 5 organisations", "Outlines: " + DepartementMap.ATTRIBUTION,
                "The evolution compares only the organisations present in both campaigns")) {
            assertContains(text, expected);
        }
        assertFalse(text.contains(w.epciName));
        assertFalse(text.contains("Synthèse régionale"), "French label in the English report");
    }

    @Test
    void aFilterOnTheLoneEpciHidesEveryFigure() {
        World w = world();
        byte[] pdf = pdf(admin(), "?type=epci", "fr");
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        assertContains(text, "Type d'organisation Établissement public de coopération intercommunale");
        assertContains(text, "Aucun score ne peut être montré : moins de 5 organisations.");
        assertContains(text, "Les besoins d'accompagnement ne peuvent être montrés : moins de 5 organisations.");
        assertFalse(text.contains(w.epciName));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        World w = world();
        for (String query : List.of("status=all", "mode=phone", "type=ville", "departement=20", "population=big",
                "lang=de", "from=abc")) {
            String parameter = query.substring(0, query.indexOf('='));
            admin().get(report(w.later) + "?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(equalTo(parameter)));
        }
        admin().get(report(999_999_999L)).then().statusCode(404).contentType("application/problem+json");
        admin().get(report(w.later) + "?from=" + w.later).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem(equalTo("from")));
        admin().get(report(w.later) + "?from=999999999").then().statusCode(422)
                .body("errors.field", hasItem(equalTo("from")));
    }

    @Test
    void theEndpointIsDocumented() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/campaigns/{id}/report.pdf"))
                .body("paths.'/api/campaigns/{id}/report.pdf'.get.parameters.name",
                        org.hamcrest.Matchers.hasItems("from", "lang", "type", "departement", "population"));
        // the campaigns' own resource is not shadowed by this one
        admin().get("/api/campaigns/" + world().later).then().statusCode(200);
        admin().get("/api/campaigns/" + world().later + "/results").then().statusCode(200);
    }
}
