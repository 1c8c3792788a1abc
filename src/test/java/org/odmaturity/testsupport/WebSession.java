package org.odmaturity.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser session of the staff pages, driven over HTTP (RestAssured): signs in through the real sign-in
 * form ({@code /connexion}, with its pre-session cookie and CSRF token) and then sends the {@code odm_session} cookie.
 *
 * <pre>{@code
 * WebSession admin = WebSession.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
 * admin.given().get("/admin/organisations").then().statusCode(200);
 * admin.form().formParam("name", "…").post("/admin/organisations")…   // form() adds _csrf and a same-site Origin
 * }</pre>
 */
public record WebSession(String cookie, String csrf) {

    public static final String COOKIE = "odm_session";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Signs in with the sign-in form; fails the test if that does not work. */
    public static WebSession signIn(String email, String password) {
        Response form = io.restassured.RestAssured.given().redirects().follow(false).get("/connexion");
        assertEquals(200, form.statusCode(), "sign-in form");
        String pre = form.cookie("odm_login");
        String token = csrfOf(form.asString());
        Response signedIn = io.restassured.RestAssured.given().redirects().follow(false).cookie("odm_login", pre)
                .header("Origin", Browser.baseUrl())
                .formParam("_csrf", token).formParam("email", email).formParam("password", password)
                .post("/connexion");
        assertEquals(303, signedIn.statusCode(), () -> "sign-in of " + email + ": " + signedIn.asString());
        String cookie = signedIn.cookie(COOKIE);
        assertNotNull(cookie, "no session cookie after sign-in");
        // every signed-in page's header holds the sign-out form, hence the session's CSRF token
        Response home = io.restassured.RestAssured.given().redirects().follow(false).cookie(COOKIE, cookie).get("/compte");
        assertEquals(200, home.statusCode(), () -> "/compte after sign-in: " + home.asString());
        return new WebSession(cookie, csrfOf(home.asString()));
    }

    /** Signs in as a facilitator made with {@link TestData#asFacilitator} / {@link TestData#facilitator}. */
    public static WebSession facilitator(String email) {
        TestData.asFacilitator(email); // creates the account on first use
        return signIn(email, TestData.password(email));
    }

    public static WebSession admin() {
        return signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
    }

    /** A request with this session's cookie, redirects not followed. */
    public RequestSpecification given() {
        return io.restassured.RestAssured.given().redirects().follow(false).cookie(COOKIE, cookie);
    }

    /** A form post of this session: cookie, CSRF token and the Origin a browser sends. */
    public RequestSpecification form() {
        return given().header("Origin", Browser.baseUrl()).formParam("_csrf", csrf);
    }

    /** The first CSRF token of a page's forms. */
    public static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field in the page:\n" + html);
        }
        return m.group(1);
    }
}
