package org.odmaturity.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.odmaturity.security.OidcTestTokens.claims;
import static org.odmaturity.security.OidcTestTokens.sign;
import static org.odmaturity.security.OidcTestTokens.token;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * OIDC switched on (with a local test key instead of Keycloak or ProConnect): a provider's token authenticates, the
 * account with the token's verified email gives the role, the token's own roles count for nothing, and invitation
 * links and HTTP Basic keep working beside it.
 */
@QuarkusTest
@TestProfile(OidcTestTokens.OidcOn.class)
class OidcSignInTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OidcAccountHelper accounts;

    private static RequestSpecification oidc(String jwt) {
        return bearer(jwt);
    }

    private static Map<String, Object> organization(String name) {
        return Map.of("name", name, "siren", TestData.newSiren(), "type", "commune", "departement", "67",
                "region", "Grand Est", "population", 1200);
    }

    @Test
    void theBootstrapAdminsTokenActsAsAdmin() {
        oidc(token(TestData.ADMIN_EMAIL)).contentType(ContentType.JSON).body(organization("Commune OIDC admin"))
                .post("/api/organizations").then().statusCode(201);
        oidc(token(TestData.ADMIN_EMAIL)).get("/api/users").then().statusCode(200);
        // the email is compared as accounts store it: trimmed, lower-cased
        oidc(token("  Admin@OD-Maturity.test ")).get("/api/users").then().statusCode(200);
    }

    @Test
    void aFacilitatorsTokenGetsFacilitatorRightsAndActsAsThatAccount() {
        String email = TestData.uniqueEmail("f-oidc");
        long facilitator = TestData.facilitator(email);
        String jwt = token(email);
        oidc(jwt).contentType(ContentType.JSON).body(organization("Commune OIDC refusée"))
                .post("/api/organizations").then().statusCode(403).contentType(startsWith(PROBLEM));
        oidc(jwt).get("/api/organizations").then().statusCode(200);
        oidc(jwt).get("/api/users").then().statusCode(403);
        // who is acting comes from the account (odm.userId, odm.label): an interview is assigned to the caller,
        // and answers are recorded in the account's name
        long org = TestData.organization("Commune OIDC animée " + facilitator);
        long campaign = TestData.campaign("Campagne OIDC " + facilitator);
        long diagnostic = oidc(jwt).contentType(ContentType.JSON)
                .body(Map.of("organizationId", org, "campaignId", campaign, "mode", "interview"))
                .post("/api/diagnostics").then().statusCode(201).body("facilitator.id", equalTo((int) facilitator))
                .extract().jsonPath().getLong("id");
        String etag = oidc(jwt).get("/api/diagnostics/" + diagnostic).then().statusCode(200).extract().header("ETag");
        oidc(jwt).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"answers\": [{\"question\": \"budget\", \"value\": true}]}")
                .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
        oidc(jwt).get("/api/diagnostics/" + diagnostic + "/history").then().statusCode(200)
                .body("changedBy", hasItem("Animatrice " + email + " <" + email + ">"));
    }

    @Test
    void anUnknownEmailGetsNoRoleWhateverTheTokenClaims() {
        String jwt = sign(claims(TestData.uniqueEmail("stranger")).groups(OidcTestTokens.PROVIDER_GROUPS)
                .claim("realm_access", Map.of("roles", OidcTestTokens.PROVIDER_GROUPS)));
        oidc(jwt).get("/api/organizations").then().statusCode(403).contentType(startsWith(PROBLEM));
        oidc(jwt).contentType(ContentType.JSON).body(organization("Commune OIDC inconnue"))
                .post("/api/organizations").then().statusCode(403);
        oidc(jwt).get("/api/diagnostics").then().statusCode(403);
        oidc(jwt).get("/api/users").then().statusCode(403);
        // no account was created for it
        admin().get("/api/users").then().statusCode(200).body("email", not(hasItem(startsWith("stranger-"))));
        // the public endpoints stay public
        oidc(jwt).get("/api/questionnaires").then().statusCode(200);
    }

    @Test
    void anUnverifiedOrMissingEmailGetsNoRole() {
        oidc(sign(claims(TestData.ADMIN_EMAIL).claim("email_verified", false))).get("/api/users").then()
                .statusCode(403);
        oidc(sign(claims(TestData.ADMIN_EMAIL).claim("email_verified", "false"))).get("/api/users").then()
                .statusCode(403);
        oidc(sign(claims(TestData.ADMIN_EMAIL).remove("email"))).get("/api/users").then().statusCode(403);
        // absent email_verified: the provider vouches for the email (ProConnect sends none)
        oidc(sign(claims(TestData.ADMIN_EMAIL).remove("email_verified"))).get("/api/users").then().statusCode(200);
    }

    @Test
    void aDeactivatedAccountGetsNoRole() {
        String email = TestData.uniqueEmail("f-oidc-gone");
        TestData.facilitator(email);
        oidc(token(email)).get("/api/organizations").then().statusCode(200);
        accounts.deactivate(email);
        oidc(token(email)).get("/api/organizations").then().statusCode(403);
    }

    @Test
    void tokensThatAreNotValidAre401() {
        Instant past = Instant.now().minusSeconds(7200);
        oidc(sign(claims(TestData.ADMIN_EMAIL).issuedAt(past).expiresAt(past.plusSeconds(300))))
                .get("/api/users").then().statusCode(401).contentType(startsWith(PROBLEM));
        oidc(OidcTestTokens.signWithAnotherKey(claims(TestData.ADMIN_EMAIL))).get("/api/users").then()
                .statusCode(401).contentType(startsWith(PROBLEM));
        oidc(sign(claims(TestData.ADMIN_EMAIL).issuer("https://elsewhere.example/realms/test"))).get("/api/users")
                .then().statusCode(401);
        // unsigned, or not a token at all
        oidc("eyJhbGciOiJub25lIn0.e30.").get("/api/users").then().statusCode(401);
        oidc("not-a-token").get("/api/organizations").then().statusCode(401);
        String valid = token(TestData.ADMIN_EMAIL);
        oidc(valid.substring(0, valid.length() - 4) + "AAAA").get("/api/users").then().statusCode(401);
    }

    @Test
    void invitationLinksAndHttpBasicStillWork() {
        admin().get("/api/users").then().statusCode(200);
        TestData.as(TestData.ADMIN_EMAIL, "not-the-password").get("/api/users").then().statusCode(401);
        long org = TestData.organization("Commune OIDC invitée");
        long campaign = TestData.campaign("Campagne OIDC invitation " + org);
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        String link = TestData.invitation(diagnostic);
        bearer(link).get("/api/diagnostics/" + diagnostic).then().statusCode(200).body("id", equalTo((int) diagnostic));
        bearer(link).get("/api/organizations").then().statusCode(403);
        // a well-formed invitation token issued by no one stays an invitation matter: 401, never handed to OIDC
        bearer(InvitationService.TOKEN_PREFIX + "A".repeat(43)).get("/api/diagnostics/" + diagnostic).then()
                .statusCode(401).contentType(startsWith(PROBLEM));
        bearer(link).get("/api/users").then().statusCode(403);
    }
}
