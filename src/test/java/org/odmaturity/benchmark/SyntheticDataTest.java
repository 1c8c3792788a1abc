package org.odmaturity.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.http.JsonValues;
import org.odmaturity.organization.Siren;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.scoring.ThemeScore;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The synthetic data generator of the benchmarks, on a throw-away schema of the test database: what it writes is what
 * the service would have written (snapshots equal to the scoring engine's card for the stored answers, node rows,
 * statuses and their dates, ids the application will not hand out again), it is reproducible, and it refuses a
 * database with real data unless forced.
 */
class SyntheticDataTest {

    private static final String URL = System.getenv().getOrDefault("ODM_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/test");
    private static final String USER = System.getenv().getOrDefault("ODM_TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("ODM_TEST_DB_PASSWORD", "");
    private static final String SCHEMA = "synthetic_data_check";
    private static final Path QUESTIONNAIRE = Path.of("questionnaires/od-maturity.v1.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static SyntheticData.Options options(long seed, boolean force) {
        List<String> args = new ArrayList<>(List.of("--url", schemaUrl(), "--user", USER, "--password", PASSWORD,
                "--organizations", "90", "--diagnostics", "80", "--previous", "50", "--seed", String.valueOf(seed),
                "--account-password", "synthetique-test"));
        if (force) {
            args.add("--force");
        }
        return SyntheticData.Options.parse(args.toArray(String[]::new));
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @BeforeAll
    static void schema() throws SQLException {
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        sql("CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl(), USER, PASSWORD);
    }

    private static List<Map<String, Object>> rows(Connection c, String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long single(Connection c, String query) throws SQLException {
        return ((Number) rows(c, query).get(0).values().iterator().next()).longValue();
    }

    @Test
    void writesWhatTheServiceWouldHaveWritten() throws Exception {
        SyntheticData.Summary summary = SyntheticData.run(options(7, false));
        Questionnaire q = new QuestionnaireParser().parse(QUESTIONNAIRE.getFileName().toString(),
                Files.readAllBytes(QUESTIONNAIRE)).questionnaire();
        assertEquals(130, summary.diagnostics());
        try (Connection c = connect()) {
            assertEquals(90, single(c, "SELECT count(*) FROM organization"));
            for (Map<String, Object> o : rows(c, "SELECT siren, departement_code, type, contact_email FROM "
                    + "organization")) {
                assertTrue(Siren.Validator.luhnValid((String) o.get("siren")), o.toString());
                assertTrue(((String) o.get("contact_email")).endsWith("@" + SyntheticOrganizations.MARKER_DOMAIN));
                assertTrue(o.get("departement_code") == null && "REGION".equals(o.get("type"))
                        || SyntheticOrganizations.GRAND_EST.stream()
                                .anyMatch(d -> d.code().equals(o.get("departement_code"))), o.toString());
            }
            assertEquals(List.of("CLOSED", "OPEN"), rows(c, "SELECT status FROM campaign ORDER BY campaign_year")
                    .stream().map(r -> r.get("status")).toList());
            assertEquals(1, single(c, "SELECT count(*) FROM questionnaire_version WHERE questionnaire_id = '"
                    + q.id() + "' AND version = " + q.version()));
            Set<Object> statuses = Set.copyOf(rows(c, "SELECT DISTINCT status FROM diagnostic").stream()
                    .map(r -> r.get("status")).toList());
            assertEquals(Set.of("DRAFT", "SUBMITTED", "VALIDATED"), statuses);
            assertEquals(0, single(c, "SELECT count(*) FROM diagnostic WHERE mode = 'INTERVIEW' "
                    + "AND facilitator_id IS NULL"), "an interview always has a facilitator");

            // snapshots: at submission, and again at validation; none for drafts
            assertEquals(0, single(c, "SELECT count(*) FROM diagnostic d WHERE (status = 'DRAFT') <> NOT EXISTS "
                    + "(SELECT 1 FROM score_snapshot s WHERE s.diagnostic_id = d.id AND s.kind = 'SUBMITTED')"));
            assertEquals(0, single(c, "SELECT count(*) FROM diagnostic d WHERE (status = 'VALIDATED') <> EXISTS "
                    + "(SELECT 1 FROM score_snapshot s WHERE s.diagnostic_id = d.id AND s.kind = 'VALIDATED')"));
            assertEquals(0, single(c, "SELECT count(*) FROM diagnostic WHERE status <> 'DRAFT' AND "
                    + "(submitted_at IS NULL OR updated_at < submitted_at)"));

            // every snapshot is the scoring engine's card for the stored answers, with its node rows
            Map<Long, List<AnswerInput>> answers = new HashMap<>();
            for (Map<String, Object> a : rows(c, "SELECT diagnostic_id, question_id, value_json, not_applicable "
                    + "FROM answer")) {
                Object value = a.get("value_json") == null ? null
                        : JsonValues.plain(JSON.readTree((String) a.get("value_json")));
                answers.computeIfAbsent((Long) a.get("diagnostic_id"), k -> new ArrayList<>())
                        .add(new AnswerInput((String) a.get("question_id"), value, (Boolean) a.get("not_applicable")));
            }
            List<Map<String, Object>> snapshots = rows(c, "SELECT id, diagnostic_id, score_card, overall_score, "
                    + "overall_level, content_hash FROM score_snapshot");
            assertFalse(snapshots.isEmpty());
            for (Map<String, Object> s : snapshots) {
                AnswerValidation typed = AnswerValidator.validate(q, answers.get((Long) s.get("diagnostic_id")));
                assertTrue(typed.problems().isEmpty(), typed.problems().toString());
                ScoreCard card = ScoringEngine.score(q, typed.answers());
                assertEquals(JSON.writeValueAsString(card), s.get("score_card"));
                assertEquals(card, JSON.readValue((String) s.get("score_card"), ScoreCard.class));
                assertEquals(card.overall().level(), s.get("overall_level"));
                assertEquals(card.overall().score() == null ? null : BigDecimal.valueOf(card.overall().score())
                        .setScale(1), s.get("overall_score"));
                Map<String, Map<String, Object>> nodes = new HashMap<>();
                rows(c, "SELECT * FROM score_snapshot_node WHERE snapshot_id = " + s.get("id"))
                        .forEach(n -> nodes.put(n.get("node_type") + ":" + n.get("node_id"), n));
                int expected = 0;
                for (AxisScore axis : card.axes()) {
                    expected += 1 + axis.themes().size();
                    assertEquals(axis.completeness().relevant(), nodes.get("AXIS:" + axis.id()).get("relevant"));
                    for (ThemeScore theme : axis.themes()) {
                        Map<String, Object> node = nodes.get("THEME:" + theme.id());
                        assertEquals(axis.id(), node.get("axis_id"));
                        assertEquals(theme.level(), node.get("level"));
                        assertEquals(theme.completeness().answered(), node.get("answered"));
                    }
                }
                assertEquals(expected, nodes.size());
            }

            // the application's next ids (Quarkus' pooled-lo: a sequence value v stands for v … v+49) are all new
            for (String table : List.of("organization", "diagnostic", "answer", "answer_change", "score_snapshot",
                    "app_user", "campaign", "improvement_plan")) {
                long max = single(c, "SELECT coalesce(max(id), 0) FROM " + table);
                long next = single(c, "SELECT nextval('" + table + "_seq')");
                assertTrue(next > max, table + ": next value " + next + " but ids up to " + max);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() throws Exception {
        SyntheticData.run(options(11, false));
        String first = digest();
        SyntheticData.run(options(11, false));
        assertEquals(first, digest(), "an earlier run's synthetic data is replaced by the same data");
        SyntheticData.run(options(12, false));
        assertNotEquals(first, digest());
    }

    /** What the data says, without the ids (which move on at every run). */
    private static String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = connect()) {
            for (String query : List.of(
                    "SELECT name, siren, type, departement_code, population FROM organization ORDER BY siren",
                    "SELECT o.siren, c.campaign_year, d.status, d.mode, d.submitted_at, a.question_id, a.value_json, "
                            + "a.not_applicable FROM answer a JOIN diagnostic d ON d.id = a.diagnostic_id "
                            + "JOIN organization o ON o.id = d.organization_id JOIN campaign c ON c.id = d.campaign_id "
                            + "ORDER BY o.siren, c.campaign_year, a.question_id",
                    "SELECT o.siren, c.campaign_year, s.kind, s.score_card FROM score_snapshot s "
                            + "JOIN diagnostic d ON d.id = s.diagnostic_id JOIN organization o ON "
                            + "o.id = d.organization_id JOIN campaign c ON c.id = d.campaign_id "
                            + "ORDER BY o.siren, c.campaign_year, s.kind")) {
                for (Map<String, Object> row : rows(c, query)) {
                    sha.update(new java.util.TreeMap<>(row).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void aDatabaseWithRealDataIsRefusedUnlessForced() throws Exception {
        SyntheticData.run(options(3, false));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organization (id, name, siren, type, region, created_at, updated_at, version) "
                    + "VALUES (999999999, 'Commune réelle', '" + SyntheticOrganizations.siren(900_001)
                    + "', 'COMMUNE', 'Grand Est', now(), now(), 0)");
        }
        SyntheticData.NotSyntheticException refused = assertThrows(SyntheticData.NotSyntheticException.class,
                () -> SyntheticData.run(options(3, false)));
        assertTrue(refused.getMessage().contains("1 organisation(s)"), refused.getMessage());

        SyntheticData.run(options(3, true));
        try (Connection c = connect()) {
            assertEquals(1, single(c, "SELECT count(*) FROM organization WHERE name = 'Commune réelle'"),
                    "forced: the real organisation is left alone");
            assertEquals(91, single(c, "SELECT count(*) FROM organization"));
        }
        sql("DELETE FROM " + SCHEMA + ".organization WHERE id = 999999999");
    }
}
