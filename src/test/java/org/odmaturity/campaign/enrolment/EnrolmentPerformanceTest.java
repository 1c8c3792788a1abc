package org.odmaturity.campaign.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The figures of docs/performance.md, "Campaign enrolment and progress": 500 communes enrolled in one call (preview,
 * enrolment, the same again), then the progress of those 500 with 100 drafts answered and 40 submitted, in JSON and
 * CSV. Bounds far above the measured figures (a shared 2-core machine), so that only a change of order fails.
 */
@QuarkusTest
class EnrolmentPerformanceTest {

    private static final int ORGANIZATIONS = 500;

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String etag(long diagnostic) {
        return admin().get("/api/diagnostics/" + diagnostic).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void fiveHundredCommunesAreEnrolledAndFollowedQuickly() {
        int base = 7_900_000;
        for (int i = 0; i < ORGANIZATIONS; i++) {
            EnrolmentApiTest.organization("Commune mesurée " + i, "commune", i % 2 == 0 ? "67" : "68", base + i);
        }
        long campaign = EnrolmentApiTest.campaign("Campagne mesurée", "open", null);
        Map<String, Object> body = EnrolmentApiTest.body("types", List.of("commune"), "populationMin", base,
                "populationMax", base + ORGANIZATIONS - 1);
        // one warm-up of the code paths (another campaign), not counted
        long warm = EnrolmentApiTest.campaign("Campagne d'échauffement", "open", null);
        EnrolmentApiTest.enrol(warm, body).then().statusCode(200);

        Response[] last = new Response[1];
        long preview = timed(() -> last[0] = EnrolmentApiTest.enrol(campaign, EnrolmentApiTest.with(body, "dryRun",
                true)));
        assertEquals(ORGANIZATIONS, last[0].then().statusCode(200).extract().jsonPath().getInt("created"));
        long enrol = timed(() -> last[0] = EnrolmentApiTest.enrol(campaign, body));
        JsonPath report = last[0].then().statusCode(200).extract().jsonPath();
        assertEquals(ORGANIZATIONS, report.getInt("created"));
        long again = timed(() -> last[0] = EnrolmentApiTest.enrol(campaign, body));
        assertEquals(ORGANIZATIONS, last[0].then().statusCode(200).extract().jsonPath().getInt("alreadyEnrolled"));

        List<Long> diagnostics = report.getList("organizations.diagnosticId", Long.class);
        for (int i = 0; i < 100; i++) {
            long d = diagnostics.get(i);
            String answers = i < 40 ? "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                    + " {\"question\": \"publie\", \"value\": false}]}"
                    : "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"}]}";
            admin().contentType(ContentType.JSON).header("If-Match", etag(d)).body(answers)
                    .patch("/api/diagnostics/" + d + "/answers").then().statusCode(200);
            if (i < 40) {
                admin().header("If-Match", etag(d)).post("/api/diagnostics/" + d + "/submit").then().statusCode(200);
            }
        }
        String path = "/api/campaigns/" + campaign + "/progress";
        admin().get(path).then().statusCode(200); // warm-up
        long progress = timed(() -> last[0] = admin().get(path));
        JsonPath p = last[0].then().statusCode(200).extract().jsonPath();
        assertEquals(ORGANIZATIONS, p.getInt("summary.organizations"));
        assertEquals(100, p.getInt("summary.started"));
        assertEquals(40, p.getInt("summary.submitted"));
        long csv = timed(() -> last[0] = admin().get(path + ".csv"));
        assertEquals(ORGANIZATIONS + 1, last[0].then().statusCode(200).extract().asString().split("\r\n").length);

        System.out.printf("enrolment of %d organisations: preview %d ms, enrolment %d ms, again (idempotent) %d ms; "
                + "progress of %d rows: JSON %d ms, CSV %d ms%n", ORGANIZATIONS, preview, enrol, again, ORGANIZATIONS,
                progress, csv);
        assertTrue(enrol < 5_000, "enrolling 500 took " + enrol + " ms");
        assertTrue(progress < 3_000, "the progress of 500 took " + progress + " ms");
        assertTrue(csv < 3_000, "the CSV of 500 took " + csv + " ms");
    }
}
