package org.odmaturity.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The probes of a hostile client against the running service, as specifications: each test is one defect a probe of
 * the production jar found (a 500, an answer acknowledged then read back altered, a lax reading of JSON, an unbounded
 * answer, a leak), and what the service must answer instead. See docs/api.md, "Errors".
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALIDATE = "/api/questionnaires/validate";

    // ---------------------------------------------------------------- text PostgreSQL cannot store (NUL, surrogates)

    @Test
    void aNulInAQueryParameterOfTheApiIsA400NamingIt() {
        long campaign = campaign();
        Map<String, String> probes = Map.of(
                "/api/organizations?q=%00", "q",
                "/api/organizations?type=commune&q=ab%00cd", "q",
                "/api/diagnostics?status=%00", "status",
                "/api/campaigns/" + campaign + "/results?departement=%00", "departement",
                "/api/campaigns/" + campaign + "/results/needs?type=%00", "type",
                "/api/campaigns/" + campaign + "/results.csv?population=%00", "population",
                "/api/questionnaires/validate?file=%00", "file");
        List<String> failures = new ArrayList<>();
        probes.forEach((path, field) -> {
            Response r = path.contains("validate") ? RestAssured.given().urlEncodingEnabled(false)
                    .contentType("application/yaml").body("id: x\n".getBytes(StandardCharsets.UTF_8)).post(path)
                    : admin().urlEncodingEnabled(false).get(path);
            if (r.statusCode() != 400 || !r.contentType().startsWith(PROBLEM)
                    || !"urn:od-maturity:problem:invalid-request".equals(r.jsonPath().getString("type"))
                    || !field.equals(r.jsonPath().getString("errors[0].field"))
                    || !r.jsonPath().getString("errors[0].message").contains("NUL")) {
                failures.add(path + ": " + r.statusCode() + " " + r.contentType() + " " + r.asString());
            }
        });
        assertEquals(List.of(), failures);
    }

    /** Reading every parameter must not turn a malformed one, that no endpoint reads, into a 500. */
    @Test
    void malformedPercentEncodingIsNeverA500() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String query : List.of("q=%zz", "q=%", "q=%C3", "x=%E2%82", "%zz=1", "q=%ED%B0%80")) {
            for (String path : List.of("/api/organizations?", "/api/questionnaires?", "/connexion?")) {
                String response = rawGet(path + query, path.startsWith("/api/o"));
                int status = Integer.parseInt(response.substring(9, 12));
                System.out.printf("probe GET %s%s → %d%n", path, query, status);
                if (status >= 500) {
                    failures.add(path + query + ": " + response);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aNulInTheHttpBasicEmailIsA401() {
        String credentials = Base64.getEncoder().encodeToString("adm\u0000in@od-maturity.test:whatever-password"
                .getBytes(StandardCharsets.UTF_8));
        Response r = RestAssured.given().header("Authorization", "Basic " + credentials).get("/api/organizations");
        assertEquals(401, r.statusCode(), r::asString);
        assertTrue(r.contentType().startsWith(PROBLEM));
    }

    @Test
    void aNulInTheSignInFormIsAPageNotA500() {
        Response form = RestAssured.given().redirects().follow(false).get("/connexion");
        String pre = form.cookie("odm_login");
        Response r = RestAssured.given().redirects().follow(false).cookie("odm_login", pre)
                .header("Origin", Browser.baseUrl())
                .formParam("_csrf", WebSession.csrfOf(form.asString()))
                .formParam("email", "adm\u0000in@od-maturity.test").formParam("password", "whatever-password")
                .post("/connexion");
        assertEquals(400, r.statusCode(), r::asString);
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.asString().contains("Demande invalide"), r::asString);
        assertTrue(r.asString().contains("caractère nul"), r::asString);
    }

    @Test
    void aNulInAPageParameterIsThe400Page() {
        WebSession admin = WebSession.admin();
        String facilitatorEmail = TestData.uniqueEmail("nul-pages");
        WebSession facilitator = WebSession.facilitator(facilitatorEmail);
        long campaign = campaign();
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/admin/organisations?q=%00", "/resultats?campagne=" + campaign
                + "&departement=%00", "/resultats/besoins?campagne=" + campaign + "&type=%00")) {
            check(failures, path, admin.given().urlEncodingEnabled(false).get(path));
        }
        check(failures, "/animation?org=%00", facilitator.given().urlEncodingEnabled(false)
                .get("/animation?org=%00"));
        // a form field of a signed-in page
        check(failures, "POST /admin/organisations/nouvelle (name)", admin.form()
                .formParam("name", "Commune\u0000").formParam("siren", TestData.newSiren())
                .formParam("type", "commune").formParam("departement", "67").post("/admin/organisations/nouvelle"));
        assertEquals(List.of(), failures);
        // in English too
        Response en = admin.given().urlEncodingEnabled(false).get("/admin/organisations?q=%00&lang=en");
        assertEquals(400, en.statusCode());
        assertTrue(en.asString().contains("Invalid request"), en::asString);
    }

    private static void check(List<String> failures, String what, Response r) {
        if (r.statusCode() != 400 || !r.contentType().startsWith("text/html")
                || !r.asString().contains("Demande invalide")) {
            failures.add(what + ": " + r.statusCode() + " " + r.contentType() + " "
                    + r.asString().substring(0, Math.min(300, r.asString().length())));
        }
    }

    @Test
    void unstorableTextInAnAnswerIsRefusedNotAlteredAndTheFieldIsNamed() {
        long id = TestData.diagnostic(TestData.organization("Commune des surrogats"), campaign(), "self-assessment",
                null);
        String path = "/api/diagnostics/" + id + "/answers";
        for (String value : List.of("x\\udc00y", "x\\ud800y", "des\\u0000donn\\u00e9es")) {
            Response r = admin().contentType(ContentType.JSON)
                    .body("{\"answers\": [{\"question\": \"attentes\", \"value\": \"" + value + "\", \"revision\": 0}]}")
                    .patch(path);
            assertEquals(400, r.statusCode(), () -> value + ": " + r.asString());
            assertTrue(r.contentType().startsWith(PROBLEM));
            assertEquals("answers[0].value", r.jsonPath().getString("errors[0].field"), value);
        }
        // the same rule in every text of an answer, and in the question id
        for (String entry : List.of("{\"question\": \"attentes\", \"comment\": \"a\\udc00\", \"revision\": 0}",
                "{\"question\": \"atten\\u0000tes\", \"value\": \"x\", \"revision\": 0}")) {
            Response r = admin().contentType(ContentType.JSON).body("{\"answers\": [" + entry + "]}").patch(path);
            assertEquals(400, r.statusCode(), () -> entry + ": " + r.asString());
        }
        // a lone surrogate written as raw (CESU-8) bytes rather than an escape
        byte[] raw = concat("{\"answers\": [{\"question\": \"attentes\", \"value\": \"x".getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xED, (byte) 0xB0, (byte) 0x80 },
                "y\", \"revision\": 0}]}".getBytes(StandardCharsets.UTF_8));
        Response r = admin().contentType(ContentType.JSON).body(raw).patch(path);
        assertEquals(400, r.statusCode(), r::asString);
        // nothing was stored
        assertEquals(List.of(), admin().get("/api/diagnostics/" + id).jsonPath()
                .getList("answers.findAll { it.question == 'attentes' && it.value != null }"));
        // a well-formed text with an emoji (a valid surrogate pair) goes through unchanged
        admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"attentes\", \"value\": \"x\\ud83d\\ude80y\", \"revision\": 0}]}")
                .patch(path).then().statusCode(200);
        assertEquals("x\ud83d\ude80y", admin().get("/api/diagnostics/" + id).jsonPath()
                .getString("answers.find { it.question == 'attentes' }.value"));
    }

    // ------------------------------------------------------------------------------------------------ strict JSON

    @Test
    void jsonWithTrailingGarbageOrASecondObjectIsMalformed() {
        String siren = TestData.newSiren();
        String org = "{\"name\": \"Commune double\", \"siren\": \"" + siren + "\", \"type\": \"commune\", "
                + "\"departement\": \"67\"}";
        for (String body : List.of(org + org, org + " garbage", org + " ]", org + "\n{\"x\": 1}")) {
            Response r = admin().contentType(ContentType.JSON).body(body).post("/api/organizations");
            assertEquals(400, r.statusCode(), () -> body + ": " + r.asString());
            assertEquals("urn:od-maturity:problem:malformed-json", r.jsonPath().getString("type"), body);
        }
        assertEquals(0, admin().queryParam("q", siren).get("/api/organizations").jsonPath().getInt("total"));
        // a tree body (PATCH answers) the same
        long id = TestData.diagnostic(TestData.organization("Commune lax"), campaign(), "self-assessment", null);
        Response r = admin().contentType(ContentType.JSON).body("{\"answers\": []}{\"answers\": [{\"question\": "
                + "\"attentes\", \"value\": \"x\", \"revision\": 0}]}").patch("/api/diagnostics/" + id + "/answers");
        assertEquals(400, r.statusCode(), r::asString);
        assertEquals("urn:od-maturity:problem:malformed-json", r.jsonPath().getString("type"));
    }

    @Test
    void aKeyTwiceInAnObjectIsMalformed() {
        String siren = TestData.newSiren();
        Response r = admin().contentType(ContentType.JSON).body("{\"name\": \"Premier\", \"name\": \"Second\", "
                + "\"siren\": \"" + siren + "\", \"type\": \"commune\", \"departement\": \"67\"}")
                .post("/api/organizations");
        assertEquals(400, r.statusCode(), r::asString);
        assertEquals("urn:od-maturity:problem:malformed-json", r.jsonPath().getString("type"));
        assertTrue(r.jsonPath().getString("errors[0].message").contains("name"), r::asString);
        assertEquals(0, admin().queryParam("q", siren).get("/api/organizations").jsonPath().getInt("total"));
        long id = TestData.diagnostic(TestData.organization("Commune doublon"), campaign(), "self-assessment", null);
        Response patch = admin().contentType(ContentType.JSON).body("{\"answers\": [{\"question\": \"attentes\", "
                + "\"value\": \"a\", \"value\": \"b\", \"revision\": 0}]}").patch("/api/diagnostics/" + id + "/answers");
        assertEquals(400, patch.statusCode(), patch::asString);
        assertEquals("urn:od-maturity:problem:malformed-json", patch.jsonPath().getString("type"));
    }

    @Test
    void anUnknownFieldInAPatchIsA400AsEverywhereInTheApi() {
        long id = TestData.diagnostic(TestData.organization("Commune champ inconnu"), campaign(), "self-assessment",
                null);
        Response r = admin().contentType(ContentType.JSON).body("{\"answers\": [{\"question\": \"attentes\", "
                + "\"valeur\": \"x\", \"revision\": 0}]}").patch("/api/diagnostics/" + id + "/answers");
        assertEquals(400, r.statusCode(), r::asString);
        assertEquals("urn:od-maturity:problem:invalid-json", r.jsonPath().getString("type"));
        assertEquals("answers[0].valeur", r.jsonPath().getString("errors[0].field"));
        // as an unknown field of any other body
        Response org = admin().contentType(ContentType.JSON).body("{\"nom\": \"x\"}").post("/api/organizations");
        assertEquals(400, org.statusCode());
        assertEquals("urn:od-maturity:problem:invalid-json", org.jsonPath().getString("type"));
    }

    // ---------------------------------------------------------------------------------------- questionnaire files

    @Test
    void aRecursiveYamlAliasIsA422WithItsLine() {
        for (Map.Entry<String, Integer> file : Map.of("a: &a [*a]\n", 1, "a: &a {b: *a}\n", 1,
                "id: x\nversion: 1\naxes: &axes\n  - themes: *axes\n", 4).entrySet()) {
            Response r = RestAssured.given().contentType("application/yaml")
                    .body(file.getKey().getBytes(StandardCharsets.UTF_8)).post(VALIDATE);
            assertEquals(422, r.statusCode(), () -> file.getKey() + r.asString());
            assertTrue(r.contentType().startsWith(PROBLEM));
            assertEquals(file.getValue(), r.jsonPath().getInt("errors[0].line"), file.getKey());
            assertTrue(r.jsonPath().getString("errors[0].message").contains("recursive alias"), r::asString);
        }
    }

    @Test
    void aFileWithTensOfThousandsOfErrorsGetsTheFirst100AndTheCount() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 45_000; i++) { // 90,000 nodes: under the node limit
            yaml.append("unknown_key_").append(i).append(": 1\n");
        }
        long start = System.nanoTime();
        Response r = RestAssured.given().contentType("application/yaml")
                .body(yaml.toString().getBytes(StandardCharsets.UTF_8)).post(VALIDATE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("validate: %d kB of YAML, 45,000 unknown keys → %d in %d ms, %d bytes%n",
                yaml.length() / 1024, r.statusCode(), millis, r.asByteArray().length);
        assertEquals(422, r.statusCode());
        assertEquals(100, r.jsonPath().getList("errors").size());
        assertTrue(r.jsonPath().getInt("errorCount") >= 45_000, r.jsonPath().getString("errorCount"));
        assertTrue(r.jsonPath().getString("detail").contains("the first 100"), r.jsonPath().getString("detail"));
        assertTrue(r.asByteArray().length < 100_000, "body of " + r.asByteArray().length + " bytes");
        // a file with a few errors lists them all, without a count
        Response few = RestAssured.given().contentType("application/yaml")
                .body("id: x\nfoo: 1\n".getBytes(StandardCharsets.UTF_8)).post(VALIDATE);
        assertEquals(422, few.statusCode());
        assertNull(few.jsonPath().get("errorCount"));
    }

    // ------------------------------------------------------------------------------------------------ body limits

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAndNoErrorIsLogged() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (logged) {
                        logged.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(Browser.baseUrl() + "/api/questionnaires/"
                    + TestData.QUESTIONNAIRE + "/1/score").toURL().openConnection();
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setChunkedStreamingMode(64 * 1024);
            http.setRequestProperty("Content-Type", "application/json");
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = http.getOutputStream()) {
                out.write("{\"answers\": [".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 48; i++) { // 3 MiB
                    out.write(chunk);
                }
                out.write("]}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the server may answer and close before the whole body is sent: its answer is still readable
            }
            int status = http.getResponseCode();
            String type = http.getContentType();
            String body = "";
            InputStream error = http.getErrorStream();
            if (error != null) {
                try (InputStream in = error) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertEquals(413, status, body);
            assertNotNull(type);
            assertTrue(type.startsWith(PROBLEM), type + " " + body);
            assertTrue(body.contains("urn:od-maturity:problem:payload-too-large"), body);
            Thread.sleep(300); // the connection's end is logged after the answer, if at all
        } finally {
            root.removeHandler(capture);
        }
        synchronized (logged) {
            assertEquals(List.of(), logged.stream().map(l -> l.getLoggerName() + ": " + l.getMessage()).toList());
        }
    }

    // --------------------------------------------------------------------------------------- what may be revealed

    @Test
    void aConflictNamesTheExistingDiagnosticOnlyToWhoMayReadIt() {
        String assignedEmail = TestData.uniqueEmail("assigned");
        long assigned = TestData.facilitator(assignedEmail);
        String otherEmail = TestData.uniqueEmail("unassigned");
        TestData.asFacilitator(otherEmail);
        long org = TestData.organization("Commune déjà diagnostiquée");
        long campaign = campaign();
        long existing = TestData.diagnostic(org, campaign, "interview", assigned);
        Map<String, Object> body = Map.of("organizationId", org, "campaignId", campaign, "mode", "interview");

        Response other = TestData.asFacilitator(otherEmail).contentType(ContentType.JSON).body(body)
                .post("/api/diagnostics");
        assertEquals(409, other.statusCode(), other::asString);
        assertTrue(other.contentType().startsWith(PROBLEM));
        assertFalse(other.asString().contains("diagnosticId"), other::asString);
        assertFalse(other.asString().matches("(?s).*\\b" + existing + "\\b.*"), other::asString);
        assertEquals(404, TestData.asFacilitator(otherEmail).get("/api/diagnostics/" + existing).statusCode());

        Response own = TestData.as(assignedEmail, TestData.password(assignedEmail)).contentType(ContentType.JSON)
                .body(body).post("/api/diagnostics");
        assertEquals(409, own.statusCode());
        assertEquals(existing, own.jsonPath().getLong("errors[0].diagnosticId"));
        assertEquals(existing, admin().contentType(ContentType.JSON).body(body).post("/api/diagnostics").jsonPath()
                .getLong("errors[0].diagnosticId"));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static long campaign() {
        return TestData.campaign("Campagne hostile " + TestData.uniqueEmail("c"));
    }

    /** A request line sent as is (HTTP clients refuse to send a malformed query); the whole answer as text. */
    private static String rawGet(String target, boolean asAdmin) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(URI.create(Browser.baseUrl()).getHost(),
                URI.create(Browser.baseUrl()).getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (asAdmin ? "Authorization: Basic " + Base64.getEncoder().encodeToString((TestData.ADMIN_EMAIL
                            + ":" + TestData.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n" : "")
                    + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
