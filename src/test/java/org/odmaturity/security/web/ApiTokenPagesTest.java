package org.odmaturity.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.bearer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** "My account" ({@code /compte}): the personal API tokens listed, created (secret shown once) and revoked. */
@QuarkusTest
class ApiTokenPagesTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(odm_[A-Za-z0-9_-]{43})\"");

    private static String secretOf(String html) {
        Matcher m = SECRET.matcher(html);
        assertTrue(m.find(), "no token on the page:\n" + html);
        return m.group(1);
    }

    @Test
    void createShownOnceThenListedThenRevoked() {
        String email = TestData.uniqueEmail("token-page");
        WebSession session = WebSession.facilitator(email);
        String empty = session.given().get("/compte").then().statusCode(200).extract().asString();
        assertTrue(empty.contains("Jetons d’API"), empty);
        assertTrue(empty.contains("Aucun jeton pour l’instant."), empty);

        Response created = session.form().formParam("name", "Export <mensuel>").formParam("validityDays", "30")
                .post("/compte/jetons");
        assertEquals(200, created.statusCode(), created.asString());
        assertTrue(created.header("Cache-Control").contains("no-store"));
        String html = created.asString();
        assertTrue(html.contains("Jeton « Export &lt;mensuel&gt; » créé"), html);
        assertTrue(html.contains("il ne sera plus jamais affiché"), html);
        assertFalse(html.contains("Export <mensuel>"), "the name is escaped");
        String secret = secretOf(html);
        bearer(secret).get("/api/organizations").then().statusCode(200);

        // listed afterwards, never with its secret; last use shown
        String listed = session.given().get("/compte").then().statusCode(200).extract().asString();
        assertTrue(listed.contains("Export &lt;mensuel&gt;"), listed);
        assertFalse(listed.contains(secret.substring(4)), "the secret is shown once only");
        assertTrue(listed.contains(">actif<"), listed);
        assertFalse(listed.contains(">jamais<"), "its use is recorded");

        long id = TestData.as(email, TestData.password(email)).get("/api/account/tokens").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        Response revoked = session.form().post("/compte/jetons/" + id + "/revoquer");
        assertEquals(303, revoked.statusCode());
        assertTrue(revoked.header("Location").contains("/compte?ok=revoked"), revoked.header("Location"));
        bearer(secret).get("/api/organizations").then().statusCode(401);
        String after = session.given().get("/compte?ok=revoked").then().statusCode(200).extract().asString();
        assertTrue(after.contains("Le jeton est révoqué"), after);
        assertTrue(after.contains(">révoqué<"), after);
        assertFalse(after.contains("/compte/jetons/" + id + "/revoquer"), "no revoke button for a revoked token");
    }

    @Test
    void refusedInputIsKeptAndEachFieldSaysWhy() {
        String email = TestData.uniqueEmail("token-page-invalid");
        WebSession session = WebSession.facilitator(email);
        Response refused = session.form().formParam("name", "").formParam("validityDays", "400")
                .post("/compte/jetons");
        assertEquals(422, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("Renseignez « Nom du jeton »."), html);
        assertTrue(html.contains("Indiquez une durée de validité de 1 à 365 jours."), html);
        assertTrue(html.contains("value=\"400\""), "what was typed is kept");
        assertTrue(html.contains("aria-invalid=\"true\""), html);
        assertFalse(SECRET.matcher(html).find());
        TestData.as(email, TestData.password(email)).get("/api/account/tokens").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        // without the session's CSRF token: refused before anything happens
        session.given().header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                .formParam("name", "sans jeton CSRF").formParam("validityDays", "30").post("/compte/jetons").then()
                .statusCode(403);
    }

    @Test
    void anotherAccountsTokenCannotBeRevokedFromThisPage() {
        String owner = TestData.uniqueEmail("token-page-owner");
        TestData.facilitator(owner);
        Map<String, Object> body = Map.of("name", "à garder", "validityDays", 7);
        var created = TestData.as(owner, TestData.password(owner)).contentType(ContentType.JSON).body(body)
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath();
        WebSession other = WebSession.facilitator(TestData.uniqueEmail("token-page-other"));
        Response attempt = other.form().post("/compte/jetons/" + created.getLong("id") + "/revoquer");
        assertEquals(303, attempt.statusCode());
        assertFalse(attempt.header("Location").contains("ok=revoked"));
        bearer(created.getString("token")).get("/api/organizations").then().statusCode(200);
    }

    @Test
    void theTokensSectionSpeaksEnglishToo() {
        WebSession session = WebSession.facilitator(TestData.uniqueEmail("token-page-en"));
        String html = session.given().cookie("odm_lang", "en").get("/compte").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("API tokens"), html);
        assertTrue(html.contains("Create the token"), html);
        assertTrue(html.contains("Validity (days)"), html);
    }
}
