package org.odmaturity.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.PdfTools;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Backup and restore end to end (issue 14 §4, docs/operations.md "Backup and restore"): the production jar started
 * with {@code deploy/od-maturity} on a database of its own, data made through the API (an organisation, a campaign, a
 * draft with answers and an invitation link, a submitted and validated diagnostic with a curated plan and a
 * follow-up), then {@code deploy/backup.sh}; a change made after the backup; the restore refused while the service
 * runs; the service stopped, the database dropped, {@code deploy/restore.sh --create}; the service started again must
 * serve the same diagnostics, histories, plans, follow-up and plan PDF text, must not know the change made after the
 * backup, must still accept the invitation link, and must take new writes (sequences restored).
 *
 * <p>Run after {@code package}: {@code ./mvnw verify -DskipITs=false -Dit.test=BackupRestoreIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}. Needs pg_dump/pg_restore/psql (postgresql-client) and pdftotext.
 */
class BackupRestoreIT {

    private static final String DB_URL = System.getenv().getOrDefault("ODM_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/test");
    private static final String DB_USER = System.getenv().getOrDefault("ODM_TEST_DB_USER", "postgres");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("ODM_TEST_DB_PASSWORD", "");
    private static final String ADMIN = "admin@backup-it.od-maturity.example";
    private static final String ADMIN_PASSWORD = "backup-it-admin-password-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    private final Path repo = Path.of("").toAbsolutePath();
    private final Path appDir = Path.of(System.getProperty("odm.app.dir", "target/quarkus-app")).toAbsolutePath();
    private final String database = "backup_it_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100_000);
    private final Path work = repo.resolve("target").resolve(database);
    private int port;
    private Process server;
    private int starts;
    private boolean succeeded;

    @BeforeEach
    void createDatabase() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(appDir.resolve("quarkus-run.jar")),
                "no production jar in " + appDir + ": run after package");
        assertTrue(PdfTools.available(), "pdftotext, pdfinfo and pdffonts (poppler-utils) are needed");
        Files.createDirectories(work);
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        stopServer();
        admin("DROP DATABASE IF EXISTS " + database);
        if (succeeded) { // the dumps and logs stay for a failed run only
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aRestoredBackupServesTheSameDiagnosticsPlansAndPdfs() throws Exception {
        long t0 = System.nanoTime();
        startServer();

        // --- data through the API, as users make it ---------------------------------------------------------------
        Map<String, Object> questionnaire = get("/api/questionnaires/od-maturity/1?lang=fr").jsonPath().getMap("$");
        long organization = api().contentType(ContentType.JSON)
                .body(Map.of("name", "Communauté de communes de la Vallée de la Bruche", "siren", TestData.siren(24_670_000),
                        "type", "epci", "departement", "67", "region", "Grand Est", "population", 21_500,
                        "contactName", "Mme Élodie Schmitt", "contactEmail", "e.schmitt@example.fr"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long other = api().contentType(ContentType.JSON)
                .body(Map.of("name", "Commune de Schirmeck", "siren", TestData.siren(21_670_448), "type", "commune",
                        "departement", "67", "region", "Grand Est", "population", 2_300))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long campaign = api().contentType(ContentType.JSON)
                .body(Map.of("name", "Diagnostic de maturité open data 2026", "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", "od-maturity", "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");

        long validated = diagnostic(organization, campaign);
        answer(validated, allAnswers(questionnaire));
        answer(validated, List.of(Map.of("question", "pil.referent", "comment", "Référente nommée en mars, 20 % de son temps",
                "unsure", true)));
        api().post("/api/diagnostics/" + validated + "/submit").then().statusCode(200);
        api().post("/api/diagnostics/" + validated + "/validate").then().statusCode(200);
        curatePlan(validated);
        String followedAction = get("/api/diagnostics/" + validated + "/plan?lang=fr").jsonPath().getString("actions[1].id");
        api().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "in_progress", "date", "2026-11-30", "note", "Délibération votée le 30/11"))
                .put("/api/diagnostics/" + validated + "/plan/actions/" + followedAction + "/follow-up")
                .then().statusCode(200);

        long draft = diagnostic(other, campaign);
        List<Map<String, Object>> some = allAnswers(questionnaire).subList(0, 12);
        answer(draft, some);
        String link = api().contentType(ContentType.JSON).body(Map.of("label", "Secrétaire de mairie"))
                .post("/api/diagnostics/" + draft + "/invitations").then().statusCode(201)
                .extract().jsonPath().getString("token");

        List<Long> diagnostics = List.of(validated, draft);
        Map<String, JsonNode> before = record(diagnostics, campaign);
        String pdfBefore = pdfText(validated);
        assertTrue(pdfBefore.contains("Vallée de la Bruche"), pdfBefore);
        assertTrue(pdfBefore.contains("Présenter le plan en conseil communautaire"), "the curated custom action");
        long created = System.nanoTime();

        // --- backup while the service runs ------------------------------------------------------------------------
        Result backup = script("backup.sh", "-d", work.toString(), "--keep", "3");
        assertEquals(0, backup.code(), backup.output());
        Path dump;
        try (Stream<Path> files = Files.list(work)) {
            dump = files.filter(f -> f.getFileName().toString().matches("od-maturity-" + database + "-\\d{8}T\\d{6}Z\\.dump"))
                    .findFirst().orElseThrow(() -> new AssertionError("no dump in " + work + ": " + backup.output()));
        }
        assertTrue(Files.isRegularFile(Path.of(dump + ".sha256")), "checksum written");
        long backedUp = System.nanoTime();

        // a change after the backup: the restore must not know it
        String draftEtag = get("/api/diagnostics/" + draft).header("ETag");
        answer(draft, draftEtag, List.of(Map.of("question", some.get(0).get("question"), "comment", "écrit après la sauvegarde")));
        long late = api().contentType(ContentType.JSON)
                .body(Map.of("name", "Commune créée après la sauvegarde", "siren", TestData.siren(21_670_999),
                        "type", "commune", "departement", "67"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");

        // --- refusals: a database with data, a running service -----------------------------------------------------
        Result notEmpty = script("restore.sh", dump.toString());
        assertEquals(4, notEmpty.code(), notEmpty.output());
        assertTrue(notEmpty.output().contains("not empty"), notEmpty.output());
        Result running = script("restore.sh", "--force", dump.toString());
        assertEquals(5, running.code(), running.output());
        assertTrue(running.output().contains("other sessions are connected"), running.output());
        get("/api/organizations/" + late).then().statusCode(200);

        // a tampered copy is refused by its checksum
        Path tampered = work.resolve("tampered.dump");
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 1;
        Files.write(tampered, bytes);
        Files.writeString(Path.of(tampered + ".sha256"),
                Files.readString(Path.of(dump + ".sha256")).replace(dump.getFileName().toString(), "tampered.dump"));
        Result badChecksum = script("restore.sh", "--create", tampered.toString());
        assertEquals(3, badChecksum.code(), badChecksum.output());

        // --- stop, drop, restore, start ------------------------------------------------------------------------
        stopServer();
        admin("DROP DATABASE " + database);
        Result missing = script("restore.sh", dump.toString());
        assertEquals(4, missing.code(), "a missing database needs --create: " + missing.output());
        Result restore = script("restore.sh", "--create", dump.toString());
        assertEquals(0, restore.code(), restore.output());
        assertTrue(restore.output().contains("schema at migration V"), restore.output());
        assertTrue(restore.output().contains("od-maturity v1"), restore.output());
        assertFalse(restore.output().contains("warning:"), "every recorded questionnaire's file is there: " + restore.output());
        long restored = System.nanoTime();
        startServer();

        // --- the same data is served ----------------------------------------------------------------------------------
        Map<String, JsonNode> after = record(diagnostics, campaign);
        assertEquals(before.keySet(), after.keySet());
        for (String key : before.keySet()) {
            assertEquals(before.get(key), after.get(key), key + " differs after the restore");
        }
        assertEquals(pdfBefore, pdfText(validated), "plan PDF text");
        get("/api/organizations/" + late).then().statusCode(404);
        // the respondent's link of the backup still opens its diagnostic
        given().baseUri(base()).header("Authorization", "Bearer " + link).get("/api/diagnostics/" + draft)
                .then().statusCode(200);
        // new writes after the restore: answers, and rows whose ids come from the restored sequences
        answer(draft, get("/api/diagnostics/" + draft).header("ETag"),
                List.of(Map.of("question", some.get(1).get("question"), "comment", "après la restauration")));
        long newer = api().contentType(ContentType.JSON)
                .body(Map.of("name", "Commune créée après la restauration", "siren", TestData.siren(21_671_111),
                        "type", "commune", "departement", "67"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        assertFalse(List.of(organization, other).contains(newer));
        long done = System.nanoTime();
        System.out.printf("BackupRestoreIT: data %d ms, backup %d ms, restore (stop, drop, restore) %d ms, "
                + "start and checks %d ms; %d starts; dump %d bytes%n", ms(created - t0), ms(backedUp - created),
                ms(restored - backedUp), ms(done - restored), starts, Files.size(dump));
        succeeded = true;
    }

    // --- what is compared ----------------------------------------------------------------------------------------------

    private Map<String, JsonNode> record(List<Long> diagnostics, long campaign) throws IOException {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        views.put("diagnostics of the campaign", json(get("/api/diagnostics?campaignId=" + campaign)));
        views.put("campaign", json(get("/api/campaigns/" + campaign)));
        views.put("organisations", json(get("/api/organizations?size=100")));
        for (long id : diagnostics) {
            views.put("diagnostic " + id, json(get("/api/diagnostics/" + id)));
            views.put("history " + id, json(get("/api/diagnostics/" + id + "/history")));
            views.put("plan fr " + id, json(get("/api/diagnostics/" + id + "/plan?lang=fr")));
            views.put("plan en " + id, json(get("/api/diagnostics/" + id + "/plan?lang=en")));
            views.put("invitations " + id, json(get("/api/diagnostics/" + id + "/invitations")));
        }
        views.put("follow-up", json(get("/api/diagnostics/" + diagnostics.get(0) + "/plan/follow-up?lang=fr")));
        views.put("export", withoutExportTime(json(get("/api/diagnostics/" + diagnostics.get(0) + "/export"))));
        return views;
    }

    /** The export says when it was made; everything else in it must be equal. */
    private static JsonNode withoutExportTime(JsonNode export) {
        if (export instanceof ObjectNode object) {
            object.remove("exportedAt");
        }
        return export;
    }

    /** The plan PDF's text, its cover's generation day (the day of the request, Paris time) written as a mark. */
    private String pdfText(long diagnostic) {
        byte[] pdf = api().get("/api/diagnostics/" + diagnostic + "/plan.pdf?lang=fr").then().statusCode(200)
                .extract().asByteArray();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String text = PdfTools.text(pdf);
        for (LocalDate day : List.of(today, today.minusDays(1))) {
            text = text.replace(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).format(day), "<generated on>");
        }
        assertTrue(text.contains("<generated on>"), "the generation day on the cover: " + text);
        return text;
    }

    private static JsonNode json(Response response) throws IOException {
        response.then().statusCode(200);
        return atDatabasePrecision(JSON.readTree(response.asByteArray()));
    }

    /**
     * Times at the precision PostgreSQL keeps (microseconds). The answer of a save is built from the entities it
     * wrote, whose times still carry the JVM clock's nanoseconds, and the service keeps that body for reads of the same
     * version; a body read back from the database (after any restart, restore or not) has them rounded to the
     * microsecond. Only that rounding is forgiven: every other digit of every time must be equal.
     */
    private static JsonNode atDatabasePrecision(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, atDatabasePrecision(object.get(name))));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, atDatabasePrecision(array.get(i)));
            }
            return array;
        }
        if (node.isTextual() && INSTANT.matcher(node.asText()).matches()) {
            // PostgreSQL rounds to the nearest microsecond
            return TextNode.valueOf(Instant.parse(node.asText()).plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString());
        }
        return node;
    }

    // --- data ------------------------------------------------------------------------------------------------------------

    private long diagnostic(long organization, long campaign) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "campaignId", campaign, "mode", "self-assessment"))
                .post("/api/diagnostics").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void answer(long diagnostic, List<Map<String, Object>> answers) {
        answer(diagnostic, get("/api/diagnostics/" + diagnostic).header("ETag"), answers);
    }

    private void answer(long diagnostic, String etag, List<Map<String, Object>> answers) {
        api().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("answers", answers))
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
    }

    /** One answer per question of the questionnaire, options spread so that the score is mid-way and varied. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> allAnswers(Map<String, Object> questionnaire) {
        List<Map<String, Object>> answers = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> axis : (List<Map<String, Object>>) questionnaire.get("axes")) {
            for (Map<String, Object> theme : (List<Map<String, Object>>) axis.get("themes")) {
                for (Map<String, Object> question : (List<Map<String, Object>>) theme.get("questions")) {
                    n++;
                    List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                    Object value = switch ((String) question.get("type")) {
                        case "single-choice" -> options.get((n * 7) % options.size()).get("id");
                        case "multiple-choice" -> options.stream()
                                .filter(o -> !Boolean.TRUE.equals(o.get("exclusive")))
                                .limit(1 + n % 3).map(o -> o.get("id")).toList();
                        case "yes-no" -> n % 2 == 0;
                        case "text" -> "Publier les délibérations et le budget primitif — réponse n° " + n;
                        default -> throw new AssertionError("question type not covered: " + question);
                    };
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("question", question.get("id"));
                    entry.put("value", value);
                    answers.add(entry);
                }
            }
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private void curatePlan(long diagnostic) {
        Response plan = get("/api/diagnostics/" + diagnostic + "/plan?lang=fr");
        List<Map<String, Object>> actions = plan.jsonPath().getList("actions");
        assertTrue(actions.size() >= 3, "the suggestion has actions: " + actions.size());
        List<Map<String, Object>> kept = new ArrayList<>();
        kept.add(Map.of("id", actions.get(2).get("id"), "owner", "M. Jean Muller (DGS)", "dueDate", "2027-03-31"));
        kept.add(Map.of("text", "Présenter le plan en conseil communautaire", "axis", "piloter", "theme", "gouvernance",
                "effort", "low", "horizon", "short", "owner", "Le président"));
        kept.add(Map.of("id", actions.get(0).get("id"), "effort", "high"));
        kept.add(Map.of("id", actions.get(1).get("id")));
        api().contentType(ContentType.JSON).header("If-Match", plan.header("ETag"))
                .body(Map.of("targets", Map.of("piloter", "exemplarite"), "actions", kept))
                .put("/api/diagnostics/" + diagnostic + "/plan").then().statusCode(200);
    }

    // --- the service and the scripts ----------------------------------------------------------------------------------------

    private RequestSpecification api() {
        return given().baseUri(base()).auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    private Response get(String path) {
        return api().get(path);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String jdbcUrl() {
        return DB_URL.substring(0, DB_URL.lastIndexOf('/') + 1) + database;
    }

    private Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        return env;
    }

    private void startServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("deploy/od-maturity").toString());
        builder.environment().putAll(serviceEnvironment());
        builder.environment().putAll(Map.of("ODM_APP_DIR", appDir.toString(), "QUARKUS_HTTP_PORT", String.valueOf(port),
                "ODM_PUBLIC_BASE_URL", base(), "ODM_WEB_SECURE_COOKIES", "false",
                "ODM_BOOTSTRAP_ADMIN_EMAIL", ADMIN, "ODM_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ODM_QUESTIONNAIRES_DIR", repo.resolve("questionnaires").toString(),
                "ODM_MAIL_ENABLED", "false", "QUARKUS_MAILER_MOCK", "true"));
        builder.environment().remove("JAVA_OPTS");
        Path log = work.resolve("server-" + (++starts) + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        server = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the service stopped at start (exit " + server.exitValue() + "):\n" + tail(log));
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("the service was not ready after 120 s:\n" + tail(log));
    }

    private void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM to the JVM (the launcher execs it)
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        server = null;
    }

    private record Result(int code, String output) {
    }

    private Result script(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", repo.resolve("deploy").resolve(name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("PG"));
        builder.environment().putAll(serviceEnvironment());
        builder.environment().put("ODM_QUESTIONNAIRES_DIR", repo.resolve("questionnaires").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(name + " did not finish: " + output);
        }
        System.out.println("$ " + String.join(" ", command) + " → " + process.exitValue() + "\n" + output);
        return new Result(process.exitValue(), output);
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
