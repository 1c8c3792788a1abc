package org.odmaturity.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/** Sign-in, sessions and sign-out of the staff pages, over HTTP. */
@QuarkusTest
class StaffSignInTest {

    @Test
    void adminSignsInAndLandsOnTheAdminHomeWithAStrictSessionCookie() {
        Response form = given().get("/connexion");
        form.then().statusCode(200).header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("<label for=\"email\">Adresse électronique</label>"))
                .body(containsString("autocomplete=\"current-password\""));
        Response signedIn = signIn(form, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD, null);
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/admin"), signedIn.header("Location"));
        Cookie cookie = signedIn.detailedCookie(WebSession.COOKIE);
        assertNotNull(cookie);
        assertTrue(cookie.isHttpOnly());
        assertEquals("Lax", cookie.getSameSite());
        assertTrue(cookie.getValue().startsWith("odms_"));
        // the language switch keeps the page's query parameters (filters), not the language nor one-time notices
        given().cookie(WebSession.COOKIE, cookie.getValue()).queryParam("q", "Metz & co").queryParam("ok", "created")
                .queryParam("lang", "fr").get("/admin/organisations").then().statusCode(200)
                .body(containsString("href=\"/admin/organisations?q=Metz+%26+co&amp;lang=en\""));
        given().cookie(WebSession.COOKIE, cookie.getValue()).get("/compte").then().statusCode(200)
                .body(containsString(TestData.ADMIN_EMAIL)).body(containsString("administration régionale"))
                .body(containsString("action=\"/deconnexion\""));
    }

    @Test
    void theServiceAddressLeadsEachVisitorToTheirStart() {
        Response anonymous = given().redirects().follow(false).get("/");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").endsWith("/connexion"), anonymous.header("Location"));
        Response respondent = given().redirects().follow(false).cookie("odm_invitation", "odmi_whatever").get("/");
        assertTrue(respondent.header("Location").endsWith("/repondre"), respondent.header("Location"));
        Response admin = WebSession.admin().given().get("/");
        assertTrue(admin.header("Location").endsWith("/admin"), admin.header("Location"));
        Response facilitator = WebSession.facilitator(TestData.uniqueEmail("root")).given().get("/");
        assertTrue(facilitator.header("Location").endsWith("/animation"), facilitator.header("Location"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheErrorLinkedAndNothingEchoed() {
        String email = TestData.uniqueEmail("signin-wrong");
        TestData.facilitator(email);
        Response refused = signIn(given().get("/connexion"), email, "not-the-password-<b>", null);
        assertEquals(401, refused.statusCode());
        assertNull(refused.cookie(WebSession.COOKIE));
        String page = refused.asString();
        assertTrue(page.contains("Adresse électronique ou mot de passe incorrect"), page);
        assertTrue(page.contains("href=\"#email\""), page);
        assertTrue(page.contains("value=\"" + email + "\""), "the email is kept");
        assertFalse(page.contains("not-the-password"), "the password is never sent back");
        assertTrue(page.contains("<title>1 erreur à corriger"), page);

        Response empty = signIn(given().get("/connexion"), "", "", null);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.asString().contains("Saisissez votre adresse électronique."));
        assertTrue(empty.asString().contains("aria-describedby=\"password-error\""));
    }

    @Test
    void theSignInFormNeedsItsPreSessionTokenAndOurOrigin() {
        Response form = given().get("/connexion");
        String pre = form.cookie("odm_login");
        given().redirects().follow(false).cookie("odm_login", pre).formParam("_csrf", "forged")
                .formParam("email", TestData.ADMIN_EMAIL).formParam("password", TestData.ADMIN_PASSWORD)
                .post("/connexion").then().statusCode(403).body(not(containsString("odms_")));
        given().redirects().follow(false).cookie("odm_login", pre).header("Origin", "https://evil.example")
                .formParam("_csrf", WebSession.csrfOf(form.asString()))
                .formParam("email", TestData.ADMIN_EMAIL).formParam("password", TestData.ADMIN_PASSWORD)
                .post("/connexion").then().statusCode(403);
        // another browser's token (pre-session) does not fit this browser's cookie
        String otherToken = WebSession.csrfOf(given().get("/connexion").asString());
        given().redirects().follow(false).cookie("odm_login", pre).formParam("_csrf", otherToken)
                .formParam("email", TestData.ADMIN_EMAIL).formParam("password", TestData.ADMIN_PASSWORD)
                .post("/connexion").then().statusCode(403);
    }

    /**
     * The origin a form post must come from is the configured public address, not the request's {@code Host}: a
     * request naming another host in both {@code Host} and {@code Origin} is refused (it was accepted when the check
     * compared the two), and {@code Host} does not matter when {@code Origin} is ours.
     */
    @Test
    void theOriginCheckComparesWithThePublicAddressNotWithHost() throws Exception {
        Response form = given().get("/connexion");
        String pre = form.cookie("odm_login");
        String body = "_csrf=" + URLEncoder.encode(WebSession.csrfOf(form.asString()), StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(TestData.ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestData.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        assertEquals(403, rawSignIn("evil.example", "http://evil.example", pre, body));
        assertEquals(303, rawSignIn("evil.example", Browser.baseUrl(), pre, body));
    }

    /** A sign-in post written by hand, so that {@code Host} says what an attacker wants; returns the status. */
    private static int rawSignIn(String host, String origin, String preSession, String body) throws Exception {
        URI base = URI.create(Browser.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /connexion HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
                    + "\r\nCookie: odm_login=" + preSession
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /**
     * HTTP/2 has no {@code Host} header (the authority travels as {@code :authority}): the origin check must read the
     * authority the request was sent to, or every sign-in over HTTP/2 (browsers over HTTPS) would be refused.
     */
    @Test
    void aSignInOverHttp2IsAccepted() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = Browser.baseUrl();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "_csrf=" + URLEncoder.encode(WebSession.csrfOf(form.body()), StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(TestData.ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestData.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, signedIn.version(), "the post went over HTTP/2");
        assertEquals(303, signedIn.statusCode(), signedIn.body());
    }

    @Test
    void anAnonymousVisitGoesToTheSignInPageAndComesBackOnlyToOurPages() {
        Response anonymous = given().redirects().follow(false).get("/compte?lang=en");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").endsWith("/connexion?expire=1&retour=%2Fcompte%3Flang%3Den"),
                anonymous.header("Location"));
        given().queryParam("expire", "1").queryParam("retour", "/compte").get("/connexion").then().statusCode(200)
                .body(containsString("Votre session a expiré"))
                .body(containsString("name=\"retour\" value=\"/compte\""));

        Response back = signIn(given().get("/connexion"), TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                "/compte?lang=en");
        assertTrue(back.header("Location").endsWith("/compte?lang=en"), back.header("Location"));
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example",
                "/api/users", "/repondre"}) {
            Response signedIn = signIn(given().get("/connexion"), TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD,
                    elsewhere);
            assertTrue(signedIn.header("Location").endsWith("/admin"), elsewhere + " → "
                    + signedIn.header("Location"));
        }
        // scripts asking for JSON get a problem, not a redirect
        given().redirects().follow(false).accept("application/json, text/html;q=0.5").get("/compte").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theSessionCookieIsNeverAcceptedByTheJsonApi() {
        WebSession admin = WebSession.admin();
        admin.given().get("/api/users").then().statusCode(401);
        admin.given().get("/api/organizations").then().statusCode(401);
        TestData.admin().get("/api/users").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSessionEverywhereAndNeedsTheFormToken() {
        String email = TestData.uniqueEmail("signout");
        WebSession session = WebSession.facilitator(email);
        WebSession other = WebSession.facilitator(email);
        session.given().header("Origin", Browser.baseUrl()).formParam("_csrf", "forged").post("/deconnexion")
                .then().statusCode(403);
        session.given().get("/compte").then().statusCode(200).body(containsString("animation"));
        Response out = session.form().post("/deconnexion");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/connexion?sortie=1"));
        assertEquals("", out.cookie(WebSession.COOKIE));
        session.given().get("/compte").then().statusCode(303);
        other.given().get("/compte").then().statusCode(200);
        // a signed-in user opening the sign-in page goes home
        Response home = other.given().get("/connexion");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/animation"));
        // forged or malformed cookies are no session
        given().redirects().follow(false).cookie(WebSession.COOKIE, "odms_" + "A".repeat(43)).get("/compte").then()
                .statusCode(303);
        given().redirects().follow(false).cookie(WebSession.COOKIE, "x'; drop table app_user;--").get("/compte")
                .then().statusCode(303);
    }

    private static Response signIn(Response form, String email, String password, String retour) {
        var request = given().redirects().follow(false).cookie("odm_login", form.cookie("odm_login"))
                .header("Origin", Browser.baseUrl()).formParam("_csrf", WebSession.csrfOf(form.asString()))
                .formParam("email", email).formParam("password", password);
        if (retour != null) {
            request.formParam("retour", retour);
        }
        return request.post("/connexion");
    }
}
