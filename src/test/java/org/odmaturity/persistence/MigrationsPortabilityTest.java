package org.odmaturity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The same migrations must run on H2 (dev mode) and PostgreSQL (test, prod). Applies them to a fresh H2 database and to
 * a throw-away schema of the test PostgreSQL database, then checks the constraints behave alike.
 */
class MigrationsPortabilityTest {

    private static final String PG_URL = System.getenv().getOrDefault("ODM_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("ODM_TEST_DB_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("ODM_TEST_DB_PASSWORD", "");
    private static final String SCHEMA = "migration_portability_check";

    @Test
    void migrationsRunOnH2() throws SQLException {
        String url = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load()
                .migrate();
        assertTrue(result.success);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            checkSchema(connection, null);
        }
    }

    @Test
    void migrationsRunOnPostgresql() throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
            try {
                MigrateResult result = Flyway.configure().dataSource(PG_URL, PG_USER, PG_PASSWORD).schemas(SCHEMA)
                        .createSchemas(true).locations("classpath:db/migration").load().migrate();
                assertTrue(result.success);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path TO " + SCHEMA);
                }
                checkSchema(connection, SCHEMA);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                }
            }
        }
    }

    private static void checkSchema(Connection connection, String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, "questionnaire_version", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        assertEquals(List.of("id", "questionnaire_id", "version", "content_hash", "source_file", "content", "first_used_at"), columns);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO questionnaire_version VALUES (" + nextValue(connection) + ", 'q', 1, '"
                    + "a".repeat(64) + "', 'q.yaml', 'id: q', CURRENT_TIMESTAMP)");
            SQLException duplicate = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO questionnaire_version VALUES (" + nextValue(connection) + ", 'q', 1, '" + "b".repeat(64)
                            + "', 'other.yaml', 'id: q', CURRENT_TIMESTAMP)"));
            assertTrue(duplicate.getSQLState().startsWith("23"), "unique violation, got " + duplicate.getSQLState());
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO questionnaire_version VALUES (" + nextValue(connection) + ", 'q', 0, '" + "c".repeat(64)
                            + "', 'zero.yaml', 'id: q', CURRENT_TIMESTAMP)"), "version must be positive");
        }
    }

    private static String nextValue(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                ? "nextval('questionnaire_version_seq')" : "NEXT VALUE FOR questionnaire_version_seq";
    }
}
