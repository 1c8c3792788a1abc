package org.odmaturity.comparison;

import static org.odmaturity.testsupport.TestData.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.odmaturity.testsupport.TestData;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Data for the comparison tests, built through the API on the test questionnaire: two campaigns, six alike communes
 * (same type, département 67 and population band) validated in both, one EPCI validated in the later one only — so
 * that a facilitator sees the communes' figures (six share a profile) and never the EPCI's (alone in its profile).
 * The first commune's later diagnostic is assigned to {@link #facilitatorEmail}. Each test class builds its own.
 */
public final class ComparisonWorld {

    /** The answers of the communes (referent) in the earlier and the later campaign. */
    public static final String[] BEFORE = { "personne", "personne", "informel", "informel", "personne", "informel" };
    public static final String[] AFTER = { "nomme", "informel", "nomme", "nomme", "informel", "nomme" };

    public final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    public long earlier;
    public long later;
    public long firstOrganization;
    public long epci;
    public String epciName;
    public String facilitatorEmail;
    public String otherFacilitatorEmail;
    public final List<Long> organizations = new ArrayList<>();
    public final List<String> communeNames = new ArrayList<>();
    /** The later campaign's diagnostics: the six communes', then the EPCI's. */
    public final List<Long> laterDiagnostics = new ArrayList<>();

    private ComparisonWorld() {
    }

    public static ComparisonWorld build() {
        ComparisonWorld w = new ComparisonWorld();
        w.earlier = TestData.campaign("Comparaison antérieure " + w.suffix);
        w.later = TestData.campaign("Comparaison " + w.suffix);
        w.facilitatorEmail = TestData.uniqueEmail("cmp-f");
        w.otherFacilitatorEmail = TestData.uniqueEmail("cmp-g");
        long facilitator = TestData.facilitator(w.facilitatorEmail);
        TestData.facilitator(w.otherFacilitatorEmail);
        for (int i = 0; i < 6; i++) {
            String name = "Commune comparée " + i + " " + w.suffix;
            long organization = TestData.organization(name);
            w.organizations.add(organization);
            w.communeNames.add(name);
            if (i == 0) {
                w.firstOrganization = organization;
            }
            validated(TestData.diagnostic(organization, w.earlier, "self-assessment", null), BEFORE[i], i % 2 == 0);
            long d = TestData.diagnostic(organization, w.later, "self-assessment", i == 0 ? facilitator : null);
            validated(d, AFTER[i], i % 3 == 0);
            w.laterDiagnostics.add(d);
        }
        w.epciName = "Communauté comparée " + w.suffix;
        w.epci = admin().contentType(ContentType.JSON)
                .body(Map.of("name", w.epciName, "siren", TestData.newSiren(), "type", "epci", "departement", "67",
                        "population", 40_000))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long d = TestData.diagnostic(w.epci, w.later, "self-assessment", null);
        validated(d, "nomme", true);
        w.laterDiagnostics.add(d);
        return w;
    }

    /** Requests of one of the world's facilitators. */
    public static RequestSpecification as(String email) {
        return TestData.as(email, TestData.password(email));
    }

    public static String path(long diagnostic) {
        return "/api/diagnostics/" + diagnostic;
    }

    public static String etag(long diagnostic) {
        return admin().get(path(diagnostic)).then().statusCode(200).extract().header("ETag");
    }

    /** Answers the two scored questions of the test questionnaire, submits and validates. */
    public static void validated(long diagnostic, String referent, boolean published) {
        admin().contentType(ContentType.JSON).header("If-Match", etag(diagnostic))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"" + referent + "\"},"
                        + " {\"question\": \"publie\", \"value\": " + published + "}]}")
                .patch(path(diagnostic) + "/answers").then().statusCode(200);
        admin().header("If-Match", etag(diagnostic)).post(path(diagnostic) + "/submit").then().statusCode(200);
        admin().header("If-Match", etag(diagnostic)).post(path(diagnostic) + "/validate").then().statusCode(200);
    }

    /** The overall score the API reports for a diagnostic (its latest snapshot). */
    public static double overall(long diagnostic) {
        return admin().get(path(diagnostic)).then().statusCode(200).extract().jsonPath()
                .getDouble("score.overall.score");
    }
}
