package org.odmaturity.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.odmaturity.organization.Siren;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Builds test data through the public API, as a client would (no shortcut into the database): organisations with
 * valid unique SIRENs, campaigns on the test questionnaire, accounts, diagnostics and invitation links.
 */
public final class TestData {

    public static final String ADMIN_EMAIL = "admin@od-maturity.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String QUESTIONNAIRE = "sample-od-maturity";
    private static final Map<String, Long> FACILITATORS = new ConcurrentHashMap<>();
    private static final AtomicLong SIRENS = new AtomicLong();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestData() {
    }

    public static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String email, String password) {
        return given().auth().preemptive().basic(email, password);
    }

    public static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /**
     * A valid SIREN (Luhn) not used before in this run: bases from 60,000,000 up, a range no test or demo data picks
     * by hand (the database is emptied at each test run).
     */
    public static String newSiren() {
        return siren(60_000_000L + SIRENS.incrementAndGet());
    }

    /** A valid SIREN: the 8 given digits (left-padded) followed by their Luhn check digit. */
    public static String siren(long base) {
        String digits = String.format("%08d", base % 100_000_000L);
        for (int check = 0; check <= 9; check++) {
            if (Siren.Validator.luhnValid(digits + check)) {
                return digits + check;
            }
        }
        throw new AssertionError("no Luhn check digit for " + digits);
    }

    public static long organization(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "siren", newSiren(), "type", "commune", "departement", "67",
                        "region", "Grand Est", "population", 1200))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long campaign(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A facilitator account; returns its id. Password: {@code password-of-<email>}. */
    public static long facilitator(String email) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Animatrice " + email, "password", password(email),
                        "role", "facilitator"))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Requests signed in as a facilitator with this email, whose account is created on first use. */
    public static RequestSpecification asFacilitator(String email) {
        FACILITATORS.computeIfAbsent(email, TestData::facilitator);
        return as(email, password(email));
    }

    public static String password(String email) {
        return "password-of-" + email;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "@od-maturity.test";
    }

    /** A diagnostic created by the admin; {@code facilitatorId} may be null. */
    public static long diagnostic(long organizationId, long campaignId, String mode, Long facilitatorId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organizationId", organizationId, "campaignId",
                campaignId, "mode", mode));
        if (facilitatorId != null) {
            body.put("facilitatorId", facilitatorId);
        }
        return admin().contentType(ContentType.JSON).body(body).post("/api/diagnostics")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An invitation link's token for the diagnostic, created by the admin. */
    public static String invitation(long diagnosticId) {
        return admin().contentType(ContentType.JSON).body(Map.of("label", "test"))
                .post("/api/diagnostics/" + diagnosticId + "/invitations")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }
}
