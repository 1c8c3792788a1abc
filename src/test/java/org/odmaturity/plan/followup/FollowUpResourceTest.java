package org.odmaturity.plan.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.odmaturity.plan.followup.FollowUpFixture.action;
import static org.odmaturity.plan.followup.FollowUpFixture.followUp;
import static org.odmaturity.testsupport.TestData.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The follow-up of a validated plan over the API: who may set it (the facilitator, an admin, the organisation's
 * links, the next campaign's facilitator), what is refused and why, the versions, the history, and the previous plan
 * of the next campaign's diagnostic.
 */
@QuarkusTest
class FollowUpResourceTest {

    /** Requests as an account made by the fixture (or by {@link TestData#facilitator}). */
    private static RequestSpecification staff(String email) {
        return TestData.as(email, TestData.password(email));
    }

    private static RequestSpecification put(RequestSpecification who, String etag, Object body) {
        RequestSpecification r = who.contentType(ContentType.JSON).body(body);
        return etag == null ? r : r.header("If-Match", etag);
    }

    @Test
    void theFacilitatorFollowsUpAnActionAndEveryChangeIsKept() {
        FollowUpFixture f = FollowUpFixture.create("Commune suivie");
        RequestSpecification facilitator = staff(f.facilitator2025());
        facilitator.get(followUp(f.diagnostic2025())).then().statusCode(200)
                .body("validated", equalTo(true)).body("year", equalTo(2025))
                .body("actions[0].status", equalTo("todo")).body("actions[0].version", equalTo(0))
                .body("actions[0].statusDate", nullValue());
        String key = FollowUpFixture.firstAction(f.diagnostic2025());

        String etag = put(staff(f.facilitator2025()), "\"0\"",
                Map.of("status", "in_progress", "date", "2025-11-03", "note", "Budget voté en conseil."))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200)
                .body("status", equalTo("in_progress")).body("statusDate", equalTo("2025-11-03"))
                .body("note", equalTo("Budget voté en conseil.")).body("version", equalTo(1))
                .extract().header("ETag");
        assertEquals("\"1\"", etag);
        put(staff(f.facilitator2025()), etag, Map.of("status", "done", "date", "2026-01-15"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200).header("ETag", "\"2\"")
                .body("note", nullValue());

        admin().get(followUp(f.diagnostic2025())).then().statusCode(200)
                .body("actions.find { it.key == '" + key + "' }.status", equalTo("done"))
                .body("actions.find { it.key == '" + key + "' }.history.status", contains("in_progress", "done"))
                .body("actions.find { it.key == '" + key + "' }.history.statusDate",
                        contains("2025-11-03", "2026-01-15"));
    }

    @Test
    void anAdminAndTheOrganisationsLinksMayFollowUpToo() {
        FollowUpFixture f = FollowUpFixture.create("Commune liens");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        put(admin(), "\"0\"", Map.of("status", "todo")).put(action(f.diagnostic2025(), key)).then().statusCode(200)
                .body("statusDate", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
        // the link of the validated diagnostic itself
        put(TestData.bearer(f.link2025()), "\"1\"", Map.of("status", "in_progress"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200).body("version", equalTo(2));
        // the link of the next campaign's diagnostic: the 2025 plan is its previous plan
        put(TestData.bearer(f.link2026()), "\"2\"", Map.of("status", "done", "note", "Fait."))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200).body("version", equalTo(3));
        // and the next campaign's facilitator
        put(staff(f.facilitator2026()), "\"3\"", Map.of("status", "done", "note", "Vérifié."))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200).body("version", equalTo(4));
        admin().get(followUp(f.diagnostic2025())).then()
                .body("actions.find { it.key == '" + key + "' }.history", hasSize(4))
                .body("actions.find { it.key == '" + key + "' }.updatedBy", equalTo("Animatrice "
                        + f.facilitator2026() + " <" + f.facilitator2026() + ">"));
    }

    @Test
    void whoeverMayNotReadEitherDiagnosticLearnsNothing() {
        FollowUpFixture f = FollowUpFixture.create("Commune gardée");
        FollowUpFixture other = FollowUpFixture.create("Commune voisine");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        String stranger = TestData.uniqueEmail("suivi-etranger");
        TestData.facilitator(stranger);
        staff(stranger).get(followUp(f.diagnostic2025())).then().statusCode(404);
        put(staff(stranger), "\"0\"", Map.of("status", "done")).put(action(f.diagnostic2025(), key))
                .then().statusCode(404);
        // another organisation's links
        put(TestData.bearer(other.link2025()), "\"0\"", Map.of("status", "done"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(404);
        put(TestData.bearer(other.link2026()), "\"0\"", Map.of("status", "done"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(404);
        TestData.bearer(other.link2026()).get(followUp(f.diagnostic2025())).then().statusCode(404);
        // the 2025 link reads its own plan's follow-up, not the 2026 diagnostic's
        TestData.bearer(f.link2025()).get(followUp(f.diagnostic2026())).then().statusCode(404);
        given404Anonymous(f.diagnostic2025());
        admin().get(followUp(f.diagnostic2025())).then().body("actions[0].version", equalTo(0));
    }

    private static void given404Anonymous(long diagnostic) {
        io.restassured.RestAssured.given().get(followUp(diagnostic)).then().statusCode(401);
    }

    @Test
    void onlyAValidatedPlanIsFollowedUp() {
        FollowUpFixture f = FollowUpFixture.create("Commune brouillon");
        FollowUpFixture.answered(f.diagnostic2026());
        String key = FollowUpFixture.firstAction(f.diagnostic2026());
        put(admin(), "\"0\"", Map.of("status", "done")).put(action(f.diagnostic2026(), key)).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        put(TestData.bearer(f.link2026()), "\"0\"", Map.of("status", "done")).put(action(f.diagnostic2026(), key))
                .then().statusCode(409);
    }

    @Test
    void aStaleOrMissingVersionIsRefusedAndNothingIsOverwritten() {
        FollowUpFixture f = FollowUpFixture.create("Commune concurrente");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        put(admin(), "\"0\"", Map.of("status", "in_progress", "note", "Premier")).put(action(f.diagnostic2025(), key))
                .then().statusCode(200);
        put(TestData.bearer(f.link2025()), "\"0\"", Map.of("status", "abandoned", "note", "Second"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(412).header("ETag", "\"1\"");
        put(admin(), null, Map.of("status", "abandoned")).put(action(f.diagnostic2025(), key)).then()
                .statusCode(428);
        put(admin(), "*", Map.of("status", "abandoned")).put(action(f.diagnostic2025(), key)).then()
                .statusCode(428);
        admin().get(followUp(f.diagnostic2025())).then()
                .body("actions.find { it.key == '" + key + "' }.note", equalTo("Premier"))
                .body("actions.find { it.key == '" + key + "' }.history", hasSize(1));
    }

    @Test
    void parallelWritersFromTheSameVersionNeverOverwriteEachOther() throws Exception {
        FollowUpFixture f = FollowUpFixture.create("Commune simultanée");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String note = "Écrivain " + i;
            boolean asAdmin = i % 2 == 0;
            answers.add(pool.submit(() -> {
                start.await();
                return put(asAdmin ? admin() : TestData.bearer(f.link2025()), "\"0\"",
                        Map.of("status", "in_progress", "note", note)).put(action(f.diagnostic2025(), key))
                        .statusCode();
            }));
        }
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> a : answers) {
            statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), "statuses " + statuses);
        admin().get(followUp(f.diagnostic2025())).then()
                .body("actions.find { it.key == '" + key + "' }.version", equalTo(1))
                .body("actions.find { it.key == '" + key + "' }.history", hasSize(1));
    }

    @Test
    void badContentIsRefusedNamingEachField() {
        FollowUpFixture f = FollowUpFixture.create("Commune fautive");
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        put(admin(), "\"0\"", Map.of("status", "fini", "note", "x".repeat(501),
                "date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString()))
                .put(action(f.diagnostic2025(), key)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "date", "note"))
                .body("errors.code", containsInAnyOrder("status_unknown", "date_in_future", "note_too_long"));
        put(admin(), "\"0\"", Map.of("note", "sans statut")).put(action(f.diagnostic2025(), key)).then()
                .statusCode(422).body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("status_required"));
        // exactly 500 characters (one of them outside the BMP) is fine
        put(admin(), "\"0\"", Map.of("status", "done", "note", "é".repeat(498) + "😀"))
                .put(action(f.diagnostic2025(), key)).then().statusCode(200);
        // hostile text never reaches the database
        put(admin(), "\"1\"", "{\"status\": \"done\", \"note\": \"a\\u0000b\"}").put(action(f.diagnostic2025(), key))
                .then().statusCode(400);
        put(admin(), "\"1\"", "{\"status\": \"done\", \"note\": \"a\\ud800b\"}").put(action(f.diagnostic2025(), key))
                .then().statusCode(400);
        put(admin(), "\"1\"", "{\"status\": \"done\", \"date\": \"03/03/2026\"}")
                .put(action(f.diagnostic2025(), key)).then().statusCode(400);
        put(admin(), "\"1\"", Map.of("status", "done")).put(action(f.diagnostic2025(), "q:inconnue")).then()
                .statusCode(404);
    }

    @Test
    void theNextDiagnosticShowsTheLatestEarlierValidatedPlan() {
        FollowUpFixture f = FollowUpFixture.create("Commune suivie deux fois");
        // an older validated diagnostic (2024) does not hide the 2025 one; a later one (2027) is not "previous"
        long d2024 = TestData.diagnostic(f.organization(), FollowUpFixture.campaign(2024), "interview", null);
        FollowUpFixture.validated(d2024);
        long d2027 = TestData.diagnostic(f.organization(), FollowUpFixture.campaign(2027), "interview", null);
        FollowUpFixture.validated(d2027);
        String key = FollowUpFixture.firstAction(f.diagnostic2025());
        FollowUpFixture.set(f.diagnostic2025(), key, "done", "2026-03-03", "Publié sur le site.");

        TestData.bearer(f.link2026()).get("/api/diagnostics/" + f.diagnostic2026() + "/plan/previous").then()
                .statusCode(200).body("diagnosticId", equalTo((int) f.diagnostic2025())).body("year", equalTo(2025))
                .body("actions.find { it.key == '" + key + "' }.status", equalTo("done"))
                .body("actions.find { it.key == '" + key + "' }.note", equalTo("Publié sur le site."));
        staff(f.facilitator2026()).get("/api/diagnostics/" + f.diagnostic2026() + "/plan/previous")
                .then().statusCode(200).body("diagnosticId", equalTo((int) f.diagnostic2025()));
        admin().get("/api/diagnostics/" + f.diagnostic2025() + "/plan/previous").then().statusCode(200)
                .body("diagnosticId", equalTo((int) d2024));
        admin().get("/api/diagnostics/" + d2024 + "/plan/previous").then().statusCode(204);
        // the 2026 facilitator reads the 2025 plan's follow-up, not the 2024 one (not its previous plan)
        staff(f.facilitator2026()).get(followUp(d2024)).then().statusCode(404);
        staff(f.facilitator2025()).get("/api/diagnostics/" + f.diagnostic2026() + "/plan/previous")
                .then().statusCode(404);
    }
}
