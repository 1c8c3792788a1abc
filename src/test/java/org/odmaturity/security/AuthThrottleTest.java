package org.odmaturity.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The password throttle and the remembered HTTP Basic successes, with small budgets (3 failures per email, 6 per
 * address, an 8-second window) and 127.0.0.1 trusted as a proxy, so that each test speaks from addresses of its own
 * ({@code X-Forwarded-For}). bcrypt runs are counted by {@link UserService#bcryptChecks()}; times are measured too.
 */
@QuarkusTest
@TestProfile(AuthThrottleTest.SmallBudgets.class)
class AuthThrottleTest {

    public static final class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odm.auth.throttle.account-failures", "3",
                    "odm.auth.throttle.address-failures", "6",
                    "odm.auth.throttle.window", "PT8S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    UserService users;

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification basic(String email, String password, String address) {
        return TestData.as(email, password).header("X-Forwarded-For", address);
    }

    private static int median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return (int) (sorted.get(sorted.size() / 2) / 1_000_000);
    }

    @Test
    void basicFailuresAreThrottledThenRefusedWithoutBcryptUntilTheWindowEnds() throws Exception {
        String email = TestData.uniqueEmail("throttle-basic");
        TestData.facilitator(email);
        String address = newAddress();
        List<Long> checked = new ArrayList<>();
        long before = users.bcryptChecks();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            basic(email, "wrong-guess-" + i, address).get("/api/organizations").then().statusCode(401);
            checked.add(System.nanoTime() - start);
        }
        assertEquals(3, users.bcryptChecks() - before, "each of the three failures ran bcrypt");

        long spent = users.bcryptChecks();
        List<Long> refused = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            last = basic(email, "wrong-again-" + i, address).get("/api/organizations");
            refused.add(System.nanoTime() - start);
            assertEquals(429, last.statusCode(), last.asString());
        }
        last.then().contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:od-maturity:problem:too-many-attempts"));
        int retryAfter = Integer.parseInt(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 8, "Retry-After " + retryAfter);
        // the right password too: a guesser learns nothing; from another address as well (the email's budget)
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(429);
        basic(email, TestData.password(email), newAddress()).get("/api/organizations").then().statusCode(429);
        assertEquals(spent, users.bcryptChecks(), "no bcrypt ran for a refused attempt");
        int bcryptMs = median(checked);
        int refusedMs = median(refused);
        System.out.printf("throttle: median failed check %d ms (bcrypt), median refused attempt %d ms%n", bcryptMs,
                refusedMs);
        assertTrue(refusedMs * 3 <= bcryptMs, "a refusal (" + refusedMs + " ms) must cost far less than a bcrypt check ("
                + bcryptMs + " ms)");

        // once the window has passed (Retry-After said when), the right password works again
        Response waiting = basic(email, TestData.password(email), address).get("/api/organizations");
        assertEquals(429, waiting.statusCode());
        Thread.sleep(Integer.parseInt(waiting.header("Retry-After")) * 1000L + 300);
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
    }

    @Test
    void oneAddressGuessingManyEmailsIsThrottledOtherAddressesAreNot() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            basic(TestData.uniqueEmail("nobody"), "whatever-password", address).get("/api/organizations").then()
                    .statusCode(401);
        }
        long spent = users.bcryptChecks();
        // spent: even the admin's right password from that address is refused, without bcrypt
        basic(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD, address).get("/api/organizations").then()
                .statusCode(429);
        basic(TestData.uniqueEmail("nobody"), "whatever-password", address).get("/api/organizations").then()
                .statusCode(429);
        assertEquals(spent, users.bcryptChecks());
        // another address is not affected
        basic(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD, newAddress()).get("/api/organizations").then()
                .statusCode(200);
    }

    @Test
    void aSuccessForgetsTheEmailsFailuresNotTheAddresss() {
        String email = TestData.uniqueEmail("throttle-reset");
        TestData.facilitator(email);
        String address = newAddress();
        // four failures for the email in two rounds: past its budget of 3, were it not reset by each success
        for (int round = 0; round < 2; round++) {
            basic(email, "wrong-1", address).get("/api/organizations").then().statusCode(401);
            basic(email, "wrong-2", address).get("/api/organizations").then().statusCode(401);
            basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        }
        basic(email, "wrong-3", address).get("/api/organizations").then().statusCode(401);
        basic(email, "wrong-4", address).get("/api/organizations").then().statusCode(401);
        // six failures from that address in all: its budget is spent though the email's was reset by each success
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(429);
    }

    @Test
    void theWebSignInSharesTheThrottleBothWays() {
        // failures with HTTP Basic close the sign-in form for that email
        String email = TestData.uniqueEmail("throttle-web");
        TestData.facilitator(email);
        for (int i = 0; i < 3; i++) {
            basic(email, "wrong-" + i, newAddress()).get("/api/organizations").then().statusCode(401);
        }
        Response refused = signIn(email, TestData.password(email), newAddress());
        assertEquals(429, refused.statusCode());
        assertTrue(refused.header("Retry-After") != null);
        assertNull(refused.cookie(WebSession.COOKIE));
        assertTrue(refused.asString().contains("Trop de tentatives de connexion"), refused.asString());

        // and failures on the form close HTTP Basic
        String other = TestData.uniqueEmail("throttle-web2");
        TestData.facilitator(other);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, signIn(other, "guess-" + i, newAddress()).statusCode());
        }
        basic(other, TestData.password(other), newAddress()).get("/api/organizations").then().statusCode(429);
        // the others are not slowed down
        assertEquals(303, signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD, newAddress()).statusCode());
    }

    @Test
    void aRightBasicPasswordRunsBcryptOnceThenIsRemembered() {
        String email = TestData.uniqueEmail("cache");
        TestData.facilitator(email);
        String address = newAddress();
        long before = users.bcryptChecks();
        long start = System.nanoTime();
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        long first = System.nanoTime() - start;
        assertEquals(1, users.bcryptChecks() - before);
        List<Long> next = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            start = System.nanoTime();
            basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
            next.add(System.nanoTime() - start);
        }
        assertEquals(1, users.bcryptChecks() - before, "remembered: no bcrypt for the next 20 requests");
        System.out.printf("basic cache: first request %d ms, next ones median %d ms%n", first / 1_000_000,
                median(next));
        // a wrong password is still checked (and refused), the remembered one does not open the door to it
        basic(email, TestData.password(email) + "x", address).get("/api/organizations").then().statusCode(401);
        assertEquals(2, users.bcryptChecks() - before);
    }

    @Test
    void aNewPasswordOrADeactivationEndsTheRememberedCheck() {
        String email = TestData.uniqueEmail("cache-reset");
        long id = TestData.facilitator(email);
        String address = newAddress();
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        users.setPassword(id, "a-brand-new-password");
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(401);
        basic(email, "a-brand-new-password", address).get("/api/organizations").then().statusCode(200);
        basic(email, "a-brand-new-password", address).get("/api/organizations").then().statusCode(200);
        users.deactivate(id, null);
        basic(email, "a-brand-new-password", address).get("/api/organizations").then().statusCode(401);
    }

    @Test
    void aRememberedCheckIsRevalidatedAgainstTheStoredAccount() {
        // another instance changed the password: this one was not told, but the stored hash no longer matches
        String email = TestData.uniqueEmail("cache-other-instance");
        long id = TestData.facilitator(email);
        String address = newAddress();
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        changePasswordBehindTheCachesBack(id);
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(401);
    }

    @Test
    void aRememberedCheckEndsWhenAnotherInstanceDeactivatesTheAccount() {
        // another instance deactivated the account: this one was not told, but the stored account is inactive
        String email = TestData.uniqueEmail("cache-other-deactivation");
        long id = TestData.facilitator(email);
        String address = newAddress();
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findById(id);
            user.active = false;
        });
        basic(email, TestData.password(email), address).get("/api/organizations").then().statusCode(401);
    }

    private static void changePasswordBehindTheCachesBack(long id) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findById(id);
            user.passwordHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("changed-elsewhere-1", 4);
        });
    }

    private static Response signIn(String email, String password, String address) {
        Response form = RestAssured.given().redirects().follow(false).get("/connexion");
        return RestAssured.given().redirects().follow(false).cookie("odm_login", form.cookie("odm_login"))
                .header("Origin", Browser.baseUrl()).header("X-Forwarded-For", address)
                .formParam("_csrf", WebSession.csrfOf(form.asString()))
                .formParam("email", email).formParam("password", password).post("/connexion");
    }
}
