package org.odmaturity.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * With several instances, each takes history ids in blocks (Hibernate's pooled sequence), so a later change can get a
 * smaller id than an earlier one. The history must still come back in the order of the changes. The test moves the
 * database sequence so that this instance takes a high block, then a lower one, exactly as it would after another
 * instance had taken the block in between.
 */
@QuarkusTest
class HistoryOrderTest {

    private static final long HIGH_BLOCK = 900_000_000L;
    private static final long LOW_BLOCK = 800_000_000L;

    @Inject
    AgroalDataSource dataSource;

    /** Revision of each question of each diagnostic, as last written by this test. */
    private final Map<String, Integer> revisions = new java.util.HashMap<>();
    private int fillerValues;

    @Test
    void entriesWrittenThroughTwoIdBlocksComeBackInOrderOfChange() throws Exception {
        long campaign = TestData.campaign("Campagne historique");
        long diagnostic = TestData.diagnostic(TestData.organization("Commune de Sélestat"), campaign,
                "self-assessment", null);
        long filler = TestData.diagnostic(TestData.organization("Commune d'Obernai"), campaign, "self-assessment",
                null);

        restartSequenceAt(HIGH_BLOCK);
        writeUntilBlock(filler, id -> id >= HIGH_BLOCK);
        long first = answer(diagnostic, "referent", "\"informel\"");
        assertTrue(first >= HIGH_BLOCK, "first change in the high block: " + first);

        restartSequenceAt(LOW_BLOCK);
        writeUntilBlock(filler, id -> id < HIGH_BLOCK);
        long second = answer(diagnostic, "budget", "true");
        long third = answer(diagnostic, "referent", "\"nomme\"");
        assertTrue(second < first && third < first, "later changes got smaller ids: " + first + ", " + second);

        JsonPath history = admin().get("/api/diagnostics/" + diagnostic + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("referent", "budget", "referent"), history.getList("question"));
        assertEquals(List.of(first, second, third), history.getList("id", Long.class));
        assertEquals("nomme", history.getString("[2].after.value"));

        // the export keeps the same order
        JsonPath export = admin().get("/api/diagnostics/" + diagnostic + "/export").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("referent", "budget", "referent"), export.getList("history.question"));
    }

    private void restartSequenceAt(long value) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setval('answer_change_seq', " + value + ")");
        }
    }

    /** Changes the filler diagnostic until its last history entry's id satisfies {@code inBlock}. */
    private void writeUntilBlock(long filler, java.util.function.LongPredicate inBlock) {
        for (int i = 0; i < 120; i++) {
            if (inBlock.test(answer(filler, "attentes", "\"réponse " + ++fillerValues + "\""))) {
                return;
            }
        }
        throw new AssertionError("this instance never moved to the next block of ids");
    }

    /** Writes one answer (with the revision last seen) and returns the id of the history entry it added. */
    private long answer(long diagnostic, String question, String value) {
        String key = diagnostic + "/" + question;
        int revision = revisions.getOrDefault(key, 0);
        Set<Long> before = ids(diagnostic);
        admin().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"" + question + "\", \"value\": " + value + ", \"revision\": "
                        + revision + "}]}")
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
        revisions.put(key, revision + 1);
        Set<Long> added = new HashSet<>(ids(diagnostic));
        added.removeAll(before);
        assertEquals(1, added.size(), "one history entry per change");
        return added.iterator().next();
    }

    /** The ids of a diagnostic's history entries, read straight from the table. */
    private Set<Long> ids(long diagnostic) {
        Set<Long> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM answer_change WHERE diagnostic_id = " + diagnostic)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
