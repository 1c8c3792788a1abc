package org.odmaturity.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code deploy/pg-env.sh}, which backup.sh and restore.sh source: the service's JDBC URL and credentials turned into
 * the PostgreSQL client's PG* variables (run with {@code sh}, as the scripts are; no database needed).
 */
class PgEnvScriptTest {

    private record Outcome(int code, Map<String, String> env, String output) {
    }

    @Test
    void aJdbcUrlBecomesTheClientsVariables() throws Exception {
        Outcome o = run(Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://db.example.fr:5433/odmaturity?sslmode=verify-full&ApplicationName=odm&connectTimeout=7",
                "QUARKUS_DATASOURCE_USERNAME", "odm", "QUARKUS_DATASOURCE_PASSWORD", "s3cret with spaces"));
        assertEquals(0, o.code(), o.output());
        assertEquals(Map.of("PGHOST", "db.example.fr", "PGPORT", "5433", "PGDATABASE", "odmaturity", "PGUSER", "odm",
                "PGPASSWORD", "s3cret with spaces", "PGSSLMODE", "verify-full", "PGCONNECT_TIMEOUT", "7"), o.env());
    }

    @Test
    void portParametersAndHostsInOtherShapes() throws Exception {
        assertEquals(Map.of("PGHOST", "db", "PGDATABASE", "odm"),
                run(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/odm")).env(), "no port: libpq's default");
        assertEquals(Map.of("PGHOST", "::1", "PGPORT", "5432", "PGDATABASE", "odm"),
                run(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://[::1]:5432/odm")).env());
        assertEquals(Map.of("PGHOST", "db", "PGDATABASE", "odm", "PGUSER", "from-url"),
                run(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/odm?user=from-url")).env());
        assertEquals("set", run(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/odm?user=from-url",
                "QUARKUS_DATASOURCE_USERNAME", "set")).env().get("PGUSER"), "the username setting wins");
    }

    @Test
    void withoutTheUrlThePgVariablesServeAsTheyAre() throws Exception {
        Outcome o = run(Map.of("PGHOST", "/var/run/postgresql", "PGDATABASE", "odm"));
        assertEquals(0, o.code(), o.output());
        assertEquals(Map.of("PGHOST", "/var/run/postgresql", "PGDATABASE", "odm"), o.env());
        Outcome none = run(Map.of());
        assertEquals(2, none.code());
        assertTrue(none.output().contains("set QUARKUS_DATASOURCE_JDBC_URL"), none.output());
    }

    @Test
    void urlsTheScriptsCannotUseAreRefused() throws Exception {
        for (String url : new String[] {"jdbc:mysql://db/odm", "jdbc:postgresql://db", "jdbc:postgresql://db/",
                "jdbc:postgresql://h1:5432,h2:5432/odm"}) {
            Outcome o = run(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url));
            assertEquals(2, o.code(), url + ": " + o.output());
            assertTrue(o.env().isEmpty(), url + " set " + o.env());
        }
    }

    /** Sources pg-env.sh in a clean environment, runs odm_pg_env and reports the PG* variables it leaves. */
    private static Outcome run(Map<String, String> env) throws Exception {
        String script = ". " + Path.of("deploy/pg-env.sh").toAbsolutePath() + "; odm_pg_env; rc=$?; env | grep '^PG' | sort;"
                + " echo \"rc=$rc\"";
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        Map<String, String> pg = new LinkedHashMap<>();
        int code = -1;
        for (String line : output.split("\n")) {
            if (line.startsWith("rc=")) {
                code = Integer.parseInt(line.substring(3));
            } else if (line.startsWith("PG") && line.contains("=")) {
                pg.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return new Outcome(code, pg, output);
    }
}
