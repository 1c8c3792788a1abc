package org.odmaturity.plan;

import static org.odmaturity.testsupport.TestData.admin;

import java.util.Map;

import org.odmaturity.testsupport.TestData;

import io.restassured.http.ContentType;

/** Diagnostics in given states, through the API, for the plan tests. */
final class PlanTestData {

    /** The answers of the worked example of docs/improvement-plan.md (see {@link SampleQuestionnaire}). */
    static final String WORKED_EXAMPLE = """
            {"answers": [
              {"question": "referent", "value": "informel", "revision": 0},
              {"question": "budget", "value": false, "revision": 0, "comment": "Une ligne est prévue en 2027."},
              {"question": "publie", "value": true, "revision": 0},
              {"question": "nb_jeux", "value": 3, "revision": 0},
              {"question": "formats", "value": ["pdf", "csv"], "revision": 0},
              {"question": "schemas", "notApplicable": true, "revision": 0},
              {"question": "attentes", "value": "Un atelier sur les schémas.", "revision": 0,
               "note": "Relancer en septembre"}
            ]}""";

    private PlanTestData() {
    }

    static String path(long diagnostic) {
        return "/api/diagnostics/" + diagnostic;
    }

    static void answer(long diagnostic, String body) {
        admin().contentType(ContentType.JSON).body(body).patch(path(diagnostic) + "/answers").then().statusCode(200);
    }

    static void submit(long diagnostic) {
        admin().post(path(diagnostic) + "/submit").then().statusCode(200);
    }

    /** An organisation of the given type (commune, epci…); returns its id. */
    static long organization(String name, String type) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "siren", TestData.newSiren(), "type", type, "departement", "68",
                        "region", "Grand Est"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String siren(long organization) {
        return admin().get("/api/organizations/" + organization).then().statusCode(200).extract().path("siren");
    }
}
