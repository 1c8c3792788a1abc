package org.odmaturity.comparison;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The comparison API over diagnostics answered, submitted and validated through the API: the figures are those of the
 * stored snapshots, facilitators get the anonymity rule, bad parameters are problems naming the parameter.
 */
@QuarkusTest
class ComparisonApiTest {

    private static ComparisonWorld world;

    private static synchronized ComparisonWorld world() {
        if (world == null) {
            world = ComparisonWorld.build();
        }
        return world;
    }

    private static RequestSpecification as(String email) {
        return ComparisonWorld.as(email);
    }

    private static String path(long diagnostic) {
        return ComparisonWorld.path(diagnostic);
    }

    private static String etag(long diagnostic) {
        return ComparisonWorld.etag(diagnostic);
    }

    private static JsonPath results(RequestSpecification who, String query) {
        return who.get("/api/campaigns/" + world().later + "/results" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void anAdminReadsTheSnapshotsOfEveryValidatedDiagnostic() {
        ComparisonWorld w = world();
        List<Double> scores = new ArrayList<>();
        for (long d : w.laterDiagnostics) {
            scores.add(admin().get(path(d)).then().statusCode(200).extract().jsonPath()
                    .getDouble("score.overall.score"));
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        JsonPath results = results(admin(), "");
        assertEquals(7, results.getInt("distributions[0].count"));
        assertEquals("overall", results.getString("distributions[0].nodeId"));
        assertEquals(BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).doubleValue(),
                results.getDouble("distributions[0].mean"), 1e-9);
        assertFalse(results.getBoolean("anonymity.applied"));
        assertEquals(7, results.getInt("participation.validated"));
        assertEquals(7, (int) results.getList("distributions[0].levels.count", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());

        // filters narrow, and say so
        JsonPath epci = results(admin(), "?type=epci");
        assertEquals(1, epci.getInt("distributions[0].count"));
        assertEquals(Map.of("type", "epci"), epci.getMap("filters"));
        // English titles
        assertEquals("Overall score", results(admin(), "?lang=en").getString("distributions[0].title"));
    }

    @Test
    void aFacilitatorSeesOnlyProfilesSharedByFive() {
        ComparisonWorld w = world();
        JsonPath results = results(as(w.facilitatorEmail), "");
        assertTrue(results.getBoolean("anonymity.applied"));
        assertEquals(5, results.getInt("anonymity.minimumGroupSize"));
        assertEquals(6, results.getInt("distributions[0].count"), "the lone EPCI is not counted");
        assertEquals(6, results.getInt("participation.invited"));

        JsonPath epci = results(as(w.facilitatorEmail), "?type=epci");
        assertFalse(epci.getBoolean("distributions[0].shown"));
        assertEquals(null, (Object) epci.get("distributions[0].mean"));
        assertEquals(0, epci.getInt("participation.invited"));
    }

    @Test
    void supportNeedsCountTheActionsOfThePlans() {
        ComparisonWorld w = world();
        JsonPath needs = admin().get("/api/campaigns/" + w.later + "/results/needs").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(7, needs.getInt("diagnostics"));
        List<Integer> counts = needs.getList("actions.organizations", Integer.class);
        assertFalse(counts.isEmpty());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most frequent first: " + counts);
        }
        assertTrue(counts.get(0) <= 7);
        assertFalse(needs.getList("themes").isEmpty());
    }

    @Test
    void evolutionPairsTheOrganisationsOfBothCampaigns() {
        ComparisonWorld w = world();
        JsonPath evolution = admin().get("/api/campaigns/" + w.later + "/results/evolution?from=" + w.earlier)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(6, evolution.getInt("pairs"));
        assertEquals(6, evolution.getInt("changes[0].count"));
        assertTrue(evolution.getDouble("changes[0].meanChange") > 0, "every commune names a referent or keeps it");
        assertEquals(w.earlier, evolution.getLong("from.id"));

        admin().get("/api/campaigns/" + w.later + "/results/evolution").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(equalTo("from")));
        admin().get("/api/campaigns/" + w.later + "/results/evolution?from=" + w.later).then().statusCode(422)
                .body("errors.field", hasItem(equalTo("from")));
        admin().get("/api/campaigns/" + w.later + "/results/evolution?from=999999999").then().statusCode(422);
    }

    @Test
    void anOrganisationsHistoryShowsWhatTheCallerMayRead() {
        ComparisonWorld w = world();
        String path = "/api/organizations/" + w.firstOrganization + "/evolution";
        JsonPath all = admin().get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(w.earlier, w.later), all.getList("diagnostics.campaign.id", Long.class));
        assertEquals(4, all.getList("diagnostics[0].axes").size());
        JsonPath assigned = as(w.facilitatorEmail).get(path).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(w.later), assigned.getList("diagnostics.campaign.id", Long.class));
        as(w.otherFacilitatorEmail).get(path).then().statusCode(404);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        ComparisonWorld w = world();
        for (String query : List.of("status=all", "mode=phone", "type=ville", "departement=20", "population=big",
                "lang=de")) {
            String parameter = query.substring(0, query.indexOf('='));
            admin().get("/api/campaigns/" + w.later + "/results?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(equalTo(parameter)));
        }
        admin().get("/api/campaigns/999999999/results").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get("/api/organizations/999999999/evolution").then().statusCode(404);
    }

    @Test
    void resultsFollowChangesToTheData() {
        ComparisonWorld w = world();
        long last = w.laterDiagnostics.get(w.laterDiagnostics.size() - 1);
        assertEquals(7, results(admin(), "").getInt("distributions[0].count"));
        admin().header("If-Match", etag(last)).post(path(last) + "/reopen").then().statusCode(200);
        try {
            assertEquals(6, results(admin(), "").getInt("distributions[0].count"), "a reopened diagnostic is a draft");
        } finally {
            ComparisonWorld.validated(last, "nomme", true);
        }
        assertEquals(7, results(admin(), "").getInt("distributions[0].count"));
    }
}
