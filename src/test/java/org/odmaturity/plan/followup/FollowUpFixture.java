package org.odmaturity.plan.followup;

import static org.odmaturity.testsupport.TestData.admin;

import java.util.Map;

import org.odmaturity.testsupport.TestData;

import io.restassured.http.ContentType;

/**
 * An organisation followed over two campaigns: its 2025 diagnostic answered, submitted and validated (facilitator
 * {@code facilitator2025}), and its 2026 diagnostic opened (facilitator {@code facilitator2026}), each with an
 * invitation link.
 */
public record FollowUpFixture(long organization, long diagnostic2025, long diagnostic2026, String facilitator2025,
        String facilitator2026, String link2025, String link2026) {

    /** Answers that call for a plan (see docs/improvement-plan.md, the worked example). */
    public static final String ANSWERS = """
            {"answers": [
              {"question": "referent", "value": "informel", "revision": 0},
              {"question": "budget", "value": false, "revision": 0},
              {"question": "publie", "value": true, "revision": 0},
              {"question": "nb_jeux", "value": 3, "revision": 0},
              {"question": "formats", "value": ["pdf", "csv"], "revision": 0},
              {"question": "schemas", "notApplicable": true, "revision": 0}
            ]}""";

    public static FollowUpFixture create(String name) {
        long organization = TestData.organization(name + " " + TestData.newSiren());
        String f2025 = TestData.uniqueEmail("suivi-2025");
        String f2026 = TestData.uniqueEmail("suivi-2026");
        long d2025 = TestData.diagnostic(organization, campaign(2025), "interview", TestData.facilitator(f2025));
        validated(d2025);
        long d2026 = TestData.diagnostic(organization, campaign(2026), "interview", TestData.facilitator(f2026));
        return new FollowUpFixture(organization, d2025, d2026, f2025, f2026, TestData.invitation(d2025),
                TestData.invitation(d2026));
    }

    public static long campaign(int year) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Campagne suivi " + year + " " + TestData.newSiren(), "year", year, "status",
                        "open", "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Answers, submits and validates a diagnostic. */
    public static void validated(long diagnostic) {
        answered(diagnostic);
        admin().post("/api/diagnostics/" + diagnostic + "/submit").then().statusCode(200);
        admin().post("/api/diagnostics/" + diagnostic + "/validate").then().statusCode(200);
    }

    public static void answered(long diagnostic) {
        admin().contentType(ContentType.JSON).body(ANSWERS).patch("/api/diagnostics/" + diagnostic + "/answers")
                .then().statusCode(200);
    }

    public static String followUp(long diagnostic) {
        return "/api/diagnostics/" + diagnostic + "/plan/follow-up";
    }

    public static String action(long diagnostic, String key) {
        return "/api/diagnostics/" + diagnostic + "/plan/actions/" + key + "/follow-up";
    }

    /** The key of the first action of a diagnostic's plan. */
    public static String firstAction(long diagnostic) {
        return admin().get(followUp(diagnostic)).then().statusCode(200).extract().jsonPath()
                .getString("actions[0].key");
    }

    /** Sets the follow-up of an action as the admin, from the version it has now. */
    public static void set(long diagnostic, String key, String status, String date, String note) {
        long version = admin().get(followUp(diagnostic)).then().statusCode(200).extract().jsonPath()
                .getLong("actions.find { it.key == '" + key + "' }.version");
        admin().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(note == null ? Map.of("status", status, "date", date)
                        : Map.of("status", status, "date", date, "note", note))
                .put(action(diagnostic, key)).then().statusCode(200);
    }
}
