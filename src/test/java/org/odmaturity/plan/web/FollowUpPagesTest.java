package org.odmaturity.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.diagnostic.web.RespondentSession;
import org.odmaturity.plan.followup.FollowUpFixture;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.PdfTools;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The follow-up pages over HTTP, as a browser without JavaScript uses them (staff and the organisation's link), and
 * the places where the previous plan shows at the next campaign: the interview page beside its questions, the
 * respondent's landing page, the plan PDF and the organisation's results page. Every change is checked through the
 * API.
 */
@QuarkusTest
class FollowUpPagesTest {

    private static String page(long diagnostic) {
        return "/animation/diagnostics/" + diagnostic + "/plan/suivi";
    }

    private static String apiStatus(long diagnostic, String key, String field) {
        return admin().get(FollowUpFixture.followUp(diagnostic)).then().statusCode(200).extract().jsonPath()
                .getString("actions.find { it.key == '" + key + "' }." + field);
    }

    /** The version hidden field of an action's form on a follow-up page. */
    private static String version(String html, String key) {
        Matcher m = Pattern.compile("name=\"key\" value=\"" + Pattern.quote(key)
                + "\">\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "no form for " + key);
        return m.group(1);
    }

    /** A text as the pages write it (Qute escapes the apostrophe). */
    private static String h(String text) {
        return text.replace("'", "&#39;");
    }

    private static RequestSpecification link(String token) {
        return RestAssured.given().redirects().follow(false).cookie(RespondentSession.COOKIE, token);
    }

    @Test
    void theFacilitatorSetsAStatusThroughThePage() {
        FollowUpFixture f = FollowUpFixture.create("Commune <suivie> & page");
        WebSession facilitator = WebSession.signIn(f.facilitator2025(), TestData.password(f.facilitator2025()));
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String html = facilitator.given().get(page(f.diagnostic2025())).then().statusCode(200)
                .body(containsString(h("Suivi du plan d'action – Commune &lt;suivie&gt; &amp; page")))
                .body(containsString("Pas encore suivie.")).extract().asString();
        Response saved = facilitator.form().formParam("key", key).formParam("version", version(html, key))
                .formParam("status", "done").formParam("date", "03/03/2026").formParam("note", "Voté <b>le</b> 3 mars")
                .post(page(f.diagnostic2025()));
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = java.net.URLDecoder.decode(saved.header("Location"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(location.endsWith(page(f.diagnostic2025()) + "?ok=" + key + "#" + PlanLinks.htmlId(key)), location);
        assertEquals("done", apiStatus(f.diagnostic2025(), key, "status"));
        assertEquals("2026-03-03", apiStatus(f.diagnostic2025(), key, "statusDate"));
        facilitator.given().get(page(f.diagnostic2025()) + "?ok=" + key).then().statusCode(200)
                .body(containsString(h("Le suivi de l'action 1 est enregistré.")))
                .body(containsString("Statut actuel : Fait depuis le 3 mars 2026."))
                .body(containsString("Voté &lt;b&gt;le&lt;/b&gt; 3 mars"))
                .body(containsString("Historique (1 changement(s))"));
        // in English
        facilitator.given().cookie("odm_lang", "en").get(page(f.diagnostic2025())).then().statusCode(200)
                .body(containsString("Current status: Done since 3 Mar 2026."));
    }

    @Test
    void aStaleFormOrBadFieldsChangeNothing() {
        FollowUpFixture f = FollowUpFixture.create("Commune pressée");
        WebSession admin = WebSession.admin();
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String html = admin.given().get(page(f.diagnostic2025())).then().statusCode(200).extract().asString();
        String read = version(html, key);
        FollowUpFixture.set(f.diagnostic2025(), key, "in_progress", "2026-01-10", "Par un collègue");
        admin.form().formParam("key", key).formParam("version", read).formParam("status", "abandoned")
                .post(page(f.diagnostic2025())).then().statusCode(409)
                .body(containsString("Ce suivi a été modifié entre-temps"))
                .body(containsString("Par un collègue"));
        assertEquals("in_progress", apiStatus(f.diagnostic2025(), key, "status"));

        Response refused = admin.form().formParam("key", key).formParam("version", "1").formParam("status", "fini")
                .formParam("date", "31/02/2026").formParam("note", "x".repeat(501)).post(page(f.diagnostic2025()));
        assertEquals(422, refused.statusCode());
        String body = refused.asString();
        assertTrue(body.contains(h("3 erreur(s) dans le suivi de l'action")), body);
        assertTrue(body.contains("Choisissez un des statuts proposés."), body);
        assertTrue(body.contains("Saisissez une date au format jj/mm/aaaa"), body);
        assertTrue(body.contains("La note dépasse 500 caractères (501)"), body);
        assertTrue(body.contains("aria-invalid=\"true\""), body);
        assertEquals("Par un collègue", apiStatus(f.diagnostic2025(), key, "note"));
    }

    @Test
    void onlyThoseWhoMayFollowItUpSeeItAndOnlyAValidatedPlanHasForms() {
        FollowUpFixture f = FollowUpFixture.create("Commune réservée");
        String stranger = TestData.uniqueEmail("suivi-page-etranger");
        TestData.facilitator(stranger);
        WebSession other = WebSession.signIn(stranger, TestData.password(stranger));
        other.given().get(page(f.diagnostic2025())).then().statusCode(404);
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        other.form().formParam("key", key).formParam("version", "0").formParam("status", "done")
                .post(page(f.diagnostic2025())).then().statusCode(404);
        assertEquals("0", apiStatus(f.diagnostic2025(), key, "version"));
        // the next campaign's facilitator follows the 2025 plan up
        WebSession next = WebSession.signIn(f.facilitator2026(), TestData.password(f.facilitator2026()));
        next.given().get(page(f.diagnostic2025())).then().statusCode(200).body(containsString("name=\"status\""));
        // a plan not validated: shown, without forms; a forged post is refused
        FollowUpFixture.answered(f.diagnostic2026());
        String draftKey = FollowUpFixture.firstAction(f.diagnostic2026());
        next.given().get(page(f.diagnostic2026())).then().statusCode(200)
                .body(containsString(h("n'est pas encore validé"))).body(not(containsString("name=\"status\"")));
        next.form().formParam("key", draftKey).formParam("version", "0").formParam("status", "done")
                .post(page(f.diagnostic2026())).then().statusCode(409).body(containsString("Suivi impossible"));
    }

    @Test
    void theOrganisationFollowsUpItsPreviousPlanThroughItsNewLink() {
        FollowUpFixture f = FollowUpFixture.create("Commune autonome");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String html = link(f.link2026()).get("/repondre/suivi").then().statusCode(200)
                .body(containsString(h("Suivi du plan d'action – Commune autonome"))).extract().asString();
        Response saved = link(f.link2026()).header("Origin", Browser.baseUrl())
                .formParam("_csrf", WebSession.csrfOf(html)).formParam("diagnostic", f.diagnostic2025())
                .formParam("key", key).formParam("version", version(html, key)).formParam("status", "in_progress")
                .formParam("note", "Délibération prévue").post("/repondre/suivi");
        assertEquals(303, saved.statusCode(), saved.asString());
        assertEquals("in_progress", apiStatus(f.diagnostic2025(), key, "status"));
        // the landing page of the new diagnostic shows the previous plan and its statuses
        link(f.link2026()).get("/repondre").then().statusCode(200)
                .body(containsString("Depuis le dernier diagnostic"))
                .body(containsString("data-key=\"" + key + "\" data-status=\"in_progress\""))
                .body(containsString("Délibération prévue"))
                .body(containsString("href=\"/repondre/suivi\""));
        // another organisation's link has nothing to follow up, and may not post to this plan
        FollowUpFixture other = FollowUpFixture.create("Commune voisine");
        String otherHtml = link(other.link2026()).get("/repondre/suivi").then().statusCode(200)
                .body(containsString("Commune voisine")).extract().asString();
        link(other.link2026()).header("Origin", Browser.baseUrl()).formParam("_csrf", WebSession.csrfOf(otherHtml))
                .formParam("diagnostic", f.diagnostic2025()).formParam("key", key).formParam("version", "1")
                .formParam("status", "done").post("/repondre/suivi").then().statusCode(404);
        assertEquals("in_progress", apiStatus(f.diagnostic2025(), key, "status"));
        // an organisation without a validated plan yet has nothing to follow up
        long newcomer = TestData.diagnostic(TestData.organization("Commune nouvelle " + TestData.newSiren()),
                FollowUpFixture.campaign(2026), "self-assessment", null);
        link(TestData.invitation(newcomer)).get("/repondre/suivi").then().statusCode(200)
                .body(containsString(h("Il n'y a pas encore de plan à suivre"))).body(not(containsString("<form")));
    }

    @Test
    void theNextCampaignShowsThePreviousPlanBesideTheQuestionsInThePdfAndOnTheOrganisationPage() {
        FollowUpFixture f = FollowUpFixture.create("Commune évolutive");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String text = admin().get(FollowUpFixture.followUp(f.diagnostic2025())).then().extract().jsonPath()
                .getString("actions[0].text");
        FollowUpFixture.set(f.diagnostic2025(), key, "done", "2026-03-03", "Publié en ligne");
        WebSession facilitator = WebSession.signIn(f.facilitator2026(), TestData.password(f.facilitator2026()));
        String escaped = text.replace("'", "&#39;");
        facilitator.given().get("/animation/diagnostics/" + f.diagnostic2026()).then().statusCode(200)
                .body(containsString("Depuis le dernier diagnostic"))
                .body(containsString("Plan 2025 : " + escaped + " – Fait (3 mars 2026) – Publié en ligne"))
                .body(containsString("href=\"/animation/diagnostics/" + f.diagnostic2025() + "/plan/suivi\""));
        facilitator.given().cookie("odm_lang", "en").get("/animation/diagnostics/" + f.diagnostic2026()).then()
                .statusCode(200).body(containsString("2025 plan: "));

        if (PdfTools.available()) {
            byte[] pdf = facilitator.given().get("/animation/diagnostics/" + f.diagnostic2026() + "/plan.pdf")
                    .then().statusCode(200).extract().asByteArray();
            String pdfText = PdfTools.text(pdf);
            assertTrue(pdfText.contains("Depuis le dernier diagnostic"), pdfText);
            assertTrue(pdfText.contains("Publié en ligne"), pdfText);
            assertTrue(pdfText.contains("Fait"), pdfText);
            byte[] en = admin().get("/api/diagnostics/" + f.diagnostic2026() + "/plan.pdf?lang=en").then()
                    .statusCode(200).extract().asByteArray();
            assertTrue(PdfTools.text(en).contains("Since the last diagnostic"), PdfTools.text(en));
            // no previous plan, no section
            byte[] first = admin().get("/api/diagnostics/" + f.diagnostic2025() + "/plan.pdf").then()
                    .statusCode(200).extract().asByteArray();
            assertTrue(!PdfTools.text(first).contains("Depuis le dernier diagnostic"));
        }

        WebSession.admin().given().get("/resultats/organisations/" + f.organization()).then().statusCode(200)
                .body(containsString("Actions du plan 2025 et leur suivi"))
                .body(containsString("data-key=\"" + key + "\" data-status=\"done\""))
                .body(containsString("Publié en ligne"));
        admin().get("/api/diagnostics/" + f.diagnostic2026() + "/plan/previous").then()
                .body("actions[0].status", equalTo("done"));
    }
}
