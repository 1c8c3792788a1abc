package org.odmaturity.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.odmaturity.campaign.mail.MailSender;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issue 14 §3 through the running service: the metrics endpoint and who may read it, bounded series, the
 * application's meters moved by real requests, and the request id in headers, problems and log lines.
 */
@QuarkusTest
class MonitoringTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Inject
    MailSender sender;

    // ------------------------------------------------------------------------------------------------- the endpoint

    @Test
    void metricsAreAnAdminsAndShowHttpJvmAndPool() {
        Response anonymous = RestAssured.given().header(RequestIds.HEADER, "scrape-anon-1").get(MetricsConfig.PATH);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.contentType().startsWith(PROBLEM), anonymous.contentType());
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertEquals("urn:od-maturity:problem:unauthorized", anonymous.jsonPath().getString("type"));
        assertEquals("scrape-anon-1", anonymous.jsonPath().getString("requestId"));
        assertEquals("scrape-anon-1", anonymous.header(RequestIds.HEADER));
        assertFalse(anonymous.asString().contains("jvm_"), "no metric leaks in a refusal");

        // refused credentials: 401; a facilitator, a respondent's link, a facilitator's API token: 403
        String facilitator = TestData.uniqueEmail("metrics-f");
        long facilitatorId = TestData.facilitator(facilitator);
        refused(TestData.as(facilitator, "not-the-password").get(MetricsConfig.PATH), 401);
        refused(TestData.as(facilitator, TestData.password(facilitator)).get(MetricsConfig.PATH), 403);
        long diagnostic = TestData.diagnostic(TestData.organization("Commune des métriques " + facilitatorId),
                TestData.campaign("Campagne des métriques " + facilitatorId), "self-assessment", facilitatorId);
        refused(bearer(TestData.invitation(diagnostic)).get(MetricsConfig.PATH), 403);
        refused(bearer(apiToken(TestData.as(facilitator, TestData.password(facilitator)))).get(MetricsConfig.PATH),
                403);
        refused(bearer("odm_" + "Z".repeat(43)).get(MetricsConfig.PATH), 401);

        // an admin, by HTTP Basic or with a personal API token (Prometheus's bearer token)
        Response basic = admin().get(MetricsConfig.PATH);
        assertEquals(200, basic.statusCode());
        assertTrue(basic.contentType().startsWith("text/plain") || basic.contentType().contains("openmetrics"),
                basic.contentType());
        Response token = bearer(apiToken(admin())).get(MetricsConfig.PATH);
        assertEquals(200, token.statusCode(), token::asString);

        Scrape scrape = Scrape.parse(token.asString());
        System.out.println("metric names: " + scrape.names());
        for (String name : List.of("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds_count", "jvm_threads_live_threads", "process_cpu_usage",
                "agroal_active_count", "agroal_available_count", "agroal_awaiting_count", "agroal_max_used_count",
                "odm_answers_saved_total", "odm_diagnostics_submitted_total", "odm_diagnostics_validated_total",
                "odm_pdf_render_seconds_count", "odm_campaign_emails_total", "odm_sign_in_failures_total")) {
            assertTrue(scrape.has(name), name + " missing from the scrape; names: " + scrape.names());
        }
    }

    @Test
    void noPathVariantReachesTheMetricsWithoutCredentials() {
        for (String path : List.of("/q/metrics/", "/q//metrics", "/q/./metrics", "/q/x/../metrics", "/q/metrics?a=1",
                "/q/%6detrics", "/q/metrics;a=b", "//q/metrics", "/Q/METRICS")) {
            Response response = RestAssured.given().urlEncodingEnabled(false).get(path);
            assertNotEquals(200, response.statusCode(), path + ": " + response.asString());
            assertFalse(response.asString().contains("jvm_memory"), path + " leaks metrics");
        }
    }

    @Test
    void healthStaysAnonymousAndFast() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            RestAssured.given().get("/q/health/live").then().statusCode(200);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long medianMicros = nanos[nanos.length / 2] / 1000;
        System.out.printf("/q/health/live: median %d µs, max %d µs over %d calls%n", medianMicros,
                nanos[nanos.length - 1] / 1000, nanos.length);
        assertTrue(medianMicros < 50_000, "median " + medianMicros + " µs");
    }

    @Test
    void routesAreTemplatesAndJunkMakesNoSeries() {
        long organization = TestData.organization("Commune des gabarits");
        long campaign = TestData.campaign("Campagne des gabarits");
        long first = TestData.diagnostic(organization, campaign, "self-assessment", null);
        long second = TestData.diagnostic(TestData.organization("Commune des gabarits 2"), campaign, "self-assessment",
                null);
        admin().get("/api/diagnostics/" + first).then().statusCode(200);
        admin().get("/api/diagnostics/" + second).then().statusCode(200);
        admin().get("/api/diagnostics/987654321").then().statusCode(404);
        String junk = "zq" + System.nanoTime();
        RestAssured.given().get("/api/" + junk).then().statusCode(404);
        RestAssured.given().get("/" + junk + "/deeper/" + junk).then().statusCode(404);
        admin().get("/api/" + junk + "/1").then().statusCode(404);

        Scrape scrape = Scrape.read();
        var uris = scrape.labelValues("http_server_requests_seconds_count", "uri");
        assertTrue(uris.contains("/api/diagnostics/{id}"), "route template; uris: " + uris);
        for (String uri : uris) {
            assertFalse(uri.contains(Long.toString(first)) || uri.contains(Long.toString(second))
                    || uri.contains("987654321") || uri.contains(junk), "a raw path as a series: " + uri);
        }
        assertTrue(scrape.value("http_server_requests_seconds_count", "uri", "/api/diagnostics/{id}", "status", "200")
                >= 2);
        assertTrue(scrape.has("http_server_requests_seconds_bucket", "uri", "/api/diagnostics/{id}", "le", "0.05"),
                "latency buckets per route");
        System.out.println("uri tags after " + uris.size() + " routes: " + uris);
        assertTrue(uris.size() < 400, "under quarkus.micrometer.binder.http-server.max-uri-tags");
    }

    // ------------------------------------------------------------------------------------------ application meters

    @Test
    void answersSubmissionsAndValidationsAreCounted() {
        long organization = TestData.organization("Commune des compteurs");
        long campaign = TestData.campaign("Campagne des compteurs");
        long id = TestData.diagnostic(organization, campaign, "self-assessment", null);
        String path = "/api/diagnostics/" + id;

        Scrape before = Scrape.read();
        patch(path, "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                + " {\"question\": \"publie\", \"value\": false}]}");
        Scrape afterTwo = Scrape.read();
        assertEquals(2, afterTwo.value("odm_answers_saved_total") - before.value("odm_answers_saved_total"));
        // the same answers again change nothing: nothing counted
        patch(path, "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"}]}");
        assertEquals(afterTwo.value("odm_answers_saved_total"), Scrape.read().value("odm_answers_saved_total"));

        status(path, "submit");
        status(path, "validate");
        Scrape after = Scrape.read();
        assertEquals(1, after.value("odm_diagnostics_submitted_total")
                - before.value("odm_diagnostics_submitted_total"));
        assertEquals(1, after.value("odm_diagnostics_validated_total")
                - before.value("odm_diagnostics_validated_total"));

        // PDFs: the plan's and the regional synthesis', counted and timed by kind and outcome
        admin().get(path + "/plan.pdf").then().statusCode(200).contentType("application/pdf");
        admin().get("/api/campaigns/" + campaign + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf");
        Scrape pdfs = Scrape.read();
        for (String kind : List.of("plan", "synthesis")) {
            assertEquals(1, pdfs.value("odm_pdf_render_seconds_count", "kind", kind, "outcome", "success")
                    - after.value("odm_pdf_render_seconds_count", "kind", kind, "outcome", "success"), kind);
            assertTrue(pdfs.value("odm_pdf_render_seconds_sum", "kind", kind, "outcome", "success")
                    > after.value("odm_pdf_render_seconds_sum", "kind", kind, "outcome", "success"), kind);
            assertTrue(pdfs.has("odm_pdf_render_seconds_count", "kind", kind, "outcome", "failure"), kind);
        }
    }

    @Test
    void signInFailuresAreCountedByChannelWithoutEmails() {
        String email = TestData.uniqueEmail("metrics-signin");
        TestData.asFacilitator(email);
        Scrape before = Scrape.read();
        TestData.as(email, "wrong-password-1").get("/api/diagnostics").then().statusCode(401);
        TestData.as(email, "wrong-password-2").get("/api/diagnostics").then().statusCode(401);
        Response form = RestAssured.given().redirects().follow(false).get("/connexion");
        RestAssured.given().redirects().follow(false).cookie("odm_login", form.cookie("odm_login"))
                .header("Origin", Browser.baseUrl()).formParam("_csrf", WebSession.csrfOf(form.asString()))
                .formParam("email", email).formParam("password", "wrong-password-3").post("/connexion");
        // a right password is no failure
        TestData.asFacilitator(email).get("/api/diagnostics").then().statusCode(200);
        Scrape after = Scrape.read();
        assertEquals(2, after.value("odm_sign_in_failures_total", "channel", "basic", "reason", "refused")
                - before.value("odm_sign_in_failures_total", "channel", "basic", "reason", "refused"));
        assertEquals(1, after.value("odm_sign_in_failures_total", "channel", "form", "reason", "refused")
                - before.value("odm_sign_in_failures_total", "channel", "form", "reason", "refused"));
        assertFalse(after.text().contains(email), "no email in the metrics");
        assertFalse(after.text().contains("@od-maturity.test"), "no email in the metrics");
    }

    @Test
    void campaignEmailsSentAreCounted() {
        long campaign = TestData.campaign("Campagne des courriels comptés");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Commune des courriels comptés", "siren",
                TestData.newSiren(), "type", "commune", "departement", "67", "region", "Grand Est", "population", 900,
                "contactEmail", "compteur@od-maturity.test"));
        long organization = admin().contentType(ContentType.JSON).body(body).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        TestData.diagnostic(organization, campaign, "self-assessment", null);
        admin().contentType(ContentType.JSON).body(Map.of("kind", "invitation"))
                .post("/api/campaigns/" + campaign + "/messages").then().statusCode(202);
        Scrape before = Scrape.read();
        // the scheduled sender is off in tests: one run, as the job would do it
        MailSender.Report report = sender.runOnce(Clock.systemUTC(), 100_000, 1000);
        Scrape after = Scrape.read();
        assertTrue(report.sent() >= 1, "report: " + report);
        assertEquals(report.sent(), after.value("odm_campaign_emails_total", "outcome", "sent")
                - before.value("odm_campaign_emails_total", "outcome", "sent"), 0.0);
        assertEquals(report.failed(), after.value("odm_campaign_emails_total", "outcome", "failed")
                - before.value("odm_campaign_emails_total", "outcome", "failed"), 0.0);
        assertFalse(after.text().contains("compteur@"), "no address in the metrics (the mail client's own meters)");
    }

    // ---------------------------------------------------------------------------------------------------- request id

    @Test
    void problemsCarryTheRequestIdGiven() {
        Response notFound = admin().header(RequestIds.HEADER, "support-ticket-42").get("/api/diagnostics/987654320");
        assertEquals(404, notFound.statusCode());
        assertEquals("support-ticket-42", notFound.header(RequestIds.HEADER));
        assertEquals("support-ticket-42", notFound.jsonPath().getString("requestId"));

        // every kind of problem: 401, 400 (malformed JSON), 415, a framework 404, and the early 413
        Response unauthorized = RestAssured.given().header(RequestIds.HEADER, "r-401").get("/api/diagnostics");
        assertEquals("r-401", unauthorized.jsonPath().getString("requestId"));
        Response malformed = admin().header(RequestIds.HEADER, "r-400").contentType(ContentType.JSON).body("{\"x\":")
                .post("/api/organizations");
        assertEquals(400, malformed.statusCode());
        assertEquals("r-400", malformed.jsonPath().getString("requestId"));
        Response unknown = RestAssured.given().header(RequestIds.HEADER, "r-404").get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertEquals("r-404", unknown.jsonPath().getString("requestId"));
        Response tooLarge = admin().header(RequestIds.HEADER, "r-413").contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}").post("/api/organizations");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("r-413", tooLarge.header(RequestIds.HEADER));
        assertEquals("r-413", tooLarge.jsonPath().getString("requestId"));

        // a success carries the header too
        Response ok = RestAssured.given().header(RequestIds.HEADER, "r-200").get("/api/questionnaires");
        assertEquals(200, ok.statusCode());
        assertEquals("r-200", ok.header(RequestIds.HEADER));
    }

    @Test
    void theErrorPagesShowTheRequestId() {
        Response page = WebSession.admin().given().accept("text/html").header(RequestIds.HEADER, "page-ref-404")
                .get("/admin/organisations/987654318");
        assertEquals(404, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals("page-ref-404", page.header(RequestIds.HEADER));
        assertTrue(page.asString().contains("<code>page-ref-404</code>"), page.asString());
        assertTrue(page.asString().contains("Référence de la demande"), "in the page's language");

        // still accessible, and no sideways scrolling at phone width with a whole UUID in it
        try (Browser browser = Browser.start()) {
            browser.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
            for (var size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.windowSize(size).open("/admin/organisations/987654317?lang=en");
                String shown = browser.driver().findElement(org.openqa.selenium.By.cssSelector("p.reference code"))
                        .getText();
                assertTrue(UUID.matcher(shown).matches(), shown);
                var violations = browser.axe();
                assertEquals(List.of(), violations.stream().map(r -> r.getId()).toList(), Browser.describe(violations));
                assertEquals(0, browser.sidewaysOverflow(), "sideways scrolling at " + size);
            }
        }
    }

    @Test
    void aBadRequestIdIsReplaced() {
        List<String> bad = new ArrayList<>(List.of("has spaces", "quote\"d", "semi;colon", "x".repeat(65),
                "é-accent", "<script>", "line%0Abreak"));
        for (String offered : bad) {
            Response response = admin().header(RequestIds.HEADER, offered).get("/api/diagnostics/987654319");
            String id = response.header(RequestIds.HEADER);
            assertNotEquals(offered, id);
            assertTrue(UUID.matcher(id).matches(), offered + " → " + id);
            assertEquals(id, response.jsonPath().getString("requestId"));
        }
        // none given: one is made, different each time
        String a = RestAssured.given().get("/api/questionnaires").header(RequestIds.HEADER);
        String b = RestAssured.given().get("/api/questionnaires").header(RequestIds.HEADER);
        assertTrue(UUID.matcher(a).matches() && UUID.matcher(b).matches(), a + " " + b);
        assertNotEquals(a, b);
        // the longest accepted
        String longest = "a".repeat(RequestIds.MAX_LENGTH);
        assertEquals(longest, RestAssured.given().header(RequestIds.HEADER, longest).get("/api/questionnaires")
                .header(RequestIds.HEADER));
    }

    @Test
    void aServiceLogLineCarriesTheRequestId() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(
                "org.odmaturity.organization.directory.DirectoryImportService");
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = (ExtLogRecord) record;
                ext.copyMdc(); // as a console handler does, on the thread that logs
                records.add(ext);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        String id = "import-" + System.nanoTime();
        try {
            admin().header(RequestIds.HEADER, id).contentType("text/csv")
                    .body("siren;nom;type\n" + TestData.newSiren() + ";Commune journalisée;commune\n")
                    .post("/api/organization-imports").then().statusCode(201);
        } finally {
            logger.removeHandler(capture);
        }
        ExtLogRecord line = records.stream().filter(r -> r.getFormattedMessage().startsWith("directory import"))
                .findFirst().orElseThrow(() -> new AssertionError("no import log line among " + records.size()));
        assertEquals(id, line.getMdc(RequestIds.MDC_KEY));
        assertFalse(line.getThreadName().contains("vert.x-eventloop"),
                "written on a worker thread, where the MDC had to follow the request: " + line.getThreadName());
        // the console format (plain) prints it
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        String printed = new PatternFormatter(format).format(line);
        assertTrue(printed.contains("[" + id + "]"), printed);
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static void refused(Response response, int status) {
        assertEquals(status, response.statusCode(), response::asString);
        assertTrue(response.contentType().startsWith(PROBLEM), response.contentType());
        assertNotNull(response.jsonPath().getString("requestId"));
        assertFalse(response.asString().contains("jvm_"));
    }

    private static String apiToken(io.restassured.specification.RequestSpecification who) {
        return who.contentType(ContentType.JSON).body(Map.of("name", "prometheus " + System.nanoTime(),
                "validityDays", 30)).post("/api/account/tokens").then().statusCode(201).extract().path("token");
    }

    private static void patch(String path, String body) {
        admin().contentType(ContentType.JSON).header("If-Match", etag(path)).body(body).patch(path + "/answers").then()
                .statusCode(200);
    }

    private static void status(String path, String action) {
        admin().header("If-Match", etag(path)).post(path + "/" + action).then().statusCode(200);
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }
}
