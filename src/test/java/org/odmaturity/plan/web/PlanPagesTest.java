package org.odmaturity.plan.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The action-plan curation pages over HTTP, as a browser without JavaScript uses them: every change is checked through
 * the API's stored plan ({@code GET /api/diagnostics/{id}/plan} as admin), and every refusal (another facilitator,
 * anonymous, forged CSRF, stale form, missing confirmation, invalid input) is shown to change nothing.
 */
@QuarkusTest
class PlanPagesTest {

    /** The answers of the worked example of docs/improvement-plan.md: plan reutilisations, referent, formats, budget, nb_jeux. */
    static final String WORKED_EXAMPLE = """
            {"answers": [
              {"question": "referent", "value": "informel", "revision": 0},
              {"question": "budget", "value": false, "revision": 0},
              {"question": "publie", "value": true, "revision": 0},
              {"question": "nb_jeux", "value": 3, "revision": 0},
              {"question": "formats", "value": ["pdf", "csv"], "revision": 0},
              {"question": "schemas", "notApplicable": true, "revision": 0},
              {"question": "attentes", "value": "Un atelier sur les schémas.", "revision": 0}
            ]}""";
    private static final Pattern ROW = Pattern.compile("<tr id=\"action-[^\"]+\" data-key=\"([^\"]+)\"");

    /** A diagnostic of a new organisation, assigned to a new facilitator, answered (and submitted unless draft). */
    record Fixture(long id, String facilitatorEmail, WebSession facilitator) {

        String page() {
            return "/animation/diagnostics/" + id + "/plan";
        }

        String api() {
            return "/api/diagnostics/" + id + "/plan";
        }
    }

    static Fixture fixture(String organizationName, boolean submit) {
        long organization = TestData.organization(organizationName);
        long campaign = TestData.campaign("Campagne plan " + TestData.newSiren());
        String email = TestData.uniqueEmail("anim-plan-page");
        long facilitator = TestData.facilitator(email);
        long id = TestData.diagnostic(organization, campaign, "interview", facilitator);
        admin().contentType(ContentType.JSON).body(WORKED_EXAMPLE).patch("/api/diagnostics/" + id + "/answers")
                .then().statusCode(200);
        if (submit) {
            admin().post("/api/diagnostics/" + id + "/submit").then().statusCode(200);
        }
        return new Fixture(id, email, WebSession.signIn(email, TestData.password(email)));
    }

    static long version(Fixture f) {
        return Long.parseLong(admin().get(f.api()).then().statusCode(200).extract().header("ETag").replace("\"", ""));
    }

    static List<String> apiOrder(Fixture f) {
        return admin().get(f.api()).then().statusCode(200).extract().jsonPath().getList("actions.id", String.class);
    }

    static List<String> pageOrder(String html) {
        List<String> keys = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static Response op(WebSession session, Fixture f, String op, String key, long version) {
        var request = session.form().formParam("op", op).formParam("version", version);
        if (key != null) {
            request = request.formParam("key", key);
        }
        return request.post(f.page());
    }

    @Test
    void theAssignedFacilitatorAndAdminsSeeThePlanInOrder() {
        Fixture f = fixture("Commune de Colmar", true);
        String html = f.facilitator().given().get(f.page()).then().statusCode(200)
                .contentType(containsText("text/html")).extract().asString();
        assertEquals(List.of("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"), pageOrder(html));
        assertTrue(html.contains("<title>Plan d&#39;action – Commune de Colmar"), html);
        assertTrue(html.contains("Demander aux utilisateurs de signaler leurs réutilisations sur le portail."));
        assertTrue(html.contains("<span class=\"tag\">Gain rapide</span>"), "quick wins are tagged in words");
        assertTrue(html.contains("33,33"), "gain, French format");
        assertTrue(html.contains("Valoriser › Usages"), "axis and theme");
        assertTrue(html.contains("name=\"version\" value=\"0\""), "forms carry the plan version");
        assertTrue(html.contains("href=\"/animation/diagnostics/" + f.id() + "/plan.pdf\""));
        assertTrue(html.contains("href=\"/animation/diagnostics/" + f.id() + "\""), "back to the interview");
        assertTrue(html.contains("href=\"/animation/diagnostics/" + f.id() + "/plan/actions/q:referent\""));
        assertTrue(html.contains(">Monter<span class=\"visually-hidden\"> l&#39;action 2</span>"));
        assertTrue(html.contains("29,6"), "overall score");
        // the first row cannot move up, the last cannot move down
        assertTrue(html.matches("(?s).*data-key=\"q:reutilisations\".*?value=\"up\" class=\"secondary\" data-op=\"up\" disabled.*"));

        // warm renders stay fast (two plan computations per page: the service's state and the API's view)
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            times[i] = f.facilitator().given().get(f.page()).then().statusCode(200).extract().time();
        }
        java.util.Arrays.sort(times);
        System.out.println("plan page render, median of 5 warm requests: " + times[2] + " ms");
        assertTrue(times[2] < 1000, "median " + times[2] + " ms");

        String adminHtml = WebSession.admin().given().get(f.page() + "?lang=en").then().statusCode(200)
                .header("Content-Language", "en").extract().asString();
        assertTrue(adminHtml.contains("Ask users to report their reuses on the portal."));
        assertTrue(adminHtml.contains("Quick win"));
        assertTrue(adminHtml.contains("Move down"));
    }

    @Test
    void anotherFacilitatorCannotReadNorChangeThePlan() {
        Fixture f = fixture("Commune de Sélestat", true);
        WebSession other = WebSession.facilitator(TestData.uniqueEmail("anim-autre"));
        other.given().get(f.page()).then().statusCode(404);
        other.given().get(f.page() + "/actions/q:referent").then().statusCode(404);
        other.given().get(f.page() + "/regenerer").then().statusCode(404);
        op(other, f, "down", "q:reutilisations", 0).then().statusCode(404);
        op(other, f, "drop", "q:referent", 0).then().statusCode(404);
        other.form().formParam("version", 0).formParam("owner", "Intrus").post(f.page() + "/actions/q:referent")
                .then().statusCode(404);
        other.form().formParam("op", "regenerate").formParam("confirm", "oui").formParam("version", 0)
                .post(f.page()).then().statusCode(404);
        admin().get(f.api()).then().statusCode(200).header("ETag", "\"0\"").body("curated", equalTo(false))
                .body("actions[1].owner", nullValue());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Fixture f = fixture("Commune de Munster", true);
        io.restassured.RestAssured.given().redirects().follow(false).get(f.page()).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/connexion"));
        io.restassured.RestAssured.given().redirects().follow(false).formParam("op", "down")
                .formParam("key", "q:reutilisations").formParam("version", 0).post(f.page()).then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(303)).or(equalTo(401)));
        assertEquals(0, version(f));
    }

    @Test
    void aForgedOrMissingCsrfTokenIsRefusedAndChangesNothing() {
        Fixture f = fixture("Commune de Thann", true);
        f.facilitator().given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("_csrf", "forged").formParam("op", "down").formParam("key", "q:reutilisations")
                .formParam("version", 0).post(f.page()).then().statusCode(403);
        f.facilitator().given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("op", "drop").formParam("key", "q:referent").formParam("version", 0).post(f.page())
                .then().statusCode(403);
        f.facilitator().given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("_csrf", "forged").formParam("owner", "X").formParam("version", 0)
                .post(f.page() + "/actions/q:referent").then().statusCode(403);
        // a valid token posted from another site
        f.facilitator().given().header("Origin", "https://evil.example").formParam("_csrf", f.facilitator().csrf())
                .formParam("op", "down").formParam("key", "q:reutilisations").formParam("version", 0)
                .post(f.page()).then().statusCode(403);
        assertEquals(0, version(f));
        assertEquals(List.of("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"), apiOrder(f));
    }

    @Test
    void moveDropRestoreAddEditAndTargetsAreStored() {
        Fixture f = fixture("Commune de Ribeauvillé", true);
        WebSession s = f.facilitator();

        // down
        op(s, f, "down", "q:reutilisations", 0).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(
                        "/plan?ok=moved&cle=q:reutilisations&bouton=down#action-q-reutilisations"));
        assertEquals(List.of("q:referent", "q:reutilisations", "q:formats", "q:budget", "q:nb_jeux"), apiOrder(f));
        assertEquals(1, version(f));
        String html = s.given().get(f.page() + "?ok=moved&cle=q:reutilisations").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("role=\"status\" id=\"avis\">Action déplacée : elle est maintenant au rang 2."), html);
        assertEquals(apiOrder(f), pageOrder(html));

        // up
        op(s, f, "up", "q:budget", 1).then().statusCode(303);
        assertEquals(List.of("q:referent", "q:reutilisations", "q:budget", "q:formats", "q:nb_jeux"), apiOrder(f));

        // drop, listed under "Actions retirées", restore at the end
        op(s, f, "drop", "q:formats", 2).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("ok=dropped"));
        admin().get(f.api()).then().body("actions.id", contains("q:referent", "q:reutilisations", "q:budget",
                "q:nb_jeux")).body("available", contains("q:formats"));
        html = s.given().get(f.page()).then().statusCode(200).extract().asString();
        assertTrue(html.matches("(?s).*Actions retirées.*<li id=\"action-q-formats\" data-key=\"q:formats\">.*"
                + "value=\"restore\".*"), html);
        op(s, f, "restore", "q:formats", 3).then().statusCode(303);
        assertEquals(List.of("q:referent", "q:reutilisations", "q:budget", "q:nb_jeux", "q:formats"), apiOrder(f));

        // add a custom action
        s.form().formParam("op", "add").formParam("version", 4)
                .formParam("text", "Présenter le plan en conseil municipal").formParam("place", "theme:gouvernance")
                .formParam("effort", "low").formParam("horizon", "short").formParam("owner", "Le maire")
                .formParam("due", "31/12/2026").post(f.page()).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("ok=added&cle=custom-1"));
        admin().get(f.api()).then().statusCode(200)
                .body("actions[5].id", equalTo("custom-1"))
                .body("actions[5].custom", equalTo(true))
                .body("actions[5].text", equalTo("Présenter le plan en conseil municipal"))
                .body("actions[5].axis", equalTo("piloter"))
                .body("actions[5].theme", equalTo("gouvernance"))
                .body("actions[5].effort", equalTo("low"))
                .body("actions[5].horizon", equalTo("short"))
                .body("actions[5].owner", equalTo("Le maire"))
                .body("actions[5].dueDate", equalTo("2026-12-31"));

        // edit a suggested action: owner, due date, effort (its wording stays the questionnaire's)
        String form = s.given().get(f.page() + "/actions/q:referent").then().statusCode(200).extract().asString();
        assertTrue(form.contains("Selon le questionnaire (Faible)"), form);
        assertTrue(form.contains("name=\"version\" value=\"5\""));
        String wording = admin().get(f.api()).then().extract().path("actions[0].text");
        s.form().formParam("version", 5).formParam("text", wording).formParam("effort", "high")
                .formParam("horizon", "").formParam("owner", "Mme Durand (DGS)").formParam("due", "2027-03-31")
                .post(f.page() + "/actions/q:referent").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("ok=saved&cle=q:referent&bouton=edit#action-q-referent"));
        admin().get(f.api()).then().statusCode(200)
                .body("actions[0].id", equalTo("q:referent"))
                .body("actions[0].owner", equalTo("Mme Durand (DGS)"))
                .body("actions[0].dueDate", equalTo("2027-03-31"))
                .body("actions[0].effort", equalTo("high"))
                .body("actions[0].text", equalTo(wording))
                .body("actions[5].owner", equalTo("Le maire")); // the others are left as they were
        html = s.given().get(f.page()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Mme Durand (DGS)"));
        assertTrue(html.contains("31 mars 2027"), "due date shown in French");

        // reword it, then empty the wording to return to the questionnaire's
        s.form().formParam("version", 6).formParam("text", "Rédiger la lettre de mission du référent")
                .formParam("owner", "Mme Durand (DGS)").post(f.page() + "/actions/q:referent").then().statusCode(303);
        admin().get(f.api()).then().body("actions[0].text", equalTo("Rédiger la lettre de mission du référent"))
                .body("actions[0].effort", equalTo("low")).body("actions[0].dueDate", nullValue());
        s.form().formParam("version", 7).formParam("text", "").formParam("owner", "Mme Durand (DGS)")
                .post(f.page() + "/actions/q:referent").then().statusCode(303);
        admin().get(f.api()).then().body("actions[0].text", equalTo(wording));

        // targets
        s.form().formParam("op", "targets").formParam("version", 8).formParam("target.piloter", "avance")
                .formParam("target.partager", "").formParam("target.produire", "").formParam("target.valoriser", "")
                .post(f.page()).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("ok=targets"));
        admin().get(f.api()).then().body("axes[0].target", equalTo("avance")).body("axes[0].targetSet", equalTo(true))
                .body("axes[1].targetSet", equalTo(false));

        // deleting an added action needs a confirmation
        op(s, f, "drop", "custom-1", 9).then().statusCode(303).header("Location",
                org.hamcrest.Matchers.endsWith("/plan/actions/custom-1/supprimer?version=9"));
        assertEquals(9, version(f));
        String confirm = s.given().get(f.page() + "/actions/custom-1/supprimer?version=9").then().statusCode(200)
                .extract().asString();
        assertTrue(confirm.contains("« Présenter le plan en conseil municipal » sera supprimée"), confirm);
        s.form().formParam("op", "drop").formParam("key", "custom-1").formParam("version", 9)
                .formParam("confirm", "oui").post(f.page()).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("ok=deleted"));
        assertEquals(List.of("q:referent", "q:reutilisations", "q:budget", "q:nb_jeux", "q:formats"), apiOrder(f));
    }

    @Test
    void aStaleFormIsRefusedAndNeverOverwritesAColleaguesCuration() {
        Fixture f = fixture("Commune de Kaysersberg", true);
        WebSession s = f.facilitator();
        String html = s.given().get(f.page()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("name=\"version\" value=\"0\""));

        // meanwhile, an admin curates through the API
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"actions": [{"id": "q:budget", "owner": "Collègue"}, {"id": "q:referent"}]}""")
                .put(f.api()).then().statusCode(200).header("ETag", "\"1\"");

        Response refused = op(s, f, "down", "q:reutilisations", 0);
        assertEquals(409, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("Modification non appliquée"), page);
        assertTrue(page.contains("modifié par une autre personne"));
        assertTrue(page.contains("name=\"version\" value=\"1\""), "the page shows the plan as it is now");
        assertEquals(List.of("q:budget", "q:referent"), pageOrder(page));

        Response staleEdit = s.form().formParam("version", 0).formParam("owner", "Moi")
                .formParam("due", "01/06/2027").post(f.page() + "/actions/q:budget");
        assertEquals(409, staleEdit.statusCode());
        assertTrue(staleEdit.asString().contains("porteur « Collègue »"), staleEdit.asString());
        assertTrue(staleEdit.asString().contains("value=\"Moi\""), "what was typed is kept");
        assertTrue(staleEdit.asString().contains("value=\"01/06/2027\""));

        Response staleAdd = s.form().formParam("op", "add").formParam("version", 0).formParam("text", "Mon action")
                .post(f.page());
        assertEquals(409, staleAdd.statusCode());
        assertTrue(staleAdd.asString().contains(">Mon action</textarea>"));

        admin().get(f.api()).then().header("ETag", "\"1\"").body("actions.id", contains("q:budget", "q:referent"))
                .body("actions[0].owner", equalTo("Collègue"));
    }

    @Test
    void regeneratingNeedsAConfirmation() {
        Fixture f = fixture("Commune d'Obernai", true);
        WebSession s = f.facilitator();
        s.form().formParam("version", 0).formParam("owner", "Le DGS").post(f.page() + "/actions/q:referent")
                .then().statusCode(303);
        String html = s.given().get(f.page()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/animation/diagnostics/" + f.id() + "/plan/regenerer?version=1\""), html);

        op(s, f, "regenerate", null, 1).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/plan/regenerer?version=1"));
        admin().get(f.api()).then().header("ETag", "\"1\"").body("actions[1].owner", equalTo("Le DGS"));

        String confirm = s.given().get(f.page() + "/regenerer?version=1").then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("les porteurs, les échéances"), confirm);
        assertTrue(confirm.contains("name=\"confirm\" value=\"oui\""));
        s.form().formParam("op", "regenerate").formParam("confirm", "oui").formParam("version", 1).post(f.page())
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/plan?ok=regenerated"));
        admin().get(f.api()).then().header("ETag", "\"2\"").body("curated", equalTo(true))
                .body("actions.id", contains("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"))
                .body("actions[1].owner", nullValue());
    }

    @Test
    void invalidInputIsShownWithAnErrorSummaryAndKeptAndNothingIsStored() {
        Fixture f = fixture("Commune de Rouffach", true);
        WebSession s = f.facilitator();
        Response add = s.form().formParam("op", "add").formParam("version", 0).formParam("text", "  ")
                .formParam("owner", "x".repeat(201)).formParam("due", "31/02/2026").formParam("place", "theme:nope")
                .post(f.page());
        assertEquals(422, add.statusCode());
        String html = add.asString();
        assertTrue(html.contains("<title>4 erreurs à corriger – Plan d&#39;action"), html);
        assertTrue(html.contains("<a href=\"#add-text\">Saisissez l&#39;intitulé de l&#39;action.</a>"));
        assertTrue(html.contains("<a href=\"#add-owner\">Le porteur fait au plus 200 caractères.</a>"));
        assertTrue(html.contains("<a href=\"#add-due\">Saisissez une date valide"));
        assertTrue(html.contains("<a href=\"#add-place\">"));
        assertTrue(html.contains("id=\"add-owner\" name=\"owner\" value=\"" + "x".repeat(201) + "\""), "input kept");
        assertTrue(html.contains("aria-describedby=\"add-due-hint add-due-error\" aria-invalid=\"true\""));

        Response edit = s.form().formParam("version", 0).formParam("owner", "Le maire").formParam("due", "2026-13-01")
                .post(f.page() + "/actions/q:referent");
        assertEquals(422, edit.statusCode());
        assertTrue(edit.asString().contains("<a href=\"#due\">"), edit.asString());
        assertTrue(edit.asString().contains("value=\"Le maire\""));

        String en = s.given().cookie("odm_lang", "en").header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("_csrf", s.csrf()).formParam("op", "add").formParam("version", 0).formParam("text", "")
                .post(f.page()).then().statusCode(422).extract().asString();
        assertTrue(en.contains("Enter the action."), en);

        admin().get(f.api()).then().header("ETag", "\"0\"").body("curated", equalTo(false));
    }

    @Test
    void userTextIsEscaped() {
        Fixture f = fixture("<script>alert(1)</script>", true);
        WebSession s = f.facilitator();
        s.form().formParam("op", "add").formParam("version", 0).formParam("text", "<script>alert(2)</script>")
                .formParam("owner", "<img src=x onerror=alert(3)>").post(f.page()).then().statusCode(303);
        String html = s.given().get(f.page()).then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
        String form = s.given().get(f.page() + "/actions/custom-1").then().statusCode(200).extract().asString();
        assertFalse(form.contains("<script>alert"));
        String confirm = s.given().get(f.page() + "/actions/custom-1/supprimer").then().statusCode(200).extract()
                .asString();
        assertFalse(confirm.contains("<script>alert"));
    }

    @Test
    void aDraftDiagnosticsPlanCanBeCuratedWithANotice() {
        Fixture f = fixture("Commune d'Eguisheim", false);
        String html = f.facilitator().given().get(f.page()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("n&#39;est pas encore soumis"), html);
        assertTrue(html.contains("suggéré à partir des réponses"));
        op(f.facilitator(), f, "drop", "q:nb_jeux", 0).then().statusCode(303);
        admin().get(f.api()).then().body("available", contains("q:nb_jeux"));
        f.facilitator().given().get(f.page() + "/actions/q:nope").then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> containsText(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }
}
