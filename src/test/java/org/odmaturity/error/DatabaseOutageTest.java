package org.odmaturity.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.CuttableTcpProxy;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;
import org.odmaturity.web.SecurityHeadersFilter;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The database out of reach, for real: the service talks to PostgreSQL through a TCP proxy of this test, which cuts
 * it (open connections broken, new ones hanging) and restores it. Meanwhile requests get a quick 503 problem (or page)
 * with Retry-After, never a 500 after a long wait, and readiness is DOWN; afterwards everything works again without a
 * restart. Its own profile (a separate start of the service), with HSTS switched on as in production.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    /**
     * The slowest answer accepted during the outage. The profile sets the pool's acquisition timeout to 1 s (2 s in
     * production, measured here at 2.2–2.5 s per answer) to keep a margin on a loaded machine.
     */
    private static final Duration QUICK = Duration.ofSeconds(3);

    CuttableTcpProxy proxy;

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(ProxyResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odm.web.hsts-max-age", "P365D", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    /** Starts the proxy before the service, and points the service's datasource at it. */
    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        private CuttableTcpProxy proxy;

        @Override
        public Map<String, String> start() {
            URI db = URI.create(System.getenv().getOrDefault("ODM_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test")
                    .substring("jdbc:".length()));
            try {
                proxy = new CuttableTcpProxy(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + db.getPath()
                    + (db.getRawQuery() == null ? "" : "?" + db.getRawQuery()));
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(proxy, new TestInjector.MatchesType(CuttableTcpProxy.class));
        }

        @Override
        public void stop() {
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @AfterEach
    void restore() {
        proxy.restore();
    }

    /** Each test starts with the database reachable and the pool rid of the connections a previous cut broke. */
    @BeforeEach
    void databaseReachable() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the service never got its database back");
            Thread.sleep(200);
        }
    }

    @Test
    void anOutageIsA503WithRetryAfterQuicklyAndTheServiceRecoversByItself() throws Exception {
        admin().get("/api/organizations").then().statusCode(200);
        given().get("/api/open-data").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);

        proxy.cut();

        // the first request meets the broken connections, the next ones wait for new ones that never come
        for (int i = 0; i < 3; i++) {
            assertUnavailableProblem(timed(() -> given().get("/api/open-data")), "/api/open-data");
            assertUnavailableProblem(timed(() -> admin().get("/api/organizations")), "/api/organizations");
        }
        // a page: a short page saying to try again, in French
        assertUnavailablePage(timed(() -> given().accept("text/html").get("/donnees-ouvertes")), "public page");
        // readiness says so
        Response ready = given().get("/q/health/ready");
        assertEquals(503, ready.statusCode(), ready.asString());
        assertEquals("DOWN", ready.jsonPath().getString("status"));

        proxy.restore();

        // the very first request after it gets a connection that works (the broken ones are never handed out)
        admin().get("/api/organizations").then().statusCode(200);
        given().get("/api/open-data").then().statusCode(200);
        given().accept("text/html").get("/donnees-ouvertes").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void signingInAndSignedInPagesAnswerAPageSayingToTryAgain() {
        WebSession admin = WebSession.admin();
        Response form = given().redirects().follow(false).get("/connexion");
        String loginCookie = form.cookie("odm_login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.asString());
        assertTrue(csrf.find(), "the sign-in form's CSRF token");

        proxy.cut();

        Response signIn = timed(() -> given().redirects().follow(false).accept("text/html")
                .cookie("odm_login", loginCookie).header("Origin", Browser.baseUrl())
                .formParam("_csrf", csrf.group(1)).formParam("email", TestData.ADMIN_EMAIL)
                .formParam("password", TestData.ADMIN_PASSWORD).post("/connexion"));
        assertUnavailablePage(signIn, "sign-in");
        // the session cannot be checked: not a redirect to the sign-in page, not a 500
        Response page = timed(() -> admin.given().accept("text/html").get("/admin/organisations"));
        assertUnavailablePage(page, "signed-in page");
    }

    private static void assertUnavailablePage(Response page, String what) {
        assertEquals(503, page.statusCode(), what + ": " + page.asString());
        assertTrue(page.contentType().startsWith("text/html"), what + ": " + page.contentType());
        assertEquals("5", page.header("Retry-After"), what);
        assertTrue(page.asString().contains("Service momentanément indisponible"), what + ": " + page.asString());
        assertEquals(SecurityHeadersFilter.CSP, page.header("Content-Security-Policy"), what);
    }

    @Test
    void productionSendsStrictTransportSecurityOnEveryResponse() {
        for (String path : java.util.List.of("/api/questionnaires", "/q/health/live", "/connexion", "/css/app.css",
                "/api/pas-de-chemin")) {
            Response r = given().get(path);
            assertEquals("max-age=31536000", r.header("Strict-Transport-Security"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
        }
    }

    private static void assertUnavailableProblem(Response response, String path) {
        assertEquals(503, response.statusCode(), path + ": " + response.asString());
        assertEquals(Problem.MEDIA_TYPE, response.contentType().split(";")[0], path);
        assertEquals("urn:od-maturity:problem:service-unavailable", response.jsonPath().getString("type"), path);
        assertEquals(503, response.jsonPath().getInt("status"), path);
        assertEquals(path, response.jsonPath().getString("instance"));
        assertEquals("5", response.header("Retry-After"), path);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
    }

    /** The response, failing the test if it took longer than {@link #QUICK}. */
    private static Response timed(java.util.function.Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("outage: %d answered in %d ms%n", response.statusCode(), took.toMillis());
        assertTrue(took.compareTo(QUICK) < 0, "answered in " + took.toMillis() + " ms");
        return response;
    }
}
