package org.odmaturity.diagnostic.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The respondent pages over HTTP, without a browser: session, escaping, headers, CSRF, saving, conflicts, submit. */
@QuarkusTest
class RespondentPagesTest {

    static final String EVIL = "<script>alert('x')</script> & Cie";
    static final String FORM = "application/x-www-form-urlencoded";

    long diagnostic;
    String token;

    @BeforeEach
    void setUp() {
        long org = TestData.organization(EVIL + " " + System.nanoTime());
        long campaign = TestData.campaign("Campagne web " + System.nanoTime());
        diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        token = TestData.admin().contentType(ContentType.JSON).body(Map.of("label", "Alice (DGS)"))
                .post("/api/diagnostics/" + diagnostic + "/invitations")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    RequestSpecification as(String token) {
        return given().redirects().follow(false).cookie(RespondentSession.COOKIE, token);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a CSRF field");
        return m.group(1);
    }

    static String revision(String html, String question) {
        Matcher m = Pattern.compile("name=\"q\\." + Pattern.quote(question) + "\\.rev\" value=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "revision field of " + question);
        return m.group(1);
    }

    @Test
    void theLinkSetsAnHttpOnlyCookieAndRedirects() {
        Response r = given().redirects().follow(false).get("/i/" + token);
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/repondre"), r.header("Location"));
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.startsWith(RespondentSession.COOKIE + "=" + token), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertEquals("same-origin", r.header("Referrer-Policy"));
    }

    @Test
    void anInvalidOrRevokedLinkShowsAnAccessibleFrenchPage() {
        given().get("/i/odmi_" + "A".repeat(43)).then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\""), containsString("Ce lien n&#39;est plus valide"));
        given().get("/i/nonsense").then().statusCode(404);
        given().get("/repondre").then().statusCode(401).body(containsString("plus valide"));
        long id = TestData.admin().get("/api/diagnostics/" + diagnostic + "/invitations").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        as(token).get("/repondre").then().statusCode(200);
        TestData.admin().delete("/api/invitations/" + id).then().statusCode(204);
        as(token).get("/repondre").then().statusCode(404).body(containsString("plus valide"));
        // the cookie never works on the JSON API
        as(token).get("/api/diagnostics/" + diagnostic).then().statusCode(401);
    }

    @Test
    void pagesEscapeTheOrganisationNameAndCarrySecurityHeaders() {
        for (String path : List.of("/repondre", "/repondre/axes/piloter", "/repondre/relecture",
                "/repondre/resultats")) {
            as(token).get(path).then().statusCode(200).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "same-origin")
                    .body(not(containsString("<script>alert")), not(containsString("style=")),
                            not(containsString("<script>")));
        }
        as(token).get("/repondre").then()
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie"),
                        containsString("href=\"#contenu\""), containsString("Combien de temps"));
    }

    @Test
    void englishIsAvailableAndTheSwitchKeepsThePage() {
        Response r = as(token).get("/repondre/axes/partager?lang=en");
        r.then().statusCode(200).body(containsString("<html lang=\"en\""), containsString("Do you publish open data?"),
                containsString("href=\"/repondre/axes/partager?lang=fr\""));
        assertTrue(r.header("Set-Cookie").contains("odm_lang=en"));
        as(token).cookie("odm_lang", "en").get("/repondre").then().body(containsString("Who is asking?"));
        as(token).get("/repondre/axes/partager").then().body(containsString("href=\"/repondre/axes/partager?lang=en\""),
                containsString("Publiez-vous des données"));
    }

    @Test
    void formsWithoutOrWithAWrongCsrfTokenAreRefused() {
        as(token).contentType(FORM).formParam("q.referent.rev", "0").formParam("q.referent.value", "nomme")
                .post("/repondre/axes/piloter").then().statusCode(403).body(containsString("Action refusée"));
        as(token).contentType(FORM).formParam("_csrf", "forged").formParam("q.referent.rev", "0")
                .formParam("q.referent.value", "nomme").post("/repondre/axes/piloter").then().statusCode(403);
        as(token).contentType(FORM).formParam("_csrf", "forged").post("/repondre/soumettre").then().statusCode(403);
        // a valid token from another site is refused too
        String csrf = csrf(as(token).get("/repondre/axes/piloter").asString());
        as(token).contentType(FORM).header("Origin", "https://evil.example").formParam("_csrf", csrf)
                .formParam("q.referent.rev", "0").formParam("q.referent.value", "nomme")
                .post("/repondre/axes/piloter").then().statusCode(403);
        TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("answers.size()", equalTo(0));
    }

    @Test
    void aPlainFormPostSavesTheAnswersAndAColleagueSeesThem() {
        String page = as(token).get("/repondre/axes/piloter").asString();
        Response r = as(token).contentType(FORM).formParam("_csrf", csrf(page))
                .formParam("q.referent.rev", revision(page, "referent")).formParam("q.referent.value", "informel")
                .formParam("q.budget.rev", revision(page, "budget")).formParam("q.budget.value", "false")
                .formParam("q.budget.comment", "Pas encore <b>voté</b>").formParam("go", "stay")
                .post("/repondre/axes/piloter");
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith("/repondre/axes/piloter?enregistre=1"));
        TestData.admin().get("/api/diagnostics/" + diagnostic).then()
                .body("answers.find { it.question == 'referent' }.value", equalTo("informel"))
                .body("answers.find { it.question == 'referent' }.answeredBy",
                        equalTo("Lien d'invitation n°" + invitationId() + " (Alice (DGS))"))
                .body("answers.find { it.question == 'budget' }.value", equalTo(false))
                .body("answers.find { it.question == 'budget' }.comment", equalTo("Pas encore <b>voté</b>"));
        // a colleague's link opens the same answers
        String colleague = TestData.invitation(diagnostic);
        as(colleague).get("/repondre/axes/piloter?enregistre=1").then().statusCode(200)
                .body(containsString("Vos réponses sont enregistrées"))
                .body(containsString("value=\"informel\" checked"))
                .body(containsString("Pas encore &lt;b&gt;voté&lt;/b&gt;"))
                .body(containsString("2 sur 2 questions répondues"));
    }

    @Test
    void relevanceHidesQuestionsAndAutosaveAnswersJson() {
        String page = as(token).get("/repondre/axes/partager").asString();
        assertTrue(page.contains("data-question=\"nb_jeux\" hidden"), "nb_jeux is not relevant yet");
        Response r = as(token).contentType(FORM).accept(ContentType.JSON).formParam("_csrf", csrf(page))
                .formParam("q.publie.rev", "0").formParam("q.publie.value", "true").post("/repondre/axes/partager");
        r.then().statusCode(200).contentType(containsString("application/json")).body("saved", equalTo(true))
                .body("revisions.publie", equalTo(1)).body("notRelevant", not(org.hamcrest.Matchers.hasItem("nb_jeux")));
        as(token).get("/repondre/axes/partager").then()
                .body(not(containsString("data-question=\"nb_jeux\" hidden")));
    }

    @Test
    void invalidInputIsReportedAndLinkedToItsField() {
        String page = as(token).get("/repondre/axes/partager").asString();
        as(token).contentType(FORM).formParam("_csrf", csrf(page)).formParam("q.publie.rev", "0")
                .formParam("q.publie.value", "true").formParam("q.formats.rev", "0")
                .formParam("q.formats.evidence", "pas une adresse").post("/repondre/axes/partager").then()
                .statusCode(422).body(containsString("role=\"alert\""), containsString("href=\"#q-formats-pdf\""),
                        containsString("Saisissez une adresse web complète"),
                        containsString("aria-describedby=\"q-formats-error\""),
                        containsString("value=\"pas une adresse\""));
        TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("answers.size()", equalTo(0));
    }

    @Test
    void aStaleRevisionShowsTheColleaguesAnswerAndKeepsTheInput() {
        String page = as(token).get("/repondre/axes/piloter").asString();
        String colleague = TestData.invitation(diagnostic);
        TestData.bearer(colleague).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "referent", "value", "nomme", "revision", 0))))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
        String html = as(token).contentType(FORM).formParam("_csrf", csrf(page)).formParam("q.referent.rev", "0")
                .formParam("q.referent.value", "personne").post("/repondre/axes/piloter").then().statusCode(409)
                .body(containsString("Modifié entre-temps par Lien d&#39;invitation"),
                        containsString("Un référent nommé, avec du temps dédié"),
                        containsString("value=\"personne\" checked"))
                .extract().asString();
        assertEquals("1", revision(html, "referent"), "saving again keeps the user's answer, knowingly");
        as(token).contentType(FORM).formParam("_csrf", csrf(page)).formParam("q.referent.rev", "1")
                .formParam("q.referent.value", "personne").post("/repondre/axes/piloter").then().statusCode(303);
        TestData.admin().get("/api/diagnostics/" + diagnostic).then()
                .body("answers.find { it.question == 'referent' }.value", equalTo("personne"));
    }

    @Test
    void reviewListsMissingQuestionsThenSubmitShowsTheResults() {
        as(token).get("/repondre/relecture").then().statusCode(200)
                .body(containsString("href=\"/repondre/axes/piloter#q-referent\""),
                        containsString("href=\"/repondre/axes/partager#q-publie\""));
        String csrf = csrf(as(token).get("/repondre/relecture").asString());
        as(token).contentType(FORM).formParam("_csrf", csrf).post("/repondre/soumettre").then().statusCode(422)
                .body(containsString("role=\"alert\""));
        TestData.bearer(token).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "referent", "value", "nomme", "revision", 0),
                        Map.of("question", "publie", "value", false, "revision", 0))))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
        as(token).get("/repondre/relecture").then().body(containsString("Toutes les questions obligatoires"));
        Response r = as(token).contentType(FORM).formParam("_csrf", csrf).post("/repondre/soumettre");
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith("/repondre/resultats"));
        TestData.admin().get("/api/diagnostics/" + diagnostic).then().body("status", equalTo("submitted"));
        as(token).get("/repondre/resultats").then().statusCode(200)
                .body(containsString("Niveau de maturité"), containsString("<canvas id=\"radar\""),
                        containsString("data-axis=\"piloter\""), containsString("Plan d&#39;actions"),
                        containsString("/webjars/chart.js/4.5.1/dist/chart.umd.js"),
                        containsString("href=\"/repondre/plan.pdf?lang=fr\""));
        as(token).get("/repondre/plan.pdf").then().statusCode(200).contentType("application/pdf");
        given().get("/webjars/chart.js/4.5.1/dist/chart.umd.js").then().statusCode(200);
        given().get("/js/repondre.js").then().statusCode(200);
        // once sent, the answers no longer change from the pages
        as(token).contentType(FORM).formParam("_csrf", csrf).formParam("q.referent.rev", "1")
                .formParam("q.referent.value", "personne").post("/repondre/axes/piloter").then().statusCode(303)
                .header("Location", containsString("/repondre/resultats"));
    }

    long invitationId() {
        return TestData.admin().get("/api/diagnostics/" + diagnostic + "/invitations").then().extract().jsonPath()
                .getLong("[0].id");
    }
}
