package org.odmaturity.error;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.fail;
import static org.odmaturity.testsupport.TestData.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * "Requests that are too large, malformed JSON, wrong types → 400/413/422 problem responses, never a 500", for the
 * endpoints that read a JSON body: {@code POST /api/organizations}, {@code PATCH /api/diagnostics/{id}/answers},
 * {@code POST /api/diagnostics/import} and {@code POST /api/questionnaires/{id}/{version}/score}.
 *
 * <p>Each test sends a table of bad inputs to one endpoint and reports every input that got a 5xx, an unexpected
 * status, or an error that is not {@code application/problem+json} (all at once, not only the first). Bodies over the
 * server's limit ({@code quarkus.http.limits.max-body-size=2M}) are refused by the HTTP layer before any application
 * code runs: that 413 is checked for its status only, and its form is printed.
 */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = "application/json";
    private static final int LIMIT = 2 * 1024 * 1024;
    private static final String SCORE = "/api/questionnaires/" + TestData.QUESTIONNAIRE + "/1/score";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One bad request and the statuses it may get. */
    private record Probe(String name, String contentType, byte[] body, int[] expected) {
    }

    private static Probe probe(String name, String body, int... expected) {
        return new Probe(name, JSON, body == null ? null : body.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Probe probe(String name, String contentType, String body, int... expected) {
        return new Probe(name, contentType, body.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Probe raw(String name, byte[] body, int... expected) {
        return new Probe(name, JSON, body, expected);
    }

    /** Sends each probe; returns one line per probe that went wrong. */
    private static List<String> run(String endpoint, String method, Supplier<String> path,
            Supplier<Map<String, String>> headers, List<Probe> probes) {
        List<String> failures = new ArrayList<>();
        for (Probe p : probes) {
            String where = endpoint + " ← " + p.name() + ": ";
            Outcome r;
            try {
                r = p.body() != null && p.body().length > LIMIT ? sendExpectingContinue(method, path.get(),
                        headers.get(), p.contentType(), p.body()) : send(method, path.get(), headers.get(), p);
            } catch (Exception e) {
                failures.add(where + "no answer: " + e);
                continue;
            }
            int status = r.status();
            String type = r.contentType();
            String body = abbreviate(r.body());
            System.out.printf("probe %s%d %s %s%n", where, status, type, problemType(r.body()));
            boolean expected = Arrays.stream(p.expected()).anyMatch(s -> s == status);
            if (status >= 500) {
                failures.add(where + status + " " + type + " " + body);
            } else if (!expected) {
                failures.add(where + "expected " + Arrays.toString(p.expected()) + ", got " + status + " " + type + " "
                        + body);
            } else if (status >= 400 && status != 413 && (type == null || !type.startsWith(PROBLEM))) {
                failures.add(where + status + " is not a problem: Content-Type " + type + " " + body);
            } else if (status == 413) {
                System.out.printf("413 for %s: Content-Type=%s, body=%s%n", where, type, body);
            }
        }
        return failures;
    }

    /** What came back. */
    private record Outcome(int status, String contentType, String body) {
    }

    private static Outcome send(String method, String path, Map<String, String> headers, Probe p) {
        RequestSpecification spec = RestAssured.given().headers(headers);
        if (p.contentType() != null) {
            spec.contentType(p.contentType());
        }
        if (p.body() != null && p.contentType() != null && p.contentType().startsWith("application/x-www-form")) {
            spec.body(new String(p.body(), StandardCharsets.UTF_8)); // RestAssured encodes forms from text only
        } else if (p.body() != null) {
            spec.body(p.body());
        }
        Response r = spec.request(method, path);
        return new Outcome(r.statusCode(), r.contentType(), r.asString());
    }

    /**
     * Sends a body over the limit the way a careful client does ({@code Expect: 100-continue}), so that the server's
     * early refusal can be read: without it the server answers 413 and closes the connection while the client is still
     * writing, and the client sees a broken pipe instead (see {@link #bodySizeLimit()}).
     */
    private static Outcome sendExpectingContinue(String method, String path, Map<String, String> headers,
            String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .version(HttpClient.Version.HTTP_1_1).expectContinue(true).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private static String baseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port + (RestAssured.basePath == null ? "" : RestAssured.basePath);
    }

    private static Map<String, String> adminHeaders() {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (TestData.ADMIN_EMAIL + ":" + TestData.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static String problemType(String body) {
        try {
            return MAPPER.readTree(body).path("type").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    private static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " bad input(s) were not refused properly:\n" + String.join("\n", failures));
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    // ------------------------------------------------------------------------------------------- shared bad bodies

    /** {@code n} nested arrays. */
    private static String nested(int n) {
        return "[".repeat(n) + "]".repeat(n);
    }

    /** A JSON object whose one string field makes the body {@code size} bytes. */
    private static byte[] sized(String field, int size) {
        String head = "{\"" + field + "\": \"";
        String tail = "\"}";
        return (head + "a".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    /** The probes every JSON endpoint must refuse, whatever its body looks like. */
    private static List<Probe> common(String field) {
        List<Probe> probes = new ArrayList<>();
        probes.add(probe("malformed JSON (cut)", "{\"" + field + "\": [", 400));
        probes.add(probe("malformed JSON (single quotes)", "{'" + field + "': 1}", 400));
        probes.add(probe("malformed JSON (not JSON at all)", "hello", 400));
        probes.add(probe("a raw NUL byte inside a string", "{\"" + field + "\": \"a\u0000b\"}", 400, 422));
        probes.add(raw("invalid UTF-8", new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }, 400));
        probes.add(probe("empty body", "", 400, 422));
        probes.add(probe("JSON null", "null", 400, 422));
        probes.add(probe("a string instead of an object", "\"text\"", 400, 422));
        probes.add(probe("an array instead of an object", "[1, 2]", 400, 422));
        probes.add(probe("10,000 nested arrays", nested(10_000), 400, 422));
        probes.add(probe("10,000 nested arrays in a field", "{\"" + field + "\": " + nested(10_000) + "}", 400, 422));
        probes.add(probe("a number of 5,000 digits", "{\"" + field + "\": " + "9".repeat(5_000) + "}", 400, 422));
        probes.add(raw("a body over the 2 MiB limit", sized(field, LIMIT + 1024), 413));
        probes.add(raw("a body far over the limit (5 MiB)", sized(field, 5 * LIMIT / 2), 413));
        probes.add(probe("text/plain", "text/plain", "{\"" + field + "\": []}", 415));
        probes.add(probe("application/xml", "application/xml", "<" + field + "/>", 415));
        probes.add(probe("form data", "application/x-www-form-urlencoded", field + "=1", 415));
        return probes;
    }

    // --------------------------------------------------------------------------------------- POST /api/organizations

    private static String organization(String name, String population) {
        return "{\"name\": " + name + ", \"siren\": \"" + TestData.newSiren() + "\", \"type\": \"commune\", "
                + "\"departement\": \"67\", \"population\": " + population + "}";
    }

    @Test
    void organizations() {
        List<Probe> probes = new ArrayList<>(common("name"));
        probes.add(probe("string where a number is expected", organization("\"Commune\"", "\"many\""), 400));
        probes.add(probe("object where a string is expected", organization("{\"fr\": \"Commune\"}", "10"), 400));
        probes.add(probe("list where a string is expected", organization("[\"Commune\"]", "10"), 400));
        probes.add(probe("unknown field", "{\"nom\": \"Commune\", \"siren\": \"" + TestData.newSiren()
                + "\", \"type\": \"commune\"}", 400));
        probes.add(probe("integer overflow", organization("\"Commune\"", "99999999999999999999999"), 400));
        probes.add(probe("number out of double range", organization("\"Commune\"", "1e400"), 400));
        probes.add(probe("negative number", organization("\"Commune\"", "-5"), 400));
        probes.add(probe("NUL character in a string", organization("\"Commune\\u0000nulle\"", "10"), 201, 400, 422));
        probes.add(probe("lone surrogate in a string", organization("\"Commune \\ud800\"", "10"), 201, 400, 422));
        probes.add(probe("a name of 1.5 MiB", organization("\"" + "n".repeat(3 * LIMIT / 4) + "\"", "10"), 400));
        assertNoFailures(run("POST /api/organizations", "POST", () -> "/api/organizations",
                BadInputTest::adminHeaders, probes));
    }

    @Test
    void emojiInAnOrganisationNameSurviveTheRoundTrip() {
        String name = "Commune des Renards 🦊 — Üñîçødé 𝔘";
        long id = admin().contentType(ContentType.JSON).body(organization(MAPPER.valueToTree(name).toString(), "10"))
                .post("/api/organizations").then().statusCode(201).body("name", equalTo(name))
                .extract().jsonPath().getLong("id");
        admin().get("/api/organizations/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    // -------------------------------------------------------------------------------- PATCH /api/diagnostics/{id}/answers

    private static long draftDiagnostic() {
        return TestData.diagnostic(TestData.organization("Commune des entrées " + System.nanoTime()),
                TestData.campaign("Campagne des entrées"), "interview", null);
    }

    private static String answers(String answer) {
        return "{\"answers\": [" + answer + "]}";
    }

    @Test
    void diagnosticAnswers() {
        long id = draftDiagnostic();
        String path = "/api/diagnostics/" + id;
        Supplier<Map<String, String>> caller = () -> {
            Map<String, String> headers = new HashMap<>(adminHeaders());
            headers.put("If-Match", admin().get(path).then().statusCode(200).extract().header("ETag"));
            return headers;
        };
        List<Probe> probes = new ArrayList<>(common("answers"));
        probes.add(probe("object where a list is expected", "{\"answers\": {\"question\": \"referent\"}}", 400, 422));
        probes.add(probe("string where a list is expected", "{\"answers\": \"referent\"}", 400, 422));
        probes.add(probe("numbers instead of answers", "{\"answers\": [1, 2]}", 400, 422));
        probes.add(probe("string where a number is expected",
                answers("{\"question\": \"nb_jeux\", \"value\": \"seven\"}"), 400, 422));
        probes.add(probe("string where a boolean is expected",
                answers("{\"question\": \"budget\", \"notApplicable\": \"yes\"}"), 400, 422));
        probes.add(probe("number where a question id is expected", answers("{\"question\": 12, \"value\": 1}"), 400,
                422));
        probes.add(probe("object where a comment is expected",
                answers("{\"question\": \"referent\", \"value\": \"nomme\", \"comment\": {\"a\": 1}}"), 400, 422));
        probes.add(probe("unknown field in an answer", answers("{\"question\": \"referent\", \"valeur\": \"nomme\"}"),
                400, 422));
        probes.add(probe("unknown top-level field", "{\"answers\": [], \"extra\": true}", 400, 422));
        probes.add(probe("number out of double range",
                answers("{\"question\": \"nb_jeux\", \"value\": 1e400}"), 400, 422));
        probes.add(probe("negative number out of double range",
                answers("{\"question\": \"nb_jeux\", \"value\": -1e400}"), 400, 422));
        probes.add(probe("huge integer", answers("{\"question\": \"nb_jeux\", \"value\": " + "9".repeat(900) + "}"),
                200, 400, 422));
        probes.add(probe("huge revision",
                answers("{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 99999999999999999999}"),
                400, 422));
        probes.add(probe("900 nested arrays as a value (under the parser's depth limit)",
                answers("{\"question\": \"formats\", \"value\": " + nested(900) + "}"), 400, 422));
        probes.add(probe("NUL character in a question id", answers("{\"question\": \"refe\\u0000rent\"}"), 400,
                422));
        probes.add(probe("NUL character in a comment",
                answers("{\"question\": \"referent\", \"value\": \"nomme\", \"comment\": \"a\\u0000b\"}"), 200, 400,
                422));
        probes.add(probe("NUL character in a text answer",
                answers("{\"question\": \"attentes\", \"value\": \"des\\u0000données\"}"), 200, 400, 422));
        probes.add(probe("5,001 answers", answers(String.join(", ", java.util.Collections.nCopies(5001,
                "{\"question\": \"referent\"}"))), 400, 422));
        assertNoFailures(run("PATCH /api/diagnostics/{id}/answers", "PATCH", () -> path + "/answers", caller,
                probes));
    }

    @Test
    void emojiInAnswersSurviveTheRoundTrip() {
        long id = draftDiagnostic();
        String path = "/api/diagnostics/" + id;
        String comment = "Très bien 👍🏽 — voir 𝔡𝔬𝔠";
        admin().contentType(ContentType.JSON).body(answers("{\"question\": \"attentes\", \"value\": "
                + MAPPER.valueToTree("Plus d'API 🚀").toString() + ", \"comment\": " + MAPPER.valueToTree(comment)
                + ", \"revision\": 0}")).patch(path + "/answers").then().statusCode(200);
        admin().get(path).then().statusCode(200)
                .body("answers.find { it.question == 'attentes' }.value", equalTo("Plus d'API 🚀"))
                .body("answers.find { it.question == 'attentes' }.comment", equalTo(comment));
    }

    @Test
    void pathIdsThatAreNotNumbersAreUnknownPaths() {
        List<String> failures = new ArrayList<>();
        for (String bad : List.of("abc", "1e3", "1.5", "-", "99999999999999999999", "%F0%9F%A6%8A", "%20")) {
            Response r = admin().contentType(ContentType.JSON).body(answers(""))
                    .patch("/api/diagnostics/" + bad + "/answers");
            check(failures, "PATCH /api/diagnostics/" + bad + "/answers", r, 404);
            Response s = RestAssured.given().contentType(ContentType.JSON).body("{\"answers\": []}")
                    .post("/api/questionnaires/" + TestData.QUESTIONNAIRE + "/" + bad + "/score");
            check(failures, "POST /api/questionnaires/…/" + bad + "/score", s, 404);
        }
        // a NUL in the path
        Response nul = admin().urlEncodingEnabled(false).contentType(ContentType.JSON).body(answers(""))
                .patch("/api/diagnostics/%00/answers");
        check(failures, "PATCH /api/diagnostics/%00/answers", nul, 400, 404);
        assertNoFailures(failures);
    }

    private static void check(List<String> failures, String where, Response r, int... expected) {
        int status = r.statusCode();
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            failures.add(where + ": expected " + Arrays.toString(expected) + ", got " + status + " " + r.contentType()
                    + " " + abbreviate(r.asString()));
        } else if (r.contentType() == null || !r.contentType().startsWith(PROBLEM)) {
            failures.add(where + ": " + status + " is not a problem: Content-Type " + r.contentType());
        }
    }

    // ----------------------------------------------------------------------------------- POST /api/diagnostics/import

    /** A valid export of a submitted diagnostic (with a score snapshot). */
    private static ObjectNode validExport() throws Exception {
        long id = TestData.diagnostic(TestData.organization("Commune exportée " + System.nanoTime()),
                TestData.campaign("Campagne à exporter"), "interview", null);
        String path = "/api/diagnostics/" + id;
        admin().contentType(ContentType.JSON).body(answers(
                "{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 0, \"comment\": \"ok\"},"
                        + "{\"question\": \"publie\", \"value\": true, \"revision\": 0},"
                        + "{\"question\": \"nb_jeux\", \"value\": 12, \"revision\": 0}"))
                .patch(path + "/answers").then().statusCode(200);
        admin().post(path + "/submit").then().statusCode(200);
        return (ObjectNode) MAPPER.readTree(admin().get(path + "/export").then().statusCode(200).extract().asString());
    }

    /** The export with one change, as a new diagnostic in a new campaign (so that a valid one would be 201). */
    private static Probe changed(String name, ObjectNode export, java.util.function.Consumer<ObjectNode> change,
            int... expected) {
        ObjectNode copy = export.deepCopy();
        change.accept(copy);
        return new Probe(name, JSON, copy.toString().getBytes(StandardCharsets.UTF_8), expected);
    }

    private static ObjectNode answer(ObjectNode export, int index) {
        return (ObjectNode) export.get("answers").get(index);
    }

    @Test
    void diagnosticImport() throws Exception {
        ObjectNode export = validExport();
        List<Probe> probes = new ArrayList<>(common("format"));
        probes.add(changed("object where a list is expected", export, e -> e.putObject("answers"), 400, 422));
        probes.add(changed("string where a number is expected", export, e -> e.put("formatVersion", "one"), 400,
                422));
        probes.add(changed("string where an object is expected", export, e -> e.put("diagnostic", "x"), 400, 422));
        probes.add(changed("unknown status", export, e -> ((ObjectNode) e.get("diagnostic")).put("status", "done"),
                400, 422));
        probes.add(changed("unknown top-level field", export, e -> e.put("extra", 1), 400, 422));
        probes.add(changed("unknown field in an answer", export, e -> answer(e, 0).put("valeur", 1), 400, 422));
        probes.add(changed("version: integer overflow", export,
                e -> ((ObjectNode) e.get("diagnostic")).put("version", new java.math.BigInteger("9".repeat(30))),
                400, 422));
        probes.add(changed("formatVersion: integer overflow", export,
                e -> e.put("formatVersion", 99_999_999_999L), 400, 422));
        probes.add(probe("answer value out of double range", export.toString()
                .replaceFirst("\"value\":12", "\"value\":1e400"), 400, 422));
        probes.add(changed("a score card of the wrong shape", export,
                e -> ((ObjectNode) e.get("snapshots").get(0)).putObject("scoreCard").put("foo", 1), 400, 422));
        probes.add(changed("a score card that is a list", export,
                e -> ((ObjectNode) e.get("snapshots").get(0)).putArray("scoreCard"), 400, 422));
        probes.add(changed("a history entry of the wrong shape", export,
                e -> ((ObjectNode) e.get("history").get(0)).put("after", "x"), 400, 422));
        probes.add(changed("NUL character in a comment", export, e -> answer(e, 0).put("comment", "a\u0000b"), 201,
                400, 422));
        probes.add(changed("NUL character in the organisation name (new organisation)", export,
                e -> ((ObjectNode) e.get("organization")).put("name", "Commune\u0000").put("siren",
                        TestData.newSiren()), 201, 400, 422));
        probes.add(changed("NUL character in who changed an answer", export,
                e -> ((ObjectNode) e.get("history").get(0)).put("changedBy", "x\u0000y"), 201, 400, 422));
        probes.add(changed("emoji in a comment", export, e -> answer(e, 0).put("comment", "Très bien 👍🏽"), 201));
        // each probe into a campaign of its own: a valid import creates a diagnostic there (201)
        assertNoFailures(run("POST /api/diagnostics/import", "POST", () -> "/api/diagnostics/import?campaignId="
                + TestData.campaign("Campagne d'import"), BadInputTest::adminHeaders, probes));
    }

    @Test
    void importQueryParametersThatAreNotNumbers() {
        List<String> failures = new ArrayList<>();
        for (String bad : List.of("abc", "1.5", "99999999999999999999")) {
            Response r = admin().contentType(ContentType.JSON).body("{}")
                    .post("/api/diagnostics/import?campaignId=" + bad);
            check(failures, "POST /api/diagnostics/import?campaignId=" + bad, r, 400, 404);
        }
        assertNoFailures(failures);
    }

    /** The other texts the application stores: a NUL character must be refused (or stored), never a 500. */
    @Test
    void nulCharacterInOtherStoredTexts() {
        List<String> failures = new ArrayList<>();
        long organization = TestData.organization("Commune sans NUL " + System.nanoTime());
        String etag = admin().get("/api/organizations/" + organization).then().extract().header("ETag");
        expectNo5xx(failures, "PUT /api/organizations/{id} (name)", admin().contentType(ContentType.JSON)
                .header("If-Match", etag).body(organization("\"Commune\\u0000\"", "10"))
                .put("/api/organizations/" + organization));
        expectNo5xx(failures, "POST /api/campaigns (name)", admin().contentType(ContentType.JSON).body("{\"name\": "
                + "\"Campagne\\u0000\", \"year\": 2026, \"questionnaire\": {\"id\": \"" + TestData.QUESTIONNAIRE
                + "\", \"version\": 1}}").post("/api/campaigns"));
        expectNo5xx(failures, "POST /api/users (displayName)", admin().contentType(ContentType.JSON).body("{\"email\": "
                + "\"" + TestData.uniqueEmail("nul") + "\", \"displayName\": \"A\\u0000B\", \"password\": "
                + "\"a-long-enough-password\", \"role\": \"facilitator\"}").post("/api/users"));
        expectNo5xx(failures, "POST /api/diagnostics/{id}/invitations (label)", admin().contentType(ContentType.JSON)
                .body("{\"label\": \"lien\\u0000\"}").post("/api/diagnostics/" + draftDiagnostic() + "/invitations"));
        long diagnostic = draftDiagnostic();
        String planEtag = admin().get("/api/diagnostics/" + diagnostic + "/plan").then().statusCode(200).extract()
                .header("ETag");
        expectNo5xx(failures, "PUT /api/diagnostics/{id}/plan (custom action text)", admin()
                .contentType(ContentType.JSON).header("If-Match", planEtag)
                .body("{\"actions\": [{\"text\": \"agir\\u0000\", \"axis\": \"piloter\"}], \"targets\": {}}")
                .put("/api/diagnostics/" + diagnostic + "/plan"));
        assertNoFailures(failures);
    }

    private static void expectNo5xx(List<String> failures, String where, Response r) {
        int status = r.statusCode();
        System.out.printf("probe %s ← NUL character: %d %s %s%n", where, status, r.contentType(),
                problemType(r.asString()));
        if (status >= 500) {
            failures.add(where + " ← NUL character: " + status + " " + r.contentType() + " " + abbreviate(r.asString()));
        } else if (status >= 400 && (r.contentType() == null || !r.contentType().startsWith(PROBLEM))) {
            failures.add(where + " ← NUL character: " + status + " is not a problem: Content-Type " + r.contentType());
        }
    }

    // ---------------------------------------------------------------------- POST /api/questionnaires/{id}/{v}/score

    @Test
    void score() {
        List<Probe> probes = new ArrayList<>(common("answers"));
        probes.add(probe("object where a list is expected", "{\"answers\": {\"question\": \"referent\"}}", 400));
        probes.add(probe("string where a list is expected", "{\"answers\": \"referent\"}", 400));
        probes.add(probe("numbers instead of answers", "{\"answers\": [1, 2]}", 400));
        probes.add(probe("null answer", "{\"answers\": [null]}", 400));
        probes.add(probe("string where a number is expected",
                answers("{\"question\": \"nb_jeux\", \"value\": \"seven\"}"), 422));
        probes.add(probe("string where a boolean is expected",
                answers("{\"question\": \"budget\", \"notApplicable\": \"yes\"}"), 400, 422));
        probes.add(probe("object where a question id is expected", answers("{\"question\": {\"id\": 1}}"), 400));
        probes.add(probe("unknown field in an answer", answers("{\"question\": \"referent\", \"valeur\": \"nomme\"}"),
                400));
        probes.add(probe("unknown top-level field", "{\"answers\": [], \"extra\": true}", 400));
        probes.add(probe("number out of double range", answers("{\"question\": \"nb_jeux\", \"value\": 1e400}"), 400,
                422));
        probes.add(probe("negative number out of double range",
                answers("{\"question\": \"nb_jeux\", \"value\": -1e400}"), 400, 422));
        probes.add(probe("number too small for a double",
                answers("{\"question\": \"nb_jeux\", \"value\": 1e-400}"), 200, 400, 422));
        probes.add(probe("huge integer", answers("{\"question\": \"nb_jeux\", \"value\": " + "9".repeat(900) + "}"),
                200, 400, 422));
        probes.add(probe("huge exponent in a decimal",
                answers("{\"question\": \"schemas\", \"value\": 1.0e999999999}"), 400, 422));
        probes.add(probe("900 nested arrays as a value (under the parser's depth limit)",
                answers("{\"question\": \"formats\", \"value\": " + nested(900) + "}"), 400, 422));
        probes.add(probe("NUL character in a question id", answers("{\"question\": \"refe\\u0000rent\"}"), 400));
        probes.add(probe("emoji as a question id", answers("{\"question\": \"🦊\", \"value\": 1}"), 422));
        probes.add(probe("emoji and NUL in a text answer",
                answers("{\"question\": \"attentes\", \"value\": \"🚀 des\\u0000données\"}"), 400));
        probes.add(probe("5,001 answers", answers(String.join(", ", java.util.Collections.nCopies(5001,
                "{\"question\": \"referent\"}"))), 400));
        probes.add(probe("a question id of 10,000 characters",
                answers("{\"question\": \"" + "q".repeat(10_000) + "\"}"), 400));
        assertNoFailures(run("POST " + SCORE, "POST", () -> SCORE, Map::of, probes));
    }

    @Test
    void unknownQuestionnaireOrVersionIsNotFound() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/questionnaires/nope/1/score",
                "/api/questionnaires/" + TestData.QUESTIONNAIRE + "/999/score",
                "/api/questionnaires/" + TestData.QUESTIONNAIRE + "/-1/score")) {
            Response r = RestAssured.given().contentType(ContentType.JSON).body("{\"answers\": []}").post(path);
            check(failures, "POST " + path, r, 404);
        }
        assertNoFailures(failures);
        RestAssured.given().contentType(ContentType.JSON).body("{\"answers\": []}").post(SCORE).then().statusCode(200)
                .contentType(startsWith(JSON));
    }

    /** The limits of the body themselves: just under is read by the application, just over is refused before. */
    @Test
    void bodySizeLimit() throws Exception {
        List<String> failures = new ArrayList<>();
        Response under = RestAssured.given().contentType(ContentType.JSON).body(sized("answers", LIMIT - 1024))
                .post(SCORE);
        check(failures, "POST score, body just under 2 MiB", under, 400);
        Outcome over = sendExpectingContinue("POST", SCORE, Map.of(), JSON, sized("answers", LIMIT + 1));
        if (over.status() != 413) {
            failures.add("POST score, body of 2 MiB + 1 byte: expected 413, got " + over.status());
        }
        System.out.printf("413 from the HTTP layer (Expect: 100-continue): Content-Type=%s, body=[%s]%n",
                over.contentType(), abbreviate(over.body()));
        // a client that does not wait for 100-continue: what does it see?
        for (int size : List.of(LIMIT + 1, 3 * LIMIT)) {
            try {
                Response plain = RestAssured.given().contentType(ContentType.JSON).body(sized("answers", size))
                        .post(SCORE);
                System.out.printf("413 without Expect, %d bytes: status=%d, Content-Type=%s, body=[%s]%n", size,
                        plain.statusCode(), plain.contentType(), abbreviate(plain.asString()));
                if (plain.statusCode() != 413) {
                    failures.add("POST score, " + size + " bytes without Expect: expected 413, got "
                            + plain.statusCode());
                }
            } catch (Exception e) {
                System.out.printf("413 without Expect, %d bytes: the client saw %s%n", size, e);
            }
        }
        assertNoFailures(failures);
    }
}
