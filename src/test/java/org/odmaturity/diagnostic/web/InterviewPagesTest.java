package org.odmaturity.diagnostic.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The facilitator's interview pages over HTTP (no browser): who sees which diagnostic, starting an interview, the
 * plain form save and its conflicts, the JSON autosave, CSRF, validation, the PDF and escaping.
 */
@QuarkusTest
class InterviewPagesTest {

    static final String EVIL = "<script>alert('x')</script> & Cie";

    String email;
    long facilitatorId;
    WebSession session;
    long org;
    String orgName;
    long campaign;
    long diagnostic;

    @BeforeEach
    void setUp() {
        email = TestData.uniqueEmail("itv");
        facilitatorId = TestData.facilitator(email);
        session = WebSession.signIn(email, TestData.password(email));
        orgName = "Commune de Wissembourg " + System.nanoTime();
        org = TestData.organization(orgName);
        campaign = TestData.campaign("Campagne entretiens " + System.nanoTime());
        diagnostic = TestData.diagnostic(org, campaign, "interview", facilitatorId);
    }

    static String page(long id) {
        return "/animation/diagnostics/" + id;
    }

    static String revision(String html, String question) {
        Matcher m = Pattern.compile("name=\"q\\." + Pattern.quote(question) + "\\.rev\" value=\"(\\d+)\"")
                .matcher(html);
        assertTrue(m.find(), "revision field of " + question);
        return m.group(1);
    }

    static JsonPath api(long id) {
        return TestData.admin().get("/api/diagnostics/" + id).then().statusCode(200).extract().jsonPath();
    }

    static Object answer(long id, String question, String field) {
        List<Map<String, Object>> answers = api(id).getList("answers");
        return answers.stream().filter(a -> question.equals(a.get("question"))).findFirst()
                .map(a -> a.get(field)).orElse(null);
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() {
        for (String path : List.of("/animation", page(diagnostic), page(diagnostic) + "/plan.pdf")) {
            given().redirects().follow(false).accept("text/html").get(path).then().statusCode(303)
                    .header("Location", containsString("/connexion"));
        }
        given().redirects().follow(false).accept("text/html").contentType(ContentType.URLENC)
                .formParam("q.referent.value", "nomme").formParam("q.referent.rev", "0")
                .post(page(diagnostic)).then().statusCode(303).header("Location", containsString("/connexion"));
        assertEquals(null, answer(diagnostic, "referent", "value"));
    }

    @Test
    void aFacilitatorSeesOnlyTheirDiagnosticsAndTheAdminSeesAll() {
        String otherEmail = TestData.uniqueEmail("itv-other");
        long other = TestData.facilitator(otherEmail);
        String otherOrg = "Commune Obernai " + System.nanoTime();
        long otherDiagnostic = TestData.diagnostic(TestData.organization(otherOrg), campaign, "interview", other);

        String list = session.given().get("/animation").then().statusCode(200).extract().asString();
        assertTrue(list.contains(orgName), "my diagnostic is listed");
        assertTrue(list.contains("href=\"" + page(diagnostic) + "\""));
        assertFalse(list.contains(otherOrg), "another facilitator's diagnostic is not listed");
        assertTrue(list.contains("En cours"), "status in words");
        assertTrue(list.contains("0 sur 6 questions"), "progress: answered of relevant");

        // neither its page, nor its save, nor its validation, nor its PDF
        session.given().accept("text/html").get(page(otherDiagnostic)).then().statusCode(404)
                .body(containsString("Page introuvable"));
        session.form().accept("text/html").formParam("q.referent.value", "nomme").formParam("q.referent.rev", "0")
                .post(page(otherDiagnostic)).then().statusCode(404);
        session.form().accept("application/json").formParam("q.referent.value", "nomme")
                .formParam("q.referent.rev", "0").post(page(otherDiagnostic)).then().statusCode(404);
        session.form().post(page(otherDiagnostic) + "/valider").then().statusCode(404);
        session.given().get(page(otherDiagnostic) + "/plan.pdf").then().statusCode(404);
        assertEquals(null, answer(otherDiagnostic, "referent", "value"), "nothing was written");
        assertEquals("draft", api(otherDiagnostic).getString("status"));

        String admin = WebSession.admin().given().get("/animation").then().statusCode(200).extract().asString();
        assertTrue(admin.contains(orgName) && admin.contains(otherOrg), "the admin sees every diagnostic");
        assertTrue(admin.contains("Animatrice " + otherEmail), "with its facilitator");
        WebSession.admin().given().get(page(otherDiagnostic)).then().statusCode(200);

        // filters: by status and campaign
        String validatedOnly = session.given().queryParam("statut", "validated").get("/animation").then()
                .statusCode(200).extract().asString();
        assertFalse(validatedOnly.contains(orgName));
        long elsewhere = TestData.campaign("Autre campagne " + System.nanoTime());
        String byCampaign = session.given().queryParam("campagne", elsewhere).get("/animation").then()
                .statusCode(200).extract().asString();
        assertFalse(byCampaign.contains(orgName));
    }

    @Test
    void startingAnInterviewCreatesAFacilitatedDiagnosticAssignedToMe() {
        String name = "Communauté de communes du Ried " + System.nanoTime();
        long newOrg = TestData.organization(name);
        String search = session.given().queryParam("org", "ried " + name.substring(name.lastIndexOf(' ') + 1))
                .get("/animation").then().statusCode(200).extract().asString();
        assertTrue(search.contains("<option value=\"" + newOrg + "\""), "the search lists the organisation");
        assertTrue(search.contains("<option value=\"" + campaign + "\""), "open campaigns are offered");

        Response created = session.form().formParam("organizationId", newOrg).formParam("campaignId", campaign)
                .formParam("org", "ried").post("/animation/entretiens");
        assertEquals(303, created.statusCode(), created::asString);
        Matcher id = Pattern.compile("/animation/diagnostics/(\\d+)\\?ok=cree$").matcher(created.header("Location"));
        assertTrue(id.find(), created.header("Location"));
        long newDiagnostic = Long.parseLong(id.group(1));
        JsonPath d = api(newDiagnostic);
        assertEquals("interview", d.getString("mode"));
        assertEquals(facilitatorId, d.getLong("facilitator.id"));
        assertEquals(newOrg, d.getLong("organization.id"));
        session.given().get(page(newDiagnostic) + "?ok=cree").then().statusCode(200)
                .body(containsString("Entretien créé"), containsString(name));

        // the same organisation and campaign again: refused, with a link to the existing diagnostic
        session.form().formParam("organizationId", newOrg).formParam("campaignId", campaign).formParam("org", "ried")
                .post("/animation/entretiens").then().statusCode(409)
                .body(containsString("déjà un diagnostic"), containsString("href=\"" + page(newDiagnostic) + "\""));
        // someone else's: refused without a link they could not open
        String otherEmail = TestData.uniqueEmail("itv-start");
        TestData.facilitator(otherEmail);
        WebSession other = WebSession.signIn(otherEmail, TestData.password(otherEmail));
        String refused = other.form().formParam("organizationId", newOrg).formParam("campaignId", campaign)
                .post("/animation/entretiens").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("suivi par une autre personne"));
        assertFalse(refused.contains("href=\"" + page(newDiagnostic) + "\""));
        // nothing chosen
        session.form().post("/animation/entretiens").then().statusCode(422)
                .body(containsString("Choisissez l&#39;organisation"), containsString("href=\"#org\""));
    }

    @Test
    void aPlainFormPostSavesAndAConcurrentEditIsShownNotOverwritten() {
        String html = session.given().get(page(diagnostic)).then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"#q-referent\""), "next unanswered question, computed by the server");
        assertTrue(html.contains("/animation/diagnostics/" + diagnostic + "/plan\""), "link to the plan page");
        assertTrue(html.contains("/animation/diagnostics/" + diagnostic + "/liens\""), "link to the invitations");
        assertTrue(html.contains("Raccourcis clavier"));
        session.form().formParam("q.referent.value", "nomme").formParam("q.referent.rev", revision(html, "referent"))
                .formParam("q.referent.note", "<script>alert(1)</script> notes")
                .formParam("q.publie.value", "true").formParam("q.publie.rev", revision(html, "publie"))
                .formParam("q.publie.unsure", "true")
                .formParam("go", "partager")
                .post(page(diagnostic)).then().statusCode(303)
                .header("Location", endsWith(page(diagnostic) + "?ok=enregistre#axe-partager"));
        assertEquals("nomme", answer(diagnostic, "referent", "value"));
        assertEquals("<script>alert(1)</script> notes", answer(diagnostic, "referent", "note"));
        assertEquals(true, answer(diagnostic, "publie", "unsure"));

        String after = session.given().get(page(diagnostic) + "?ok=enregistre").then().statusCode(200).extract()
                .asString();
        assertTrue(after.contains("&lt;script&gt;alert(1)&lt;/script&gt; notes"), "notes escaped");
        assertFalse(after.contains("<script>alert(1)"));
        assertTrue(after.contains("Réponses enregistrées"));
        assertTrue(after.contains("href=\"#q-budget\""), "next unanswered question moved on");
        assertTrue(Pattern.compile("id=\"itv-unsure\"[^>]*>\\s*<li><a href=\"#q-publie\">").matcher(after).find(),
                "the 'to review' list");
        assertTrue(after.contains("id=\"q-referent-nomme\" name=\"q.referent.value\" value=\"nomme\" checked"));

        // a colleague changes the answer through the API after this page was loaded
        String loadedRevision = revision(after, "referent");
        TestData.admin().contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("question", "referent", "value", "informel", "revision",
                        Integer.parseInt(loadedRevision)))))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
        String conflict = session.form().formParam("q.referent.value", "personne")
                .formParam("q.referent.rev", loadedRevision).post(page(diagnostic)).then().statusCode(409)
                .extract().asString();
        assertTrue(conflict.contains("Modifié entre-temps par"), conflict);
        assertTrue(conflict.contains("Une personne, sans mission écrite"), "the colleague's answer in words");
        assertTrue(conflict.contains("id=\"q-referent-personne\" name=\"q.referent.value\" value=\"personne\" checked"),
                "my input is kept");
        assertEquals("informel", answer(diagnostic, "referent", "value"), "not overwritten");
        // saving again with the revision the conflict page holds keeps my answer, knowingly
        session.form().formParam("q.referent.value", "personne")
                .formParam("q.referent.rev", revision(conflict, "referent")).post(page(diagnostic)).then()
                .statusCode(303);
        assertEquals("personne", answer(diagnostic, "referent", "value"));
        // the notes, not part of that post, are kept
        assertEquals("<script>alert(1)</script> notes", answer(diagnostic, "referent", "note"));
    }

    @Test
    void theJsonAutosaveAnswersScoresPerAxisRelevanceAndRevisions() {
        String html = session.given().get(page(diagnostic)).then().statusCode(200).extract().asString();
        assertTrue(Pattern.compile("id=\"q-nb_jeux\"[^>]*>\\s*<fieldset disabled").matcher(html).find(),
                "not relevant before 'publie'");
        JsonPath answer = session.form().accept("application/json")
                .formParam("q.publie.value", "true").formParam("q.publie.rev", revision(html, "publie"))
                .formParam("q.referent.value", "nomme").formParam("q.referent.rev", revision(html, "referent"))
                .formParam("q.referent.unsure", "true")
                .post(page(diagnostic)).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(true, answer.getBoolean("saved"));
        assertEquals(1, answer.getInt("revisions.publie"));
        assertFalse(answer.getList("notRelevant").contains("nb_jeux"), "relevant now");
        assertEquals("66,7", answer.getString("scores.piloter.score"), "'budget' unanswered counts 0");
        assertEquals("1/2", answer.getString("scores.piloter.progress"));
        assertEquals("33,3", answer.getString("scores.partager.score"), "1 of 3 questions, 'nb_jeux' and 'formats' 0");
        assertEquals("#q-budget", answer.getString("next"));
        assertEquals("referent", answer.getString("unsure[0].question"));
        assertTrue(answer.getList("answered").containsAll(List.of("publie", "referent")));
        assertTrue(answer.getString("overall.progress").startsWith("2/"));

        // a number that is not one: 422, nothing saved
        session.form().accept("application/json").formParam("q.nb_jeux.value", "beaucoup")
                .formParam("q.nb_jeux.rev", "0").post(page(diagnostic)).then().statusCode(422)
                .body("saved", equalTo(false), "errors[0].question", equalTo("nb_jeux"));
        // a stale revision: 409 with the current one
        session.form().accept("application/json").formParam("q.publie.value", "false")
                .formParam("q.publie.rev", "0").post(page(diagnostic)).then().statusCode(409)
                .body("conflicts[0].question", equalTo("publie"), "conflicts[0].revision", equalTo(1));
        assertEquals(true, answer(diagnostic, "publie", "value"));
    }

    @Test
    void formsWithoutTheSessionTokenOrFromElsewhereAreRefused() {
        String html = session.given().get(page(diagnostic)).then().statusCode(200).extract().asString();
        String rev = revision(html, "referent");
        session.given().header("Origin", Browser.baseUrl()).formParam("q.referent.value", "nomme")
                .formParam("q.referent.rev", rev).post(page(diagnostic)).then().statusCode(403)
                .body(containsString("Action refusée"));
        session.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "forged-" + session.csrf())
                .formParam("q.referent.value", "nomme").formParam("q.referent.rev", rev).post(page(diagnostic))
                .then().statusCode(403);
        session.given().header("Origin", "https://evil.example").formParam("_csrf", session.csrf())
                .formParam("q.referent.value", "nomme").formParam("q.referent.rev", rev).post(page(diagnostic))
                .then().statusCode(403);
        session.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "x").post(page(diagnostic) + "/valider")
                .then().statusCode(403);
        session.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "x")
                .formParam("organizationId", org).formParam("campaignId", campaign).post("/animation/entretiens")
                .then().statusCode(403);
        // HTTP Basic (no session, hence no token) cannot post the forms either
        TestData.as(email, TestData.password(email)).redirects().follow(false).header("Origin", Browser.baseUrl())
                .formParam("q.referent.value", "nomme").formParam("q.referent.rev", rev).post(page(diagnostic))
                .then().statusCode(403);
        assertEquals(null, answer(diagnostic, "referent", "value"));
    }

    @Test
    void validationIsRefusedWhileRequiredQuestionsAreMissingThenWorks() {
        String refused = session.form().post(page(diagnostic) + "/valider").then().statusCode(422).extract()
                .asString();
        assertTrue(refused.contains("La validation est refusée"), refused);
        assertTrue(refused.contains("href=\"#q-referent-personne\""), "linked to the missing question's first answer");
        assertTrue(refused.contains("href=\"#q-publie-yes\""));
        assertFalse(refused.contains("href=\"#q-budget-yes\""), "optional questions are not required");
        assertEquals("draft", api(diagnostic).getString("status"));

        String html = session.given().get(page(diagnostic)).then().statusCode(200).extract().asString();
        session.form().formParam("q.referent.value", "informel").formParam("q.referent.rev", revision(html, "referent"))
                .formParam("q.publie.value", "false").formParam("q.publie.rev", revision(html, "publie"))
                .post(page(diagnostic)).then().statusCode(303);
        session.form().post(page(diagnostic) + "/valider").then().statusCode(303)
                .header("Location", containsString(page(diagnostic) + "?ok=valide"));
        JsonPath d = api(diagnostic);
        assertEquals("validated", d.getString("status"));

        String validated = session.given().get(page(diagnostic) + "?ok=valide").then().statusCode(200).extract()
                .asString();
        assertTrue(validated.contains("Diagnostic validé"));
        assertTrue(validated.contains("Ce diagnostic est validé"));
        assertFalse(validated.contains("id=\"valider\""), "no validation button any more");
        assertTrue(Pattern.compile("id=\"q-referent\"[^>]*>\\s*<fieldset disabled").matcher(validated).find(),
                "answers are read-only");
        // a late save changes nothing
        session.form().formParam("q.referent.value", "nomme").formParam("q.referent.rev", "1").post(page(diagnostic))
                .then().statusCode(303);
        session.form().accept("application/json").formParam("q.referent.value", "nomme")
                .formParam("q.referent.rev", "1").post(page(diagnostic)).then().statusCode(409);
        assertEquals("informel", answer(diagnostic, "referent", "value"));
        // validating twice is harmless
        session.form().post(page(diagnostic) + "/valider").then().statusCode(303);
    }

    @Test
    void thePlanPdfIsARealPdfWithTheOrganisation() throws Exception {
        Response pdf = session.given().get(page(diagnostic) + "/plan.pdf?lang=fr&notes=1");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        byte[] bytes = pdf.asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = pdfText(bytes);
        assertTrue(text.replaceAll("\\s+", " ").contains(orgName), text);
    }

    @Test
    void userTextIsEscapedEverywhere() {
        long evilOrg = TestData.organization(EVIL + " " + System.nanoTime());
        long evilDiagnostic = TestData.diagnostic(evilOrg, campaign, "interview", facilitatorId);
        String list = session.given().get("/animation").then().statusCode(200).extract().asString();
        assertTrue(list.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie"), list);
        assertFalse(list.contains("<script>alert("));
        String interview = session.given().get(page(evilDiagnostic)).then().statusCode(200).extract().asString();
        assertTrue(interview.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie"));
        assertFalse(interview.contains("<script>alert("));
        String search = session.given().queryParam("org", "<script>alert(2)</script>").get("/animation").then()
                .statusCode(200).extract().asString();
        assertFalse(search.contains("<script>alert(2)"));
        assertTrue(search.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    }

    @Test
    void pagesSpeakEnglishOnRequest() {
        session.given().get(page(diagnostic) + "?lang=en").then().statusCode(200)
                .body(containsString("Interview: " + orgName), containsString("Keyboard shortcuts"),
                        containsString("Live score"), not(containsString("Raccourcis clavier")));
        session.given().get("/animation?lang=en").then().statusCode(200)
                .body(containsString("My diagnostics"), containsString("Start an interview"));
    }

    @Test
    void theAdminStartsAnInterviewAssignedToThemself() {
        WebSession admin = WebSession.admin();
        long newOrg = TestData.organization("Ville d'Haguenau " + System.nanoTime());
        Response created = admin.form().formParam("organizationId", newOrg).formParam("campaignId", campaign)
                .post("/animation/entretiens");
        assertEquals(303, created.statusCode(), created::asString);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/diagnostics/(\\d+).*", "$1"));
        JsonPath d = api(id);
        assertEquals("interview", d.getString("mode"));
        assertTrue(d.get("facilitator.id") != null, "assigned to the admin's own account");
        String html = admin.given().get(page(id)).then().statusCode(200).extract().asString();
        assertFalse(html.contains("<dd>Personne</dd>"), "a facilitator is shown");
    }

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("itv-plan-", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), text);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
