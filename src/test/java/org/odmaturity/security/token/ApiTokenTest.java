package org.odmaturity.security.token;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;
import static org.odmaturity.testsupport.TestData.bearer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.security.UserService;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Personal API tokens through the API: life cycle, what a token may reach, what it never shows. */
@QuarkusTest
class ApiTokenTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TokenClockHelper clock;
    @Inject
    UserService users;

    private static RequestSpecification facilitator(String email) {
        return as(email, TestData.password(email));
    }

    private static JsonPath create(RequestSpecification who, String name, int days) {
        return who.contentType(ContentType.JSON).body(Map.of("name", name, "validityDays", days))
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void lifeCycleCreateShownOnceUseLastUsedRevoke() throws Exception {
        String email = TestData.uniqueEmail("token-life");
        TestData.facilitator(email);
        Response created = facilitator(email).contentType(ContentType.JSON)
                .body(Map.of("name", "Script de suivi", "validityDays", 30)).post("/api/account/tokens");
        created.then().statusCode(201).header("Cache-Control", containsString("no-store"))
                .body("name", equalTo("Script de suivi")).body("status", equalTo("active"))
                .body("lastUsedAt", nullValue());
        String secret = created.jsonPath().getString("token");
        long id = created.jsonPath().getLong("id");
        assertTrue(secret.matches("odm_[A-Za-z0-9_-]{43}"), secret);
        Instant expires = Instant.parse(created.jsonPath().getString("expiresAt"));
        Instant createdAt = Instant.parse(created.jsonPath().getString("createdAt"));
        assertEquals(Duration.ofDays(30), Duration.between(createdAt, expires));

        // stored: the SHA-256 of the secret only
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, clock.storedHash(id));
        assertFalse(clock.storedRow(id).contains(secret.substring(4)), clock.storedRow(id));

        // shown once: the list never carries a secret
        String list = facilitator(email).get("/api/account/tokens").then().statusCode(200).extract().asString();
        assertFalse(list.contains(secret.substring(4)), list);
        assertFalse(list.contains("\"token\""), list);

        // used: the account's identity, last use recorded
        bearer(secret).get("/api/organizations").then().statusCode(200);
        Instant firstUse = clock.lastUsedAt(id);
        assertNotNull(firstUse);
        facilitator(email).get("/api/account/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.lastUsedAt", notNullValue());
        // not written again within the minute
        bearer(secret).get("/api/organizations").then().statusCode(200);
        assertEquals(firstUse, clock.lastUsedAt(id));
        // written again once the minute has passed
        clock.ageLastUse(id, Duration.ofMinutes(2));
        bearer(secret).get("/api/organizations").then().statusCode(200);
        assertTrue(clock.lastUsedAt(id).isAfter(firstUse.minus(Duration.ofSeconds(1))));

        // revoked: 401 at once, like no credentials, and listed as revoked
        facilitator(email).delete("/api/account/tokens/" + id).then().statusCode(204);
        bearer(secret).get("/api/organizations").then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", notNullValue());
        facilitator(email).get("/api/account/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("revoked"))
                .body("find { it.id == " + id + " }.revokedAt", notNullValue());
        // revoking again changes nothing
        facilitator(email).delete("/api/account/tokens/" + id).then().statusCode(204);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String email = TestData.uniqueEmail("token-expired");
        TestData.facilitator(email);
        JsonPath token = create(facilitator(email), "bientôt expiré", 1);
        bearer(token.getString("token")).get("/api/organizations").then().statusCode(200);
        clock.expire(token.getLong("id"));
        bearer(token.getString("token")).get("/api/organizations").then().statusCode(401)
                .contentType(startsWith(PROBLEM));
        facilitator(email).get("/api/account/tokens").then().statusCode(200)
                .body("find { it.id == " + token.getLong("id") + " }.status", equalTo("expired"));
    }

    @Test
    void aDeactivatedAccountsTokensStopAndComeBackWithTheAccount() {
        String email = TestData.uniqueEmail("token-disabled");
        long userId = TestData.facilitator(email);
        String secret = create(facilitator(email), "tâche nocturne", 90).getString("token");
        bearer(secret).get("/api/organizations").then().statusCode(200);
        users.deactivate(userId, null);
        bearer(secret).get("/api/organizations").then().statusCode(401).contentType(startsWith(PROBLEM));
        users.reactivate(userId);
        bearer(secret).get("/api/organizations").then().statusCode(200);
    }

    @Test
    void aTokenCarriesItsAccountsRoleAndNothingMore() {
        String email = TestData.uniqueEmail("token-role");
        TestData.facilitator(email);
        String facilitatorToken = create(facilitator(email), "lecture", 7).getString("token");
        bearer(facilitatorToken).get("/api/users").then().statusCode(403).contentType(startsWith(PROBLEM));
        String adminToken = create(admin(), "admin script", 7).getString("token");
        bearer(adminToken).get("/api/users").then().statusCode(200).body("email", hasItem(email));
    }

    @Test
    void aTokenCannotCreateTokensButCanListAndRevokeItsOwn() {
        String email = TestData.uniqueEmail("token-mint");
        TestData.facilitator(email);
        JsonPath token = create(facilitator(email), "script", 7);
        String secret = token.getString("token");
        bearer(secret).contentType(ContentType.JSON).body(Map.of("name", "another", "validityDays", 365))
                .post("/api/account/tokens").then().statusCode(403).contentType(startsWith(PROBLEM))
                .body("detail", containsString("cannot create tokens"));
        bearer(secret).get("/api/account/tokens").then().statusCode(200).body("size()", equalTo(1));
        bearer(secret).delete("/api/account/tokens/" + token.getLong("id")).then().statusCode(204);
        bearer(secret).get("/api/account/tokens").then().statusCode(401);
    }

    @Test
    void badRequestsNameTheField() {
        String email = TestData.uniqueEmail("token-invalid");
        TestData.facilitator(email);
        facilitator(email).contentType(ContentType.JSON).body(Map.of("validityDays", 30))
                .post("/api/account/tokens").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("name"));
        facilitator(email).contentType(ContentType.JSON).body(Map.of("name", " ", "validityDays", 30))
                .post("/api/account/tokens").then().statusCode(422).body("errors[0].field", equalTo("name"));
        facilitator(email).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101), "validityDays", 30))
                .post("/api/account/tokens").then().statusCode(422).body("errors[0].field", equalTo("name"));
        for (Object days : new Object[] { 0, 366, -5 }) {
            facilitator(email).contentType(ContentType.JSON).body(Map.of("name", "trop long", "validityDays", days))
                    .post("/api/account/tokens").then().statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors[0].field", equalTo("validityDays"));
        }
        facilitator(email).contentType(ContentType.JSON).body(Map.of("name", "sans durée"))
                .post("/api/account/tokens").then().statusCode(422).body("errors[0].field", equalTo("validityDays"));
        facilitator(email).contentType(ContentType.JSON).body("{\"name\": \"x\", \"validityDays\": \"un an\"}")
                .post("/api/account/tokens").then().statusCode(400).contentType(startsWith(PROBLEM));
        facilitator(email).get("/api/account/tokens").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void oneAccountCannotRevokeAnothersTokenButAnAdminCan() {
        String owner = TestData.uniqueEmail("token-owner");
        long ownerId = TestData.facilitator(owner);
        String other = TestData.uniqueEmail("token-other");
        TestData.facilitator(other);
        JsonPath token = create(facilitator(owner), "à protéger", 7);
        long id = token.getLong("id");
        facilitator(other).delete("/api/account/tokens/" + id).then().statusCode(404).contentType(startsWith(PROBLEM));
        bearer(token.getString("token")).get("/api/organizations").then().statusCode(200);
        // the admin sees it (without its secret) and revokes it
        String listed = admin().get("/api/users/" + ownerId + "/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("à protéger")).extract().asString();
        assertFalse(listed.contains(token.getString("token").substring(4)));
        admin().delete("/api/users/" + ownerId + "/tokens/" + id).then().statusCode(204);
        bearer(token.getString("token")).get("/api/organizations").then().statusCode(401);
        admin().get("/api/users/" + Long.MAX_VALUE + "/tokens").then().statusCode(404);
        admin().delete("/api/users/" + ownerId + "/tokens/" + Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void unknownAndMalformedTokensAreRefusedAndInvitationTokensStillWork() {
        String forged = ApiTokenService.TOKEN_PREFIX + "A".repeat(43);
        bearer(forged).get("/api/organizations").then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", notNullValue());
        bearer("odm_short").get("/api/organizations").then().statusCode(401);
        // an invitation link's token (odmi_) is still an invitation token
        long org = TestData.organization("Commune jeton " + System.nanoTime());
        long campaign = TestData.campaign("Campagne jeton " + System.nanoTime());
        long diagnostic = TestData.diagnostic(org, campaign, "self-assessment", null);
        String invitation = TestData.invitation(diagnostic);
        bearer(invitation).get("/api/diagnostics/" + diagnostic).then().statusCode(200);
    }

    @Test
    void aTokenIsForTheApiOnlyNotForThePages() {
        String secret = create(admin(), "pas pour les pages", 7).getString("token");
        Response page = RestAssured.given().redirects().follow(false).header("Authorization", "Bearer " + secret)
                .accept("text/html").get("/admin");
        assertNotEquals(200, page.statusCode(), page.asString());
        bearer(secret).get("/api/users").then().statusCode(200);
    }

    @Test
    void eachAccountHasABoundedNumberOfLiveTokens() {
        String email = TestData.uniqueEmail("token-cap");
        TestData.facilitator(email);
        for (int i = 0; i < 20; i++) {
            create(facilitator(email), "jeton " + i, 7);
        }
        facilitator(email).contentType(ContentType.JSON).body(Map.of("name", "un de trop", "validityDays", 7))
                .post("/api/account/tokens").then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("tokens"));
        long first = facilitator(email).get("/api/account/tokens").then().extract().jsonPath().getLong("[0].id");
        facilitator(email).delete("/api/account/tokens/" + first).then().statusCode(204);
        create(facilitator(email), "à nouveau possible", 7);
    }
}
