package org.odmaturity.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The invitation-link pages over HTTP: who may use them, the link shown once, revocation, validation, CSRF. */
@QuarkusTest
class InvitationPagesTest {

    static final Pattern URL = Pattern.compile("value=\"(https?://[^\"]+/i/(odmi_[A-Za-z0-9_-]{43}))\"");

    record Setup(long diagnostic, String facilitatorEmail, WebSession facilitator) {
    }

    static Setup assignedDiagnostic(String orgName) {
        String email = TestData.uniqueEmail("links");
        long facilitatorId = TestData.facilitator(email);
        long org = TestData.organization(orgName);
        long campaign = TestData.campaign("Campagne liens " + System.nanoTime());
        long diagnostic = TestData.diagnostic(org, campaign, "interview", facilitatorId);
        return new Setup(diagnostic, email, WebSession.signIn(email, TestData.password(email)));
    }

    @Test
    void theAssignedFacilitatorCreatesALinkShownOnceThatOpensTheDiagnosticThenRevokesIt() {
        Setup s = assignedDiagnostic("Commune d'Obernai");
        String path = "/animation/diagnostics/" + s.diagnostic() + "/liens";
        s.facilitator().given().get(path).then().statusCode(200).body(containsString("Commune d&#39;Obernai"))
                .body(containsString("Aucun lien pour l&#39;instant.")).body(containsString("value=\"30\""));

        Response created = s.facilitator().form().formParam("label", "Mairie - <b>DGS</b>")
                .formParam("validityDays", "14").post(path);
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals("no-store", created.header("Cache-Control"));
        assertNull(created.header("Location"), "the token never travels in a URL");
        String page = created.asString();
        Matcher url = URL.matcher(page);
        assertTrue(url.find(), page);
        String token = url.group(2);
        assertTrue(page.contains("il ne sera plus jamais affiché"), page);
        assertTrue(page.contains("readonly"), page);
        assertTrue(page.contains("id=\"copier\" class=\"primary\" hidden"), "the copy button needs the script");
        assertTrue(page.contains("<script src=\"/js/liens.js\"></script>"), page);
        assertTrue(page.contains("Mairie - &lt;b&gt;DGS&lt;/b&gt;"), "escaped label");

        // the list shows the link, never its token
        String list = s.facilitator().given().get(path).asString();
        assertFalse(list.contains(token), list);
        assertFalse(list.contains("odmi_"), list);
        assertTrue(list.contains("Mairie - &lt;b&gt;DGS&lt;/b&gt;"), list);
        assertTrue(list.contains("Animatrice " + s.facilitatorEmail()), "created by");
        assertTrue(list.contains("Jamais utilisé"), list);
        assertTrue(list.contains(">Actif<"), list);

        // the link works for a respondent
        Response opened = given().redirects().follow(false).get("/i/" + token);
        assertEquals(303, opened.statusCode());
        assertTrue(opened.header("Location").endsWith("/repondre"));
        TestData.bearer(token).get("/api/diagnostics/" + s.diagnostic()).then().statusCode(200);
        assertFalse(s.facilitator().given().get(path).asString().contains("Jamais utilisé"), "last use recorded");

        long invitationId = TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").jsonPath()
                .getLong("[0].id");
        Response revoked = s.facilitator().form().post(path + "/" + invitationId + "/revoquer");
        assertEquals(303, revoked.statusCode());
        assertTrue(revoked.header("Location").endsWith(path + "?ok=revoked"));
        s.facilitator().given().get(path + "?ok=revoked").then()
                .body(containsString("Le lien est révoqué : il ne fonctionne plus."))
                .body(containsString("<strong>Révoqué")).body(not(containsString("/revoquer\"")));
        given().redirects().follow(false).get("/i/" + token).then().statusCode(404);
        TestData.bearer(token).get("/api/diagnostics/" + s.diagnostic()).then().statusCode(401);
    }

    @Test
    void anotherFacilitatorCannotSeeCreateOrRevokeLinks() {
        Setup s = assignedDiagnostic("Commune de Rosheim");
        String token = TestData.invitation(s.diagnostic());
        long invitationId = TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").jsonPath()
                .getLong("[0].id");
        WebSession other = WebSession.facilitator(TestData.uniqueEmail("links-other"));
        String path = "/animation/diagnostics/" + s.diagnostic() + "/liens";
        other.given().get(path).then().statusCode(404).body(containsString("Page introuvable"))
                .body(not(containsString("Rosheim")));
        other.form().formParam("label", "intrus").formParam("validityDays", "5").post(path).then().statusCode(404)
                .body(not(containsString("odmi_")));
        other.form().post(path + "/" + invitationId + "/revoquer").then().statusCode(404);
        TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").then().body("$", hasSize(1))
                .body("[0].usable", equalTo(true));
        given().redirects().follow(false).get("/i/" + token).then().statusCode(303);
        // anonymous: to the sign-in page
        Response anonymous = given().redirects().follow(false).get(path);
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/connexion?expire=1"));
        given().redirects().follow(false).formParam("label", "x").post(path).then().statusCode(303);
        // an unknown diagnostic is the same 404
        s.facilitator().given().get("/animation/diagnostics/999999999/liens").then().statusCode(404);
    }

    @Test
    void anAdminManagesTheLinksOfAnyDiagnosticButNotAnotherDiagnosticsLinkThroughThisOne() {
        Setup s = assignedDiagnostic("Commune de Barr");
        Setup t = assignedDiagnostic("Commune de Dambach");
        TestData.invitation(t.diagnostic());
        long foreign = TestData.admin().get("/api/diagnostics/" + t.diagnostic() + "/invitations").jsonPath()
                .getLong("[0].id");
        WebSession admin = WebSession.admin();
        String path = "/animation/diagnostics/" + s.diagnostic() + "/liens";
        admin.given().get(path).then().statusCode(200).body(containsString("Commune de Barr"))
                .body(containsString("href=\"/admin/organisations/"));
        admin.form().formParam("label", "Admin").formParam("validityDays", "1").post(path).then().statusCode(201);
        admin.form().post(path + "/" + foreign + "/revoquer").then().statusCode(404);
        TestData.admin().get("/api/diagnostics/" + t.diagnostic() + "/invitations").then()
                .body("[0].usable", equalTo(true));
        // the facilitator (same rule as the API) may still revoke a link the admin made
        long adminLink = TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").jsonPath()
                .getLong("[0].id");
        s.facilitator().form().post(path + "/" + adminLink + "/revoquer").then().statusCode(303);
    }

    @Test
    void invalidInputIsShownNextToTheFieldsAndCreatesNothing() {
        Setup s = assignedDiagnostic("Commune de Sélestat");
        String path = "/animation/diagnostics/" + s.diagnostic() + "/liens";
        Response bad = s.facilitator().form().formParam("label", "").formParam("validityDays", "999").post(path);
        assertEquals(422, bad.statusCode());
        String page = bad.asString();
        assertTrue(page.contains("<title>2 erreurs à corriger"), page);
        assertTrue(page.contains("href=\"#label\">Renseignez « Libellé ».</a>"), page);
        assertTrue(page.contains("href=\"#validityDays\">La durée de validité doit être un nombre entier de jours, de 1 à 180."), page);
        assertTrue(page.contains("value=\"999\""), page);
        s.facilitator().form().queryParam("lang", "en").formParam("label", "x").formParam("validityDays", "0")
                .post(path).then().statusCode(422).body(containsString("from 1 to 180"));
        TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").then().body("$", hasSize(0));
    }

    @Test
    void aForgedFormCreatesOrRevokesNothing() {
        Setup s = assignedDiagnostic("Commune de Saverne");
        String token = TestData.invitation(s.diagnostic());
        long invitationId = TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").jsonPath()
                .getLong("[0].id");
        String path = "/animation/diagnostics/" + s.diagnostic() + "/liens";
        s.facilitator().given().header("Origin", Browser.baseUrl()).formParam("_csrf", "forged")
                .formParam("label", "x").formParam("validityDays", "3").post(path).then().statusCode(403)
                .body(not(containsString("odmi_")));
        s.facilitator().form().header("Origin", "https://evil.example").post(path + "/" + invitationId + "/revoquer")
                .then().statusCode(403);
        s.facilitator().given().header("Origin", Browser.baseUrl()).post(path + "/" + invitationId + "/revoquer")
                .then().statusCode(403);
        TestData.admin().get("/api/diagnostics/" + s.diagnostic() + "/invitations").then().body("$", hasSize(1))
                .body("[0].usable", equalTo(true));
        given().redirects().follow(false).get("/i/" + token).then().statusCode(303);
    }
}
