package org.odmaturity.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The admin pages over HTTP: roles, CSRF, forms with errors, optimistic locking, accounts and their sessions. */
@QuarkusTest
class AdminPagesTest {

    static final List<String> PAGES = List.of("/admin", "/admin/organisations", "/admin/organisations/nouvelle",
            "/admin/campagnes", "/admin/campagnes/nouvelle", "/admin/comptes", "/admin/comptes/nouveau");

    @Test
    void everyAdminPageRendersForAnAdminInFrenchAndEnglish() {
        long org = TestData.organization("Commune de Bischheim");
        long campaign = TestData.campaign("Campagne pages admin");
        WebSession admin = WebSession.admin();
        for (String path : concat(PAGES, List.of("/admin/organisations/" + org, "/admin/campagnes/" + campaign,
                "/admin/comptes/" + adminId()))) {
            Response page = admin.given().get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("fr", page.header("Content-Language"), path);
            assertTrue(page.asString().contains("<html lang=\"fr\">"), path);
            assertTrue(page.asString().contains("href=\"/css/admin.css\""), path);
            assertEquals(1, count(page.asString(), "<h1"), path + ": one h1");
            Response english = admin.given().queryParam("lang", "en").get(path);
            assertEquals(200, english.statusCode(), path);
            assertTrue(english.asString().contains("<html lang=\"en\">"), path);
        }
        admin.given().get("/admin").then().body(containsString("Campagnes ouvertes"))
                .body(containsString("href=\"/animation\"")).body(containsString("Diagnostics par statut"));
        // searched: other test classes may have created 20 organisations whose names sort before it
        admin.given().queryParam("q", "Bischheim").get("/admin/organisations").then()
                .body(containsString("aria-current=\"page\"")).body(containsString("Commune de Bischheim"));
        admin.given().queryParam("lang", "en").get("/admin/comptes").then()
                .body(containsString("Accounts, by email address"));
    }

    @Test
    void facilitatorsAreRefusedAndAnonymousVisitorsSentToSignIn() {
        long org = TestData.organization("Commune interdite");
        WebSession facilitator = WebSession.facilitator(TestData.uniqueEmail("adm-forbidden"));
        for (String path : concat(PAGES, List.of("/admin/organisations/" + org))) {
            facilitator.given().get(path).then().statusCode(403).body(containsString("Accès refusé"));
            Response anonymous = given().redirects().follow(false).get(path);
            assertEquals(303, anonymous.statusCode(), path);
            assertTrue(anonymous.header("Location").contains("/connexion?expire=1&retour="), path);
        }
        facilitator.form().formParam("name", "Piratée").formParam("siren", TestData.newSiren())
                .formParam("type", "commune").post("/admin/organisations/nouvelle").then().statusCode(403);
        facilitator.form().formParam("email", TestData.uniqueEmail("pirate")).formParam("displayName", "P")
                .formParam("role", "admin").formParam("password", "long-enough-password")
                .post("/admin/comptes/nouveau").then().statusCode(403);
        TestData.admin().queryParam("q", "Piratée").get("/api/organizations").then().body("total", equalTo(0));
    }

    @Test
    void aForgedOrForeignFormIsRefusedAndChangesNothing() {
        WebSession admin = WebSession.admin();
        String name = "Commune forgée " + System.nanoTime();
        admin.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "forged").formParam("name", name)
                .formParam("siren", TestData.newSiren()).formParam("type", "commune")
                .post("/admin/organisations/nouvelle").then().statusCode(403).body(containsString("Action refusée"));
        admin.given().header("Origin", Browser.baseUrl()).formParam("name", name)
                .formParam("siren", TestData.newSiren()).formParam("type", "commune")
                .post("/admin/organisations/nouvelle").then().statusCode(403);
        admin.form().header("Origin", "https://evil.example").formParam("name", name)
                .formParam("siren", TestData.newSiren()).formParam("type", "commune")
                .post("/admin/organisations/nouvelle").then().statusCode(403);
        TestData.admin().queryParam("q", name).get("/api/organizations").then().body("total", equalTo(0));
        // an HTTP Basic caller has no session, hence no form token: no form post either
        TestData.admin().redirects().follow(false).formParam("_csrf", "").formParam("name", name)
                .formParam("siren", TestData.newSiren()).formParam("type", "commune")
                .post("/admin/organisations/nouvelle").then().statusCode(403);
        String email = TestData.uniqueEmail("adm-csrf");
        long user = TestData.facilitator(email);
        admin.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "forged")
                .post("/admin/comptes/" + user + "/desactiver").then().statusCode(403);
        TestData.as(email, TestData.password(email)).get("/api/organizations").then().statusCode(200);
    }

    @Test
    void anOrganisationFormWithErrorsLinksThemToTheFieldsAndKeepsTheInput() {
        WebSession admin = WebSession.admin();
        Response bad = admin.form().formParam("name", "").formParam("siren", "123456789")
                .formParam("type", "commune").formParam("departement", "20").formParam("region", "Grand Est")
                .formParam("population", "beaucoup").formParam("contactEmail", "pas-une-adresse")
                .post("/admin/organisations/nouvelle");
        assertEquals(422, bad.statusCode());
        String page = bad.asString();
        assertTrue(page.contains("<title>5 erreurs à corriger – Nouvelle organisation"), page);
        assertTrue(page.contains("class=\"error-summary\" role=\"alert\""), page);
        assertTrue(page.contains("<a href=\"#name\">Renseignez « Nom ».</a>"), page);
        assertTrue(page.contains("<a href=\"#siren\">Ce SIREN n&#39;est pas valide"), page);
        assertTrue(page.contains("href=\"#departement\">Code de département inconnu"), page);
        assertTrue(page.contains("href=\"#population\">« Population » : saisissez un nombre entier"), page);
        assertTrue(page.contains("href=\"#contactEmail\">Saisissez une adresse électronique valide"), page);
        assertTrue(page.contains("id=\"siren-error\""), page);
        assertTrue(page.contains("name=\"siren\" value=\"123456789\""), "the input is kept");
        assertTrue(page.contains("value=\"Grand Est\""), page);
        assertTrue(page.contains("value=\"beaucoup\""), page);
        assertTrue(Pattern.compile("id=\"siren\"[^>]*aria-invalid=\"true\" aria-describedby=\"siren-hint siren-error\"")
                .matcher(page).find(), page);
        assertTrue(Pattern.compile("<option value=\"commune\" selected>").matcher(page).find(), "type kept");
        assertFalse(page.contains("must be"), "no English service text on the French page");
        assertFalse(page.contains("check digit"), page);

        Response english = admin.form().queryParam("lang", "en").formParam("name", "X").formParam("siren", "12 34")
                .formParam("type", "").post("/admin/organisations/nouvelle");
        assertEquals(422, english.statusCode());
        assertTrue(english.asString().contains("A SIREN has exactly 9 digits"), english.asString());
        assertTrue(english.asString().contains("Choose “Type”."), english.asString());
        TestData.admin().queryParam("q", "123456789").get("/api/organizations").then().body("total", equalTo(0));
    }

    @Test
    void anAdminCreatesAnOrganisationThenADuplicateSirenIsRefused() {
        WebSession admin = WebSession.admin();
        String siren = TestData.newSiren();
        String spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
        Response created = admin.form().formParam("name", "  Commune d'Ébersheim  ").formParam("siren", spaced)
                .formParam("type", "commune").formParam("departement", "67").formParam("population", "2 300")
                .formParam("contactName", "Mme Weber").formParam("contactEmail", "mairie@ebersheim.example")
                .formParam("contactPhone", "+33 3 88 00 00 00").post("/admin/organisations/nouvelle");
        assertEquals(303, created.statusCode(), created.asString());
        Matcher id = Pattern.compile("/admin/organisations/(\\d+)\\?ok=created$").matcher(created.header("Location"));
        assertTrue(id.find(), created.header("Location"));
        TestData.admin().get("/api/organizations/" + id.group(1)).then().statusCode(200)
                .body("name", equalTo("Commune d'Ébersheim")).body("siren", equalTo(siren))
                .body("population", equalTo(2300)).body("departement", equalTo("67"));
        admin.given().get(created.header("Location")).then().statusCode(200)
                .body(containsString("L&#39;organisation est créée.")).body(containsString("role=\"status\""));

        Response duplicate = admin.form().formParam("name", "Autre").formParam("siren", siren)
                .formParam("type", "epci").post("/admin/organisations/nouvelle");
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.asString().contains("href=\"#siren\">Une organisation avec ce SIREN existe déjà."));
        assertTrue(duplicate.asString().contains("value=\"Autre\""));
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndOverwritesNothing() {
        long org = TestData.organization("Commune de Molsheim");
        WebSession admin = WebSession.admin();
        Response form = admin.given().get("/admin/organisations/" + org);
        String version = hidden(form.asString(), "version");
        assertEquals("0", version);
        String siren = TestData.admin().get("/api/organizations/" + org).jsonPath().getString("siren");
        // a colleague saves first (through the API)
        TestData.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Molsheim (par la collègue)", "siren", siren, "type", "commune",
                        "departement", "67"))
                .put("/api/organizations/" + org).then().statusCode(200);
        Response stale = admin.form().formParam("version", version).formParam("name", "Molsheim (par moi)")
                .formParam("siren", siren).formParam("type", "commune").formParam("departement", "68")
                .post("/admin/organisations/" + org);
        assertEquals(409, stale.statusCode());
        String page = stale.asString();
        assertTrue(page.contains("modifiée par quelqu&#39;un d&#39;autre pendant que vous l&#39;éditiez"), page);
        assertTrue(page.contains("Nom : « Molsheim (par la collègue) »"), page);
        assertTrue(page.contains("Département : « 67 »"), page);
        assertTrue(page.contains("value=\"Molsheim (par moi)\""), "the user's input is kept");
        assertEquals("1", hidden(page, "version"), "the form now carries the current version");
        TestData.admin().get("/api/organizations/" + org).then().body("name", equalTo("Molsheim (par la collègue)"))
                .body("departement", equalTo("67"));
        // saving again, knowingly, with the current version
        admin.form().formParam("version", "1").formParam("name", "Molsheim (par moi)").formParam("siren", siren)
                .formParam("type", "commune").formParam("departement", "68").post("/admin/organisations/" + org)
                .then().statusCode(303).header("Location", containsString("?ok=saved"));
        TestData.admin().get("/api/organizations/" + org).then().body("name", equalTo("Molsheim (par moi)"))
                .body("version", equalTo(2));
        // a form without its version is refused too
        admin.form().formParam("name", "Sans version").formParam("siren", siren).formParam("type", "commune")
                .post("/admin/organisations/" + org).then().statusCode(409);
        TestData.admin().get("/api/organizations/" + org).then().body("name", equalTo("Molsheim (par moi)"));
        admin.given().get("/admin/organisations/999999999").then().statusCode(404)
                .body(containsString("Page introuvable"));
    }

    @Test
    void theSearchIgnoresAccentsFiltersAndPages() {
        String tag = "Zq" + System.nanoTime() % 100000;
        TestData.organization("Saint-Étienne-lès-Remiremont " + tag);
        for (int i = 0; i < 21; i++) {
            TestData.organization("Pagination " + tag + " " + (char) ('a' + i));
        }
        WebSession admin = WebSession.admin();
        admin.given().queryParam("q", "etienne les remiremont " + tag.toLowerCase()).get("/admin/organisations")
                .then().statusCode(200).body(containsString("Saint-Étienne-lès-Remiremont " + tag))
                .body(containsString("1 organisation(s)"));
        admin.given().queryParam("q", tag).queryParam("type", "epci").get("/admin/organisations").then()
                .body(containsString("0 organisation(s)")).body(containsString("Aucune organisation"));
        admin.given().queryParam("q", tag).queryParam("departement", "67").get("/admin/organisations").then()
                .body(containsString("22 organisation(s)"));
        admin.given().queryParam("q", tag).queryParam("departement", "20").get("/admin/organisations").then()
                .statusCode(200).body(containsString("id=\"departement-error\""))
                .body(containsString("<title>1 erreur à corriger"));
        Response first = admin.given().queryParam("q", "Pagination " + tag).get("/admin/organisations");
        first.then().body(containsString("21 organisation(s)")).body(containsString("Page 1 sur 2"))
                .body(containsString("rel=\"next\"")).body(not(containsString("Pagination " + tag + " u<")));
        admin.given().queryParam("q", "Pagination " + tag).queryParam("page", "2").get("/admin/organisations")
                .then().body(containsString("Page 2 sur 2")).body(containsString("Pagination " + tag + " u<"))
                .body(containsString("rel=\"prev\""));
        admin.given().queryParam("q", "Pagination " + tag).queryParam("page", "9").get("/admin/organisations")
                .then().statusCode(200).body(containsString("Page 2 sur 2"));
    }

    @Test
    void userTextIsEscaped() {
        String hostile = "<script>alert(1)</script>";
        long org = TestData.organization(hostile);
        WebSession admin = WebSession.admin();
        for (String path : List.of("/admin/organisations/" + org, "/admin/organisations?q=alert")) {
            String page = admin.given().get(path).asString();
            assertFalse(page.contains(hostile), path);
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
        }
        String email = TestData.uniqueEmail("adm-escape");
        Response created = admin.form().formParam("email", email).formParam("displayName", "<b onmouseover=x>Eve</b>")
                .formParam("role", "facilitator").formParam("password", "a-long-initial-password")
                .post("/admin/comptes/nouveau");
        assertEquals(303, created.statusCode(), created.asString());
        String list = admin.given().get("/admin/comptes").asString();
        assertFalse(list.contains("<b onmouseover"), list);
        assertTrue(list.contains("&lt;b onmouseover=x&gt;Eve&lt;/b&gt;"));
    }

    @Test
    void anAdminCreatesADiagnosticForAnOrganisation() {
        long org = TestData.organization("Communauté de communes du Ried");
        long campaign = TestData.campaign("Campagne diagnostics " + System.nanoTime());
        String facilitatorEmail = TestData.uniqueEmail("adm-diag");
        long facilitator = TestData.facilitator(facilitatorEmail);
        WebSession admin = WebSession.admin();
        String page = admin.given().get("/admin/organisations/" + org).asString();
        assertTrue(page.contains("Aucun diagnostic pour l&#39;instant."), page);
        assertTrue(page.contains("<option value=\"" + campaign + "\">"), page);
        assertTrue(page.contains("<option value=\"" + facilitator + "\">"), page);
        assertTrue(page.contains("id=\"mode-self-assessment\" name=\"mode\" value=\"self-assessment\" checked"));

        Response missing = admin.form().formParam("campaign", "").formParam("mode", "")
                .post("/admin/organisations/" + org + "/diagnostics");
        assertEquals(422, missing.statusCode());
        assertTrue(missing.asString().contains("href=\"#campaign\">Choisissez « Campagne ».</a>"));
        assertTrue(missing.asString().contains("href=\"#mode-self-assessment\">Choisissez « Mode ».</a>"));

        Response created = admin.form().formParam("campaign", campaign).formParam("mode", "interview")
                .formParam("facilitator", facilitator).post("/admin/organisations/" + org + "/diagnostics");
        assertEquals(303, created.statusCode(), created.asString());
        List<Map<String, Object>> diagnostics = TestData.admin().queryParam("organizationId", org)
                .get("/api/diagnostics").jsonPath().getList("$");
        assertEquals(1, diagnostics.size());
        Object diagnosticId = diagnostics.get(0).get("id");
        String detail = admin.given().get(created.header("Location").replace("#nouveau-diagnostic", "")).asString();
        assertTrue(detail.contains("Le diagnostic est créé."), detail);
        assertTrue(detail.contains("href=\"/animation/diagnostics/" + diagnosticId + "\""), detail);
        assertTrue(detail.contains("href=\"/animation/diagnostics/" + diagnosticId + "/liens\""), detail);
        assertTrue(detail.contains("Entretien accompagné"), detail);
        assertTrue(detail.contains("Animatrice " + facilitatorEmail), detail);

        Response again = admin.form().formParam("campaign", campaign).formParam("mode", "self-assessment")
                .post("/admin/organisations/" + org + "/diagnostics");
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("déjà un diagnostic dans cette campagne"));
    }

    @Test
    void campaignsAreCreatedAndEditedWithTheirVersion() {
        WebSession admin = WebSession.admin();
        String form = admin.given().get("/admin/campagnes/nouvelle").asString();
        assertTrue(form.contains("<option value=\"" + TestData.QUESTIONNAIRE + "@1\""), form);
        Response bad = admin.form().formParam("name", "").formParam("year", "1999").formParam("questionnaire", "")
                .formParam("opensOn", "2026-06-01").formParam("closesOn", "2026-05-01").formParam("status", "open")
                .post("/admin/campagnes/nouvelle");
        assertEquals(422, bad.statusCode());
        String errors = bad.asString();
        assertTrue(errors.contains("href=\"#name\">Renseignez « Nom ».</a>"), errors);
        assertTrue(errors.contains("href=\"#year\">« Année » : saisissez une année de 2000 à 2100.</a>"), errors);
        assertTrue(errors.contains("href=\"#questionnaire\">Choisissez « Questionnaire ».</a>"), errors);
        assertTrue(errors.contains("href=\"#closesOn\">La date de clôture ne peut pas précéder"), errors);
        assertTrue(errors.contains("value=\"2026-06-01\""), errors);

        String name = "Campagne 2027 <i>" + System.nanoTime() + "</i>";
        admin.form().formParam("name", name).formParam("year", "2027")
                .formParam("questionnaire", TestData.QUESTIONNAIRE + "@1").formParam("opensOn", "2027-01-15")
                .formParam("closesOn", "").formParam("status", "draft").post("/admin/campagnes/nouvelle").then()
                .statusCode(303).header("Location", containsString("/admin/campagnes?ok=created"));
        Map<String, Object> campaign = TestData.admin().get("/api/campaigns").jsonPath()
                .<Map<String, Object>>getList("findAll { it.name == '" + name + "' }").get(0);
        long id = ((Number) campaign.get("id")).longValue();
        assertEquals("draft", campaign.get("status"));
        String list = admin.given().get("/admin/campagnes?ok=created").asString();
        assertTrue(list.contains("La campagne est créée."));
        assertTrue(list.contains("&lt;i&gt;"), "escaped");
        assertTrue(list.contains("à partir du 15 janv. 2027"), list);

        String edit = admin.given().get("/admin/campagnes/" + id).asString();
        String version = hidden(edit, "version");
        assertTrue(edit.contains("figé à la création"), edit);
        admin.form().formParam("version", version).formParam("name", "Campagne 2027").formParam("year", "2027")
                .formParam("opensOn", "2027-01-15").formParam("closesOn", "2027-12-31").formParam("status", "open")
                .post("/admin/campagnes/" + id).then().statusCode(303);
        TestData.admin().get("/api/campaigns/" + id).then().body("status", equalTo("open"))
                .body("closesOn", equalTo("2027-12-31")).body("name", equalTo("Campagne 2027"));
        Response stale = admin.form().formParam("version", version).formParam("name", "Écrasée")
                .formParam("year", "2027").formParam("status", "closed").post("/admin/campagnes/" + id);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Cette campagne a été modifiée par quelqu&#39;un d&#39;autre"));
        TestData.admin().get("/api/campaigns/" + id).then().body("status", equalTo("open"))
                .body("name", equalTo("Campagne 2027"));
    }

    @Test
    void anAccountIsCreatedDeactivatedReactivatedAndItsSessionsEnd() {
        WebSession admin = WebSession.admin();
        String email = TestData.uniqueEmail("adm-account");
        Response shortPassword = admin.form().formParam("email", email).formParam("displayName", "Léa Martin")
                .formParam("role", "facilitator").formParam("password", "trop-court").post("/admin/comptes/nouveau");
        assertEquals(422, shortPassword.statusCode());
        assertTrue(shortPassword.asString().contains("href=\"#password\">Le mot de passe doit compter entre 12"));
        assertFalse(shortPassword.asString().contains("trop-court"), "a password is never sent back");
        assertTrue(shortPassword.asString().contains("value=\"" + email + "\""));

        admin.form().formParam("email", email).formParam("displayName", "Léa Martin").formParam("role", "facilitator")
                .formParam("password", "mot-de-passe-initial").post("/admin/comptes/nouveau").then().statusCode(303)
                .header("Location", containsString("/admin/comptes?ok=created"));
        admin.form().formParam("email", email.toUpperCase()).formParam("displayName", "Doublon")
                .formParam("role", "admin").formParam("password", "mot-de-passe-initial")
                .post("/admin/comptes/nouveau").then().statusCode(409)
                .body(containsString("Un compte existe déjà avec cette adresse électronique."));
        long id = userId(email);

        WebSession lea = WebSession.signIn(email, "mot-de-passe-initial");
        lea.given().get("/compte").then().statusCode(200);
        lea.given().get("/admin/comptes").then().statusCode(403);
        admin.form().post("/admin/comptes/" + id + "/desactiver").then().statusCode(303)
                .header("Location", containsString("?ok=deactivated"));
        lea.given().get("/compte").then().statusCode(303);
        TestData.as(email, "mot-de-passe-initial").get("/api/organizations").then().statusCode(401);
        admin.given().get("/admin/comptes/" + id + "?ok=deactivated").then()
                .body(containsString("Le compte est désactivé")).body(containsString("/reactiver"));

        admin.form().post("/admin/comptes/" + id + "/reactiver").then().statusCode(303);
        lea.given().get("/compte").then().statusCode(303); // old sessions stay ended
        WebSession again = WebSession.signIn(email, "mot-de-passe-initial");
        again.given().get("/compte").then().statusCode(200);

        // renaming, with its version
        String page = admin.given().get("/admin/comptes/" + id).asString();
        String version = hidden(page, "version");
        admin.form().formParam("version", version).formParam("displayName", "Léa Martin-Klein")
                .post("/admin/comptes/" + id).then().statusCode(303);
        admin.form().formParam("version", version).formParam("displayName", "Écrasé")
                .post("/admin/comptes/" + id).then().statusCode(409)
                .body(containsString("Ce compte a été modifié par quelqu&#39;un d&#39;autre"));
        admin.given().get("/admin/comptes").then().body(containsString("Léa Martin-Klein"))
                .body(not(containsString("Écrasé")));
    }

    @Test
    void anAdminSetsANewPasswordWhichEndsTheOpenSessions() {
        WebSession admin = WebSession.admin();
        String email = TestData.uniqueEmail("adm-password");
        WebSession facilitator = WebSession.facilitator(email);
        long id = userId(email);
        Response mismatch = admin.form().formParam("password", "un-nouveau-mot-de-passe")
                .formParam("confirmation", "autre-chose-encore").post("/admin/comptes/" + id + "/mot-de-passe");
        assertEquals(422, mismatch.statusCode());
        assertTrue(mismatch.asString().contains("href=\"#confirmation\">Les deux mots de passe"));
        admin.form().formParam("password", "court").formParam("confirmation", "court")
                .post("/admin/comptes/" + id + "/mot-de-passe").then().statusCode(422)
                .body(containsString("entre 12 et 200 caractères"));
        facilitator.given().get("/compte").then().statusCode(200);

        admin.form().formParam("password", "un-nouveau-mot-de-passe")
                .formParam("confirmation", "un-nouveau-mot-de-passe").post("/admin/comptes/" + id + "/mot-de-passe")
                .then().statusCode(303).header("Location", containsString("?ok=password"));
        facilitator.given().get("/compte").then().statusCode(303);
        TestData.as(email, TestData.password(email)).get("/api/organizations").then().statusCode(401);
        WebSession.signIn(email, "un-nouveau-mot-de-passe").given().get("/compte").then().statusCode(200);
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        WebSession admin = WebSession.admin();
        long self = adminId();
        admin.given().get("/admin/comptes/" + self).then().statusCode(200)
                .body(containsString("Vous ne pouvez pas désactiver votre propre compte."))
                .body(not(containsString("/desactiver")));
        admin.form().post("/admin/comptes/" + self + "/desactiver").then().statusCode(409)
                .body(containsString("Vous ne pouvez pas désactiver votre propre compte."));
        admin.given().get("/compte").then().statusCode(200);
        TestData.admin().get("/api/users").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    static long adminId() {
        return userId(TestData.ADMIN_EMAIL);
    }

    static long userId(String email) {
        return TestData.admin().get("/api/users").jsonPath()
                .getLong("find { it.email == '" + email.toLowerCase() + "' }.id");
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden " + name + " in\n" + html);
        return m.group(1);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
