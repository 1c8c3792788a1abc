package org.odmaturity.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every response says about itself (security headers on each kind of response: API JSON, problems, PDF, CSV,
 * XLSX, static files, unknown paths, health, pages), and that nothing the client says about the server's address
 * ({@code Host}, {@code X-Forwarded-Host}) ends up in a redirect, a {@code Location} or an invitation link.
 */
@QuarkusTest
class PublicSurfaceTest {

    private static final String EVIL = "evil.example";

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyKindOfResponseForbidsSniffingAndHtmlCarriesTheContentSecurityPolicy() {
        long campaign = TestData.campaign("Campagne en-têtes");
        long diagnostic = TestData.diagnostic(TestData.organization("Commune de Haguenau"), campaign,
                "self-assessment", null);
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("API JSON", check(given(), "/api/questionnaires", 200));
        responses.put("problem 404", check(given(), "/api/pas-de-chemin", 404));
        responses.put("problem 401", check(given(), "/api/diagnostics", 401));
        responses.put("PDF", check(admin(), "/api/diagnostics/" + diagnostic + "/plan.pdf", 200));
        responses.put("CSV", check(admin(), "/api/campaigns/" + campaign + "/results.csv", 200));
        responses.put("XLSX", check(admin(), "/api/campaigns/" + campaign + "/results.xlsx", 200));
        responses.put("static CSS", check(given(), "/css/app.css", 200));
        responses.put("unknown path", check(given().accept("text/html"), "/pas-de-page.html", 404));
        responses.put("health", check(given(), "/q/health/live", 200));
        responses.put("sign-in page", check(given().accept("text/html"), "/connexion", 200));
        responses.put("open data page", check(given().accept("text/html"), "/donnees-ouvertes", 200));
        for (Map.Entry<String, Response> e : responses.entrySet()) {
            Response r = e.getValue();
            assertEquals("nosniff", r.header("X-Content-Type-Options"), e.getKey());
            assertNull(r.header("Strict-Transport-Security"), e.getKey() + ": no HSTS outside production");
            String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html")) {
                assertEquals(SecurityHeadersFilter.CSP, r.header("Content-Security-Policy"), e.getKey());
                assertEquals("DENY", r.header("X-Frame-Options"), e.getKey());
            }
        }
        assertTrue(responses.get("sign-in page").contentType().startsWith("text/html"));
    }

    private static Response check(RequestSpecification request, String path, int status) {
        Response response = request.redirects().follow(false).get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.asString());
        return response;
    }

    @Test
    void aForgedHostIsReflectedNowhere() throws Exception {
        String publicBase = ConfigProvider.getConfig().getValue("odm.public-base-url", String.class);
        assertEquals("http://localhost:" + base.getPort(), publicBase, "the test server's own address by default");

        // a signed-in page visited anonymously: the redirect to the sign-in page
        Raw redirect = raw("GET", "/admin", null, null, "text/html");
        assertEquals(303, redirect.status, redirect.toString());
        assertSafeLocation(redirect, publicBase);

        // a created resource's Location
        String org = "{\"name\": \"Commune de Saverne\", \"siren\": \"" + TestData.newSiren() + "\", \"type\": "
                + "\"commune\", \"departement\": \"67\", \"region\": \"Grand Est\", \"population\": 11000}";
        Raw created = raw("POST", "/api/organizations", basic(), org, "application/json");
        assertEquals(201, created.status, created.toString());
        assertSafeLocation(created, publicBase);
        assertTrue(created.headers.get("location").startsWith(publicBase + "/api/organizations/"), created.toString());

        // an invitation link
        long campaign = TestData.campaign("Campagne hôte");
        long diagnostic = TestData.diagnostic(TestData.organization("Commune de Wissembourg"), campaign,
                "self-assessment", null);
        Raw invitation = raw("POST", "/api/diagnostics/" + diagnostic + "/invitations", basic(),
                "{\"label\": \"hôte\"}", "application/json");
        assertEquals(201, invitation.status, invitation.toString());
        assertFalse(invitation.body.contains(EVIL), invitation.body);
        assertTrue(invitation.body.contains("\"url\":\"" + publicBase + "/i/odmi_"), invitation.body);
        assertSafeLocation(invitation, publicBase);

        // a page
        Raw page = raw("GET", "/connexion", null, null, "text/html");
        assertEquals(200, page.status);
        assertFalse(page.body.contains(EVIL), "the sign-in page");
    }

    private static void assertSafeLocation(Raw response, String publicBase) {
        String location = response.headers.get("location");
        assertNotNull(location, response.toString());
        assertFalse(location.contains(EVIL), location);
        assertTrue(location.startsWith("/") && !location.startsWith("//") || location.startsWith(publicBase + "/"),
                location);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((TestData.ADMIN_EMAIL + ":" + TestData.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private record Raw(int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 request written by hand, so that {@code Host} says what an attacker wants. */
    private Raw raw(String method, String path, String authorization, String body, String accept) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(EVIL).append("\r\n")
                    .append("X-Forwarded-Host: ").append(EVIL).append("\r\n")
                    .append("X-Forwarded-Proto: https\r\n")
                    .append("Forwarded: host=").append(EVIL).append(";proto=https\r\n")
                    .append("Accept: ").append(accept).append("\r\n")
                    .append("Connection: close\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }
}
