package org.odmaturity.organization;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests signed in as the test admin, or as a facilitator created (once per email) through the users API. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@od-maturity.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String FACILITATOR_PASSWORD = "facilitator-password-1";
    private static final Map<String, Boolean> CREATED = new ConcurrentHashMap<>();

    private TestAccounts() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A facilitator account with this email, created on first use. */
    public static RequestSpecification asFacilitator(String email) {
        CREATED.computeIfAbsent(email, e -> {
            int status = asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("email", e, "displayName", "Test facilitator", "password", FACILITATOR_PASSWORD,
                            "role", "facilitator"))
                    .when().post("/api/users").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("cannot create facilitator " + e + ": HTTP " + status);
            }
            return true;
        });
        return given().auth().preemptive().basic(email, FACILITATOR_PASSWORD);
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
}
