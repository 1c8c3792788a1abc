package org.odmaturity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.odmaturity.diagnostic.AnswerChange;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.ScoreSnapshot;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.plan.ImprovementPlan;
import org.odmaturity.plan.PlanAction;
import org.odmaturity.plan.PlanTarget;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.registry.QuestionnaireVersion;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.StaffSession;
import org.odmaturity.security.UserRole;

import jakarta.persistence.Entity;

/**
 * Migration policy (docs/operations.md, "Upgrading"): Flyway, forward only. A database of the <b>first release</b>
 * holding data is upgraded to the latest schema and keeps its meaning; an applied migration whose file was edited, or
 * a migration slipped in below the applied ones (V11, intentionally unused), is refused before anything runs.
 *
 * <p>The first release is the state of 28 November 2026 (the last commit before the five-day pause, {@code dd1c3e7}:
 * questionnaires, diagnostics, plans and their PDF, respondents', facilitators' and admins' pages), whose migrations
 * were V1–V4; V1–V4 have not changed since. Its data is written here with plain SQL in that schema, as that release
 * wrote it (enum names, JSON as text, ids from sequences taken in blocks), then Flyway migrates it to the latest.
 *
 * <p>Each test works on a database of its own, created and dropped here; no Quarkus boot: the entities are checked
 * against the upgraded database by a plain Hibernate session factory with {@code hbm2ddl.auto=validate}, which then
 * reads the old rows through them.
 */
class MigrationUpgradeTest {

    /** The last migration of the first release. */
    static final String FIRST_RELEASE = "4";

    private static final String DB_URL = System.getenv().getOrDefault("ODM_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/test");
    private static final String DB_USER = System.getenv().getOrDefault("ODM_TEST_DB_USER", "postgres");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("ODM_TEST_DB_PASSWORD", "");

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String database : databases) {
            server("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void aFirstReleaseDatabaseWithDataIsUpgradedAndKeepsItsMeaning() throws Exception {
        String url = newDatabase("upgrade");
        MigrateResult first = flyway(url).target(FIRST_RELEASE).load().migrate();
        assertEquals(FIRST_RELEASE, first.targetSchemaVersion);

        Map<String, Long> countsBefore;
        try (Connection c = connect(url)) {
            insertFirstReleaseData(c);
            countsBefore = counts(c, FIRST_RELEASE_TABLES);
        }

        MigrateResult upgrade = flyway(url).load().migrate();
        assertTrue(upgrade.success);
        List<String> applied = upgrade.migrations.stream().map(m -> m.version).toList();
        assertEquals(latestVersions().subList(latestVersions().indexOf(FIRST_RELEASE) + 1, latestVersions().size()),
                applied, "every later migration applied, in order");
        assertEquals(latest(), upgrade.targetSchemaVersion);

        try (Connection c = connect(url)) {
            assertEquals(countsBefore, counts(c, FIRST_RELEASE_TABLES), "no row lost or added");

            // V8: the history's order is a number per diagnostic, given to the old rows in id order
            assertEquals(List.of("101:1:pil.referent", "101:2:par.publication", "101:3:pil.referent",
                    "102:1:pil.referent", "102:2:pil.budget", "103:1:pil.referent"),
                    strings(c, "SELECT diagnostic_id || ':' || seq || ':' || question_id FROM answer_change"
                            + " ORDER BY diagnostic_id, seq"));
            assertEquals(List.of("1001", "1003", "1007"), strings(c,
                    "SELECT id FROM answer_change WHERE diagnostic_id = 101 ORDER BY seq"), "seq follows the ids");
            assertState(c, "INSERT INTO answer_change (id, diagnostic_id, question_id, new_state, changed_by, changed_at,"
                    + " seq) VALUES (2001, 101, 'pil.budget', '{}', 'x', now(), 2)", "23505");
            assertState(c, "INSERT INTO answer_change (id, diagnostic_id, question_id, new_state, changed_by, changed_at)"
                    + " VALUES (2002, 101, 'pil.budget', '{}', 'x', now())", "23502");
            // V9: no deadline for the old diagnostics (the campaign's closing day applies)
            assertEquals(List.of("0"), strings(c, "SELECT count(*) FROM diagnostic WHERE deadline IS NOT NULL"));
            // the old data unchanged
            assertEquals(List.of("\"informel\"", "[\"portail\",\"data-gouv\"]", "\"formalise\""), strings(c,
                    "SELECT (new_state::json -> 'value')::text FROM answer_change WHERE diagnostic_id = 101 ORDER BY seq"));
            assertEquals(List.of("VALIDATED", "DRAFT", "SUBMITTED"),
                    strings(c, "SELECT status FROM diagnostic ORDER BY id"));
            // constraints of the first release still hold, and the new tables accept rows about the old data
            assertState(c, "INSERT INTO diagnostic (id, organization_id, campaign_id, mode, status, created_at, updated_at,"
                    + " version) VALUES (199, 11, 21, 'INTERVIEW', 'DRAFT', now(), now(), 0)", "23505");
            execute(c, "INSERT INTO plan_follow_up (id, diagnostic_id, action_key, status, status_date, updated_by,"
                    + " updated_at, version) VALUES (1, 101, 'q:pil.referent', 'IN_PROGRESS', DATE '2026-12-01',"
                    + " 'Camille', now(), 1)");
            assertState(c, "INSERT INTO plan_follow_up (id, diagnostic_id, action_key, status, status_date, updated_by,"
                    + " updated_at, version) VALUES (2, 999, 'q:x', 'TODO', DATE '2026-12-01', 'x', now(), 1)", "23503");
            assertState(c, "INSERT INTO campaign_message (id, campaign_id, diagnostic_id, kind, locale, recipient_email,"
                    + " status, attempts, queued_at, created_by, version) VALUES (1, 21, 102, 'LETTER', 'fr', 'a@b.fr',"
                    + " 'QUEUED', 0, now(), 'x', 0)", "23514");
            execute(c, "DELETE FROM plan_follow_up");
        }

        // the same schema as a database migrated from nothing (which the Quarkus tests validate against the entities)
        String fresh = newDatabase("fresh");
        flyway(fresh).load().migrate();
        try (Connection upgraded = connect(url); Connection created = connect(fresh)) {
            assertEquals(schema(created), schema(upgraded));
        }

        // the application's entities match the upgraded database and read its old rows
        String contentHash = odMaturity().contentHash();
        try (SessionFactory hibernate = validatingSessionFactory(url)) {
            hibernate.inSession(session -> {
                Diagnostic validated = session.find(Diagnostic.class, 101L);
                assertEquals(DiagnosticStatus.VALIDATED, validated.status);
                assertEquals(3L, validated.facilitatorId);
                assertEquals(7L, validated.version);
                assertNull(validated.deadline);
                List<AnswerChange> history = session.createSelectionQuery(
                        "from AnswerChange where diagnosticId = 101 order by seq", AnswerChange.class).getResultList();
                assertEquals(List.of(1L, 2L, 3L), history.stream().map(h -> h.seq).toList());
                assertEquals(List.of(1001L, 1003L, 1007L), history.stream().map(h -> h.id).toList());
                StoredAnswer referent = session.createSelectionQuery(
                        "from StoredAnswer where diagnosticId = 101 and questionId = 'pil.referent'", StoredAnswer.class)
                        .getSingleResult();
                assertEquals("\"formalise\"", referent.valueJson);
                assertEquals(2, referent.revision);
                ImprovementPlan plan = session.createSelectionQuery("from ImprovementPlan where diagnosticId = 101",
                        ImprovementPlan.class).getSingleResult();
                assertEquals(2, plan.nextCustomNumber);
                List<PlanAction> actions = session.createSelectionQuery("from PlanAction where planId = :plan"
                        + " order by sortOrder", PlanAction.class).setParameter("plan", plan.id).getResultList();
                assertEquals(List.of("q:pil.budget", "custom-1"), actions.stream().map(a -> a.actionKey).toList());
                assertEquals(1, session.createSelectionQuery("from PlanTarget", PlanTarget.class).getResultList().size());
                assertEquals(2, session.createSelectionQuery("from ScoreSnapshot", ScoreSnapshot.class)
                        .getResultList().size());
                AppUser admin = session.createSelectionQuery("from AppUser where email = 'admin@grandest.example'",
                        AppUser.class).getSingleResult();
                assertEquals(UserRole.ADMIN, admin.role);
                assertEquals(1, session.createSelectionQuery("from StaffSession", StaffSession.class)
                        .getResultList().size());
                assertEquals(1, session.createSelectionQuery("from Invitation", Invitation.class)
                        .getResultList().size());
                QuestionnaireVersion version = session.createSelectionQuery("from QuestionnaireVersion",
                        QuestionnaireVersion.class).getSingleResult();
                assertEquals(contentHash, version.contentHash);
            });
        }
    }

    @Test
    void anEditedAppliedMigrationOrOneBelowTheAppliedOnesIsRefused() throws Exception {
        Path copy = Files.createTempDirectory("migrations");
        try {
            try (Stream<Path> files = Files.list(migrationFolder())) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            String url = newDatabase("edited");
            Flyway.configure().dataSource(url, DB_USER, DB_PASSWORD).locations("filesystem:" + copy).load().migrate();
            int applied;
            try (Connection c = connect(url)) {
                applied = Integer.parseInt(strings(c, "SELECT count(*) FROM flyway_schema_history").get(0));
            }

            // an applied migration edited, if only by a comment: its checksum no longer matches
            Path v3 = copy.resolve("V3__improvement_plan.sql");
            Files.writeString(v3, Files.readString(v3) + "\n-- edited after release\n");
            FlywayException edited = assertThrows(FlywayException.class, () -> Flyway.configure()
                    .dataSource(url, DB_USER, DB_PASSWORD).locations("filesystem:" + copy).load().migrate());
            assertTrue(edited.getMessage().contains("checksum mismatch for migration version 3"), edited.getMessage());
            Files.copy(migrationFolder().resolve("V3__improvement_plan.sql"), v3,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            // V11 used now, below the applied V13: never run out of order, refused
            Files.writeString(copy.resolve("V11__late.sql"), "CREATE TABLE late (id BIGINT);\n");
            FlywayException late = assertThrows(FlywayException.class, () -> Flyway.configure()
                    .dataSource(url, DB_USER, DB_PASSWORD).locations("filesystem:" + copy).load().migrate());
            assertTrue(late.getMessage().contains("not applied to database: 11"), late.getMessage());

            try (Connection c = connect(url)) {
                assertEquals(String.valueOf(applied), strings(c, "SELECT count(*) FROM flyway_schema_history").get(0));
                assertEquals(List.of("0"), strings(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'late'"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The released migrations, with Flyway's checksum: editing one fails here, at build time, before a deployed
     * database refuses it at start. A new migration gets the next number (V14, then V15…; V11 stays unused) and a
     * line in {@code src/test/resources/db/released-migrations.txt} once it is merged.
     */
    @Test
    void releasedMigrationsAreNeverEditedAndNumbersOnlyGrow() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/db/released-migrations.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.trim().split("\\s+");
                expected.put(fields[0] + " " + fields[2], fields[1]);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (MigrationInfo info : Flyway.configure().dataSource("jdbc:h2:mem:checksums", "sa", "")
                .locations("classpath:db/migration").load().info().all()) {
            actual.put(info.getVersion() + " " + info.getScript(), String.valueOf(info.getChecksum()));
        }
        assertEquals(expected, actual, "a released migration changed, or a new one is not listed");
        assertTrue(latestVersions().stream().noneMatch("11"::equals), "V11 stays unused");
    }

    // --- the first release's data ---------------------------------------------------------------------------------

    private static final List<String> FIRST_RELEASE_TABLES = List.of("questionnaire_version", "organization",
            "app_user", "campaign", "diagnostic", "answer", "answer_change", "score_snapshot", "score_snapshot_node",
            "invitation", "improvement_plan", "improvement_plan_action", "improvement_plan_target", "staff_session");

    /** What the first release wrote: a campaign with an interview validated and planned, a draft and a submitted one. */
    private static void insertFirstReleaseData(Connection c) throws Exception {
        ParseResult questionnaire = odMaturity();
        try (var insert = c.prepareStatement("INSERT INTO questionnaire_version (id, questionnaire_id, version,"
                + " content_hash, source_file, content, first_used_at) VALUES (1, 'od-maturity', 1, ?,"
                + " 'od-maturity.v1.yaml', ?, TIMESTAMPTZ '2026-11-28 19:02:11.123456+00')")) {
            insert.setString(1, questionnaire.contentHash());
            insert.setString(2, Files.readString(Path.of("questionnaires/od-maturity.v1.yaml"), StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        String bcrypt = "'$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z4a8VvJ7l0o6JbQ2wAAdB1W6'";
        execute(c, """
                INSERT INTO app_user (id, email, display_name, password_hash, role, active, created_at, version) VALUES
                  (1, 'admin@grandest.example', 'Administratrice régionale', %1$s, 'ADMIN', TRUE, TIMESTAMPTZ '2026-11-28 19:00:00+00', 0),
                  (3, 'camille@grandest.example', 'Camille Animatrice', %1$s, 'FACILITATOR', TRUE, TIMESTAMPTZ '2026-11-28 19:05:00+00', 1);
                INSERT INTO organization (id, name, siren, type, departement_code, region, population, contact_name,
                                          contact_email, contact_phone, created_at, updated_at, version) VALUES
                  (11, 'Commune de Sélestat', '216704478', 'COMMUNE', '67', 'Grand Est', 19500, 'Mme Durand',
                   'dgs@selestat.example', '03 88 00 00 00', TIMESTAMPTZ '2026-11-28 19:10:00+00', TIMESTAMPTZ '2026-11-28 19:10:00+00', 0),
                  (12, 'Communauté de communes du Pays de Barr', '246700488', 'EPCI', '67', 'Grand Est', 24000, NULL,
                   NULL, NULL, TIMESTAMPTZ '2026-11-28 19:11:00+00', TIMESTAMPTZ '2026-11-28 19:11:00+00', 0),
                  (13, 'Département de la Meuse', '225500016', 'DEPARTEMENT', '55', 'Grand Est', 184000, NULL,
                   NULL, NULL, TIMESTAMPTZ '2026-11-28 19:12:00+00', TIMESTAMPTZ '2026-11-28 19:12:00+00', 0);
                INSERT INTO campaign (id, name, campaign_year, questionnaire_id, questionnaire_version, opens_on, closes_on,
                                      status, created_at, version) VALUES
                  (21, 'Diagnostic de maturité open data 2026', 2026, 'od-maturity', 1, DATE '2026-01-15', DATE '2026-12-31',
                   'OPEN', TIMESTAMPTZ '2026-11-28 19:15:00+00', 0);
                INSERT INTO diagnostic (id, organization_id, campaign_id, mode, status, facilitator_id, created_at,
                                        updated_at, submitted_at, validated_at, version) VALUES
                  (101, 11, 21, 'INTERVIEW', 'VALIDATED', 3, TIMESTAMPTZ '2026-11-28 19:20:00+00', TIMESTAMPTZ '2026-11-28 20:40:00+00',
                   TIMESTAMPTZ '2026-11-28 20:30:00+00', TIMESTAMPTZ '2026-11-28 20:40:00+00', 7),
                  (102, 12, 21, 'SELF_ASSESSMENT', 'DRAFT', NULL, TIMESTAMPTZ '2026-11-28 19:21:00+00', TIMESTAMPTZ '2026-11-28 20:00:00+00',
                   NULL, NULL, 2),
                  (103, 13, 21, 'SELF_ASSESSMENT', 'SUBMITTED', NULL, TIMESTAMPTZ '2026-11-28 19:22:00+00', TIMESTAMPTZ '2026-11-28 21:00:00+00',
                   TIMESTAMPTZ '2026-11-28 21:00:00+00', NULL, 1);
                INSERT INTO answer (id, diagnostic_id, question_id, value_json, not_applicable, unsure, comment, evidence,
                                    note, answered_by, answered_at, revision) VALUES
                  (501, 101, 'pil.referent', '"formalise"', FALSE, FALSE, 'Référente nommée par arrêté', 'https://selestat.example/arrete',
                   'À revoir au prochain comité', 'Camille Animatrice <camille@grandest.example>', TIMESTAMPTZ '2026-11-28 20:10:00+00', 2),
                  (502, 101, 'par.publication', '["portail","data-gouv"]', FALSE, TRUE, NULL, NULL, NULL,
                   'Camille Animatrice <camille@grandest.example>', TIMESTAMPTZ '2026-11-28 20:05:00+00', 1),
                  (503, 102, 'pil.referent', '"informel"', FALSE, FALSE, NULL, NULL, NULL, 'Secrétaire de mairie (lien)',
                   TIMESTAMPTZ '2026-11-28 19:40:00+00', 1),
                  (504, 102, 'pil.budget', NULL, TRUE, FALSE, 'Pas de budget dédié', NULL, NULL, 'Secrétaire de mairie (lien)',
                   TIMESTAMPTZ '2026-11-28 19:45:00+00', 1),
                  (505, 103, 'pil.referent', '"aucun"', FALSE, FALSE, NULL, NULL, NULL, 'DGS (lien)',
                   TIMESTAMPTZ '2026-11-28 20:50:00+00', 1);
                -- the history, ids of two diagnostics interleaved as one instance's id blocks gave them
                INSERT INTO answer_change (id, diagnostic_id, question_id, old_state, new_state, changed_by, changed_at) VALUES
                  (1001, 101, 'pil.referent', NULL, '{"value":"informel","notApplicable":false,"unsure":false}', 'Camille', TIMESTAMPTZ '2026-11-28 20:00:00+00'),
                  (1002, 102, 'pil.referent', NULL, '{"value":"informel","notApplicable":false,"unsure":false}', 'Secrétaire', TIMESTAMPTZ '2026-11-28 19:40:00+00'),
                  (1003, 101, 'par.publication', NULL, '{"value":["portail","data-gouv"],"notApplicable":false,"unsure":true}', 'Camille', TIMESTAMPTZ '2026-11-28 20:05:00+00'),
                  (1004, 102, 'pil.budget', NULL, '{"value":null,"notApplicable":true,"unsure":false}', 'Secrétaire', TIMESTAMPTZ '2026-11-28 19:45:00+00'),
                  (1005, 103, 'pil.referent', NULL, '{"value":"aucun","notApplicable":false,"unsure":false}', 'DGS', TIMESTAMPTZ '2026-11-28 20:50:00+00'),
                  (1007, 101, 'pil.referent', '{"value":"informel","notApplicable":false,"unsure":false}', '{"value":"formalise","notApplicable":false,"unsure":false}', 'Camille', TIMESTAMPTZ '2026-11-28 20:10:00+00');
                INSERT INTO score_snapshot (id, diagnostic_id, kind, questionnaire_id, questionnaire_version, content_hash,
                                            overall_score, overall_level, score_card, created_by, created_at) VALUES
                  (301, 101, 'SUBMITTED', 'od-maturity', 1, %2$s, 23.5, 'premiers-pas', '{"overall":{"score":23.5,"level":"premiers-pas"},"axes":[]}',
                   'Camille', TIMESTAMPTZ '2026-11-28 20:30:00+00'),
                  (302, 101, 'VALIDATED', 'od-maturity', 1, %2$s, 23.5, 'premiers-pas', '{"overall":{"score":23.5,"level":"premiers-pas"},"axes":[]}',
                   'Administratrice régionale', TIMESTAMPTZ '2026-11-28 20:40:00+00');
                INSERT INTO score_snapshot_node (snapshot_id, node_type, node_id, axis_id, score, level, answered, relevant) VALUES
                  (301, 'axis', 'piloter', 'piloter', 41.7, 'structuration', 1, 13),
                  (302, 'axis', 'piloter', 'piloter', 41.7, 'structuration', 1, 13);
                INSERT INTO invitation (id, diagnostic_id, token_hash, label, created_by, created_at, expires_at, revoked_at, last_used_at) VALUES
                  (401, 102, '%3$s', 'Secrétaire de mairie', 'Administratrice régionale', TIMESTAMPTZ '2026-11-28 19:30:00+00',
                   TIMESTAMPTZ '2026-12-28 19:30:00+00', NULL, TIMESTAMPTZ '2026-11-28 19:45:00+00');
                INSERT INTO improvement_plan (id, diagnostic_id, next_custom_number, created_by, created_at, updated_by, updated_at, version) VALUES
                  (601, 101, 2, 'Camille', TIMESTAMPTZ '2026-11-28 20:45:00+00', 'Camille', TIMESTAMPTZ '2026-11-28 20:50:00+00', 2);
                INSERT INTO improvement_plan_action (id, plan_id, sort_order, action_key, question_id, source, axis_id, theme_id,
                                                     action_text, effort, horizon, owner_name, due_date) VALUES
                  (701, 601, 0, 'q:pil.budget', 'pil.budget', 'question', 'piloter', 'strategie', NULL, 'HIGH', NULL, 'DGS', DATE '2027-03-31'),
                  (702, 601, 1, 'custom-1', NULL, NULL, 'piloter', 'gouvernance', 'Présenter le plan en conseil municipal', 'LOW', 'SHORT', 'Le maire', NULL);
                INSERT INTO improvement_plan_target (plan_id, axis_id, level_id) VALUES (601, 'piloter', 'maitrise');
                INSERT INTO staff_session (id, token_hash, user_id, created_at, last_seen_at, expires_at) VALUES
                  (801, '%4$s', 3, TIMESTAMPTZ '2026-11-28 20:00:00+00', TIMESTAMPTZ '2026-11-28 20:50:00+00', TIMESTAMPTZ '2026-11-29 08:00:00+00');
                """.formatted(bcrypt, "'" + questionnaire.contentHash() + "'", "a".repeat(64), "b".repeat(64)));
    }

    private static ParseResult odMaturity() throws IOException {
        ParseResult parsed = new QuestionnaireParser().parse("od-maturity.v1.yaml",
                Files.readAllBytes(Path.of("questionnaires/od-maturity.v1.yaml")));
        assertTrue(parsed.valid(), "the shipped questionnaire parses");
        return parsed;
    }

    // --- Hibernate without Quarkus ------------------------------------------------------------------------------------

    private static SessionFactory validatingSessionFactory(String url) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.username", DB_USER)
                .applySetting("hibernate.connection.password", DB_PASSWORD)
                .applySetting("hibernate.connection.pool_size", "1")
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        List<Class<?>> entities = entityClasses();
        assertTrue(entities.contains(Diagnostic.class) && entities.size() >= 20, "entities found: " + entities);
        entities.forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    /** Every {@code @Entity} of the application's classes (target/classes). */
    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(Diagnostic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, MigrationUpgradeTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        entities.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    // generated or optional classes: not entities
                }
            }
        }
        return entities;
    }

    // --- schema and helpers ------------------------------------------------------------------------------------------

    /** Columns, constraints, indexes and sequences of the public schema, comparable between two databases. */
    private static List<String> schema(Connection c) throws SQLException {
        List<String> schema = new ArrayList<>();
        schema.addAll(strings(c, "SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' ||"
                + " character_maximum_length || ')', '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1"));
        schema.addAll(strings(c, "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
        schema.addAll(strings(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
        schema.addAll(strings(c, "SELECT sequence_name || ' ' || increment FROM information_schema.sequences"
                + " WHERE sequence_schema = 'public' ORDER BY 1"));
        return schema;
    }

    private static Map<String, Long> counts(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, Long.parseLong(strings(c, "SELECT count(*) FROM " + table).get(0)));
        }
        return counts;
    }

    private static List<String> latestVersions() {
        List<String> versions = new ArrayList<>();
        for (MigrationInfo info : Flyway.configure().dataSource("jdbc:h2:mem:versions", "sa", "")
                .locations("classpath:db/migration").load().info().all()) {
            versions.add(info.getVersion().getVersion());
        }
        return versions;
    }

    private static String latest() {
        List<String> versions = latestVersions();
        return versions.get(versions.size() - 1);
    }

    private static Path migrationFolder() throws URISyntaxException {
        return Path.of(MigrationUpgradeTest.class.getClassLoader().getResource("db/migration").toURI());
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, DB_USER, DB_PASSWORD).locations("classpath:db/migration");
    }

    private String newDatabase(String purpose) throws SQLException {
        String name = "migration_" + purpose + "_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100_000);
        server("DROP DATABASE IF EXISTS " + name);
        server("CREATE DATABASE " + name);
        databases.add(name);
        return DB_URL.substring(0, DB_URL.lastIndexOf('/') + 1) + name;
    }

    private static void server(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            execute(c, sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertState(Connection c, String sql, String sqlState) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(c, sql), sql);
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
