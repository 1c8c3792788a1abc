package org.odmaturity.campaign.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The enrolment and progress pages of a campaign, over HTTP with a signed-in admin: preview, errors, confirmation
 * (CSRF), report, idempotence; the progress table, its filters and its CSV. Each test has its own population range.
 */
@QuarkusTest
class EnrolmentPagesTest {

    private static final AtomicInteger RANGE = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private static int range() {
        return 8_000_000 + 1_000 * RANGE.incrementAndGet();
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

    private static RequestSpecification confirm(WebSession admin, int base, String mode) {
        return admin.form().formParam("type", "commune").formParam("departements", "")
                .formParam("populationMin", Integer.toString(base)).formParam("populationMax",
                        Integer.toString(base + 999))
                .formParam("import", "").formParam("mode", mode);
    }

    @Test
    void previewThenConfirmCreatesTheDiagnosticsOnceAndReportsThem() {
        int base = range();
        organization("Commune de l'Aperçu", "commune", "67", base + 10);
        organization("Commune de la Confirmation", "commune", "68", base + 20);
        organization("Syndicat écarté", "syndicat", "67", base + 30);
        long facilitator = TestData.facilitator(TestData.uniqueEmail("enrol-page"));
        long campaign = campaign("Campagne des pages d'inscription", "open", TODAY.plusDays(90));
        String page = "/admin/campagnes/" + campaign + "/inscription";
        WebSession admin = WebSession.admin();

        // the campaign's page leads here and to the progress
        admin.given().get("/admin/campagnes/" + campaign).then().statusCode(200)
                .body(containsString("href=\"/admin/campagnes/" + campaign + "/inscription\""))
                .body(containsString("href=\"/admin/campagnes/" + campaign + "/suivi\""));
        admin.given().get(page + "?lang=fr").then().statusCode(200)
                .body(containsString("<legend>Types d&#39;organisation</legend>"))
                .body(not(containsString("Vérifier la sélection")));

        String preview = admin.given().get(page + "?lang=fr&apercu=1&type=commune&populationMin=" + base
                + "&populationMax=" + (base + 999)).then().statusCode(200)
                .body(containsString("2 organisation(s) sélectionnée(s) : 2 à inscrire, 0 déjà inscrite(s)"))
                .body(containsString("Commune de l&#39;Aperçu")).body(not(containsString("Syndicat écarté")))
                .body(containsString("Inscrire 2 organisation(s)"))
                .body(containsString("name=\"populationMin\" value=\"" + base + "\""))
                .extract().asString();
        assertTrue(preview.contains("action=\"" + page + "\""), "the confirmation posts to the page");
        assertTrue(admin().get("/api/diagnostics?campaignId=" + campaign).then().extract().jsonPath()
                .getList("id").isEmpty(), "a preview creates nothing");

        // no CSRF token: refused
        admin.given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl()).formParam("mode", "interview")
                .formParam("type", "commune").post(page).then().statusCode(403);

        confirm(admin, base, "interview").formParam("facilitator", Long.toString(facilitator))
                .formParam("deadline", TODAY.plusDays(20).toString()).post(page + "?lang=fr").then().statusCode(200)
                .body(containsString("<h1>Inscription faite</h1>"))
                .body(containsString("2 diagnostic(s) créé(s), 0 organisation(s) déjà inscrite(s), 0 refusée(s)."));
        JsonPath created = admin().get("/api/diagnostics?campaignId=" + campaign).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("interview", "interview"), created.getList("mode"));
        assertEquals(List.of(TODAY.plusDays(20).toString(), TODAY.plusDays(20).toString()),
                created.getList("deadline"));
        assertEquals(List.of((int) facilitator, (int) facilitator), created.getList("facilitator.id"));

        // again: nothing new
        confirm(admin, base, "interview").post(page + "?lang=fr").then().statusCode(200)
                .body(containsString("0 diagnostic(s) créé(s), 2 organisation(s) déjà inscrite(s)"));
        assertEquals(2, admin().get("/api/diagnostics?campaignId=" + campaign).then().extract().jsonPath()
                .getList("id").size());
        // and the preview says so, with nothing left to confirm
        admin.given().get(page + "?lang=fr&type=commune&populationMin=" + base + "&populationMax=" + (base + 999))
                .then().statusCode(200).body(containsString("0 à inscrire, 2 déjà inscrite(s)"))
                .body(containsString("Toutes les organisations sélectionnées sont déjà inscrites"))
                .body(not(containsString("name=\"mode\"")));
    }

    @Test
    void wrongCriteriaAndSettingsAreListedInTheErrorSummary() {
        int base = range();
        organization("Commune de l'Erreur", "commune", "67", base);
        long campaign = campaign("Campagne des erreurs d'inscription", "open", TODAY.plusDays(30));
        String page = "/admin/campagnes/" + campaign + "/inscription";
        WebSession admin = WebSession.admin();

        admin.given().get(page + "?lang=fr&apercu=1").then().statusCode(422)
                .body(containsString("class=\"error-summary\""))
                .body(containsString("<a href=\"#type-commune\">Choisissez au moins un critère"));
        admin.given().get(page + "?lang=fr&departements=67,20&populationMin=beaucoup").then().statusCode(422)
                .body(containsString("2 erreurs à corriger"))
                .body(containsString("<a href=\"#departements\">Départements : « 20 » n&#39;est pas"))
                .body(containsString("<a href=\"#population-min\">Population : « Au moins (habitants) »"))
                .body(containsString("aria-invalid=\"true\""));
        admin.given().get(page + "?lang=en&populationMin=10&populationMax=5").then().statusCode(422)
                .body(containsString("Population: the minimum is above the maximum."));

        confirm(admin, base, "").formParam("deadline", "demain").post(page + "?lang=fr").then().statusCode(422)
                .body(containsString("<a href=\"#mode-self-assessment\">Choisissez le mode de remplissage."))
                .body(containsString("<a href=\"#deadline\">Date limite de réponse : saisissez une date"));
        confirm(admin, base, "self-assessment").formParam("deadline", TODAY.minusDays(2).toString())
                .post(page + "?lang=fr").then().statusCode(422)
                .body(containsString("Date limite de réponse : elle ne peut pas être passée."))
                // the preview is still there, to correct and confirm
                .body(containsString("Commune de l&#39;Erreur"));
        confirm(admin, base, "self-assessment").formParam("deadline", TODAY.plusDays(31).toString())
                .post(page + "?lang=fr").then().statusCode(422)
                .body(containsString("elle ne peut pas dépasser le jour de clôture de la campagne"));
        assertTrue(admin().get("/api/diagnostics?campaignId=" + campaign).then().extract().jsonPath()
                .getList("id").isEmpty());

        long closed = campaign("Campagne close des pages", "closed", null);
        admin.given().get("/admin/campagnes/" + closed + "/inscription?lang=fr&type=commune&populationMin=" + base)
                .then().statusCode(422)
                .body(containsString("La campagne est clôturée : on ne peut plus y inscrire d&#39;organisation."));
        admin.given().get("/admin/campagnes/999999999/inscription").then().statusCode(404);
    }

    @Test
    void theProgressPageListsTheOrganisationsFiltersThemAndDownloadsTheirCsv() {
        int base = range();
        long a = organization("Commune du Suivi", "commune", "67", base);
        long b = organization("=SOMME(A1) Commune piégée", "epci", "68", base + 1);
        long campaign = campaign("Campagne suivie par la page", "open", null);
        JsonPath report = admin().contentType(ContentType.JSON)
                .body(Map.of("organizationIds", List.of(a, b), "mode", "self-assessment"))
                .post("/api/campaigns/" + campaign + "/enrolments").then().statusCode(200).extract().jsonPath();
        long diagnosticA = report.getLong("organizations.find { it.organizationId == " + a + " }.diagnosticId");
        TestData.invitation(diagnosticA);
        String page = "/admin/campagnes/" + campaign + "/suivi";
        WebSession admin = WebSession.admin();

        admin.given().get(page + "?lang=fr").then().statusCode(200)
                .body(containsString("<h1>Avancement de la campagne</h1>"))
                .body(containsString("<li><span class=\"count\">2</span> Organisations</li>"))
                .body(containsString("<li><span class=\"count\">1</span> Invitées (lien actif)</li>"))
                .body(containsString("Commune du Suivi")).body(containsString("=SOMME(A1) Commune piégée"))
                .body(containsString("<td data-label=\"Étape\">Invitée</td>"))
                .body(containsString("href=\"/admin/campagnes/" + campaign + "/suivi/export.csv?lang=fr\""));
        admin.given().get(page + "?lang=fr&stage=enrolled").then().statusCode(200)
                .body(containsString("=SOMME(A1) Commune piégée")).body(not(containsString("Commune du Suivi")))
                .body(containsString("<li><span class=\"count\">1</span> Organisations</li>"));
        admin.given().get(page + "?lang=fr&q=suivi&type=commune&departement=67").then().statusCode(200)
                .body(containsString("Commune du Suivi")).body(not(containsString("Commune piégée")));
        admin.given().get(page + "?lang=fr&stage=perdu").then().statusCode(400)
                .body(containsString("<a href=\"#stage\">"));
        admin.given().get(page + "?lang=en").then().statusCode(200).body(containsString("Campaign progress"))
                .body(containsString("<td data-label=\"Stage\">Invited</td>"));

        String csv = admin.given().get(page + "/export.csv?lang=fr").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("suivi-campagne-" + campaign + ".csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].startsWith("'=SOMME(A1) Commune piégée,"), lines[1]);
        String excel = admin.given().get(page + "/export.csv?lang=en&excel=true&stage=invited").then().statusCode(200)
                .extract().asString();
        assertTrue(excel.startsWith("\uFEFForganisation;siren;type;departement;mode;status;stage"), excel);
        assertEquals(2, excel.split("\r\n").length, excel);
    }

    @Test
    void facilitatorsDoNotOpenThesePages() {
        long campaign = campaign("Campagne fermée aux animateurs", "open", null);
        WebSession facilitator = WebSession.facilitator(TestData.uniqueEmail("enrol-pages-facilitator"));
        facilitator.given().get("/admin/campagnes/" + campaign + "/inscription").then().statusCode(403);
        facilitator.given().get("/admin/campagnes/" + campaign + "/suivi").then().statusCode(403);
        facilitator.given().get("/admin/campagnes/" + campaign + "/suivi/export.csv").then().statusCode(403);
    }
}
