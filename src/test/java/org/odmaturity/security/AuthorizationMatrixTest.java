package org.odmaturity.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.as;
import static org.odmaturity.testsupport.TestData.bearer;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;
import org.odmaturity.monitoring.MetricsConfig;
import org.odmaturity.organization.OrganizationResource;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The rule of the issue, proven for every endpoint: "every endpoint has an explicit role rule and a test proving another
 * organisation cannot read or write".
 *
 * <p>World: organisations A and B with one diagnostic each in the same campaign; facilitator F1 assigned to A's
 * diagnostic, F2 assigned to nothing; an invitation link for A and one for B; a revoked link and an expired link (both
 * of A, both proven to have worked before); personal API tokens of F1 and of the admin, whose expected answers are their
 * account's unless a row says otherwise, and a forged, a revoked and an expired API token (both proven to have worked).
 *
 * <p>The matrix: every non-public endpoint (cross-checked against the resource classes by reflection, so a new endpoint
 * without a row fails {@link #theMatrixCoversEveryNonPublicEndpoint()}) × every kind of caller. What each answer means:
 * <ul>
 * <li><b>401</b>: no credentials or credentials that are not accepted (wrong password, unknown account, revoked,
 * expired, malformed, forged or foreign bearer token). Never anything else, whatever the endpoint or the target.</li>
 * <li><b>403</b>: the caller's role may never do this ({@code @RolesAllowed} refuses before anything is looked up, so
 * it reveals nothing about the target). {@code DiagnosticAccess} also answers 403 when the caller may read the
 * diagnostic but not do this (manage, reopen); today those paths are already closed by {@code @RolesAllowed}, which
 * the matrix shows: every 403 below comes from the role rule.</li>
 * <li><b>404</b>: the role may act on diagnostics, but not on this one: {@code DiagnosticAccess} answers "no such
 * diagnostic", exactly as for an id that does not exist, so that a caller does not even learn it exists.</li>
 * <li><b>2xx</b>: allowed; each row first puts its target in the state where the action succeeds (draft and complete
 * before a submit, submitted before a validation…), so that a refusal can never be mistaken for a state error.</li>
 * </ul>
 * Every refusal must be a problem ({@code application/problem+json}) naming neither organisation, and a respondent's
 * answers must never carry the other organisation's name.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    InvitationClockHelper clock;

    @Inject
    org.odmaturity.security.token.TokenClockHelper tokenClock;

    /** Who calls. The first ones present no acceptable credentials. */
    enum Who {
        ANONYMOUS("anon", true),
        WRONG_PASSWORD("badpw", true),
        UNKNOWN_ACCOUNT("nouser", true),
        MALFORMED_BEARER("malf", true),
        FOREIGN_BEARER("foreign", true),
        FORGED_LINK("forged", true),
        REVOKED_LINK("revoked", true),
        EXPIRED_LINK("expired", true),
        FORGED_TOKEN("tforged", true),
        REVOKED_TOKEN("trevoked", true),
        EXPIRED_TOKEN("texpired", true),
        RESPONDENT_A("respA", false),
        RESPONDENT_B("respB", false),
        FACILITATOR_F1("F1", false),
        FACILITATOR_F2("F2", false),
        ADMIN("admin", false),
        /** F1's and the admin's personal API tokens: what their account may, unless a row says otherwise. */
        TOKEN_F1("tokF1", false),
        TOKEN_ADMIN("tokAdm", false);

        final String shortName;
        final boolean unauthenticated;

        /** The caller whose expectation applies when a row names none for this one (a token: its account). */
        Who sameAs() {
            return this == TOKEN_F1 ? FACILITATOR_F1 : this == TOKEN_ADMIN ? ADMIN : null;
        }

        Who(String shortName, boolean unauthenticated) {
            this.shortName = shortName;
            this.unauthenticated = unauthenticated;
        }
    }

    /** The expected class of answer. */
    enum Expect {
        OK("2xx"), UNAUTHORIZED("401"), FORBIDDEN("403"), NOT_FOUND("404");

        final String label;

        Expect(String label) {
            this.label = label;
        }

        boolean matches(int status) {
            return switch (this) {
                case OK -> status >= 200 && status < 300;
                case UNAUTHORIZED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
            };
        }
    }

    /** The fixture, built once through the API (and one database shortcut: the expired link). */
    static final class World {
        final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        final String orgAName = "Commune Alpha-" + suffix;
        final String orgBName = "Commune Bravo-" + suffix;
        long orgA;
        long orgB;
        String sirenA;
        long campaign;
        String campaignName;
        long earlierCampaign;
        long closedCampaign;
        String f1Email;
        String f2Email;
        long f1;
        long f2;
        long diagA;
        long diagB;
        String tokenA;
        String tokenB;
        String revokedToken;
        String expiredToken;
        long victimA;
        long victimB;
        String forgedToken;
        String apiTokenF1;
        String apiTokenAdmin;
        String revokedApiToken;
        String expiredApiToken;
        long victimApiTokenF1;
    }

    private static World world;

    private synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private World build() {
        World w = new World();
        w.orgA = TestData.organization(w.orgAName);
        w.orgB = TestData.organization(w.orgBName);
        w.sirenA = admin().get("/api/organizations/" + w.orgA).then().statusCode(200).extract().path("siren");
        w.campaignName = "Campagne matrice " + w.suffix;
        w.campaign = TestData.campaign(w.campaignName);
        w.earlierCampaign = TestData.campaign("Campagne matrice précédente " + w.suffix);
        // a closed campaign: the one whose open data the admin may publish
        String closedName = "Campagne matrice close " + w.suffix;
        w.closedCampaign = TestData.campaign(closedName);
        admin().contentType(ContentType.JSON).header("If-Match", etag("/api/campaigns/" + w.closedCampaign))
                .body(Map.of("name", closedName, "year", 2026, "status", "closed",
                        "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .put("/api/campaigns/" + w.closedCampaign).then().statusCode(200);
        w.f1Email = TestData.uniqueEmail("f1-matrix");
        w.f2Email = TestData.uniqueEmail("f2-matrix");
        w.f1 = TestData.facilitator(w.f1Email);
        w.f2 = TestData.facilitator(w.f2Email);
        w.diagA = TestData.diagnostic(w.orgA, w.campaign, "self-assessment", w.f1);
        w.diagB = TestData.diagnostic(w.orgB, w.campaign, "self-assessment", null);
        w.tokenA = TestData.invitation(w.diagA);
        w.tokenB = TestData.invitation(w.diagB);

        JsonPath revoked = link(w.diagA, "revoked");
        w.revokedToken = revoked.getString("token");
        bearer(w.revokedToken).get("/api/diagnostics/" + w.diagA).then().statusCode(200);
        admin().delete("/api/invitations/" + revoked.getLong("id")).then().statusCode(204);

        JsonPath expired = link(w.diagA, "expired");
        w.expiredToken = expired.getString("token");
        bearer(w.expiredToken).get("/api/diagnostics/" + w.diagA).then().statusCode(200);
        clock.expire(expired.getLong("id"));

        w.victimA = link(w.diagA, "to be revoked by the matrix").getLong("id");
        w.victimB = link(w.diagB, "to be revoked by the matrix").getLong("id");
        // the shape of a real token (prefix + 43 base64url characters), but issued by no one
        w.forgedToken = InvitationService.TOKEN_PREFIX + "A".repeat(20) + w.suffix + "B".repeat(23 - w.suffix.length());
        assertEquals(InvitationService.TOKEN_PREFIX.length() + 43, w.forgedToken.length());
        w.apiTokenF1 = apiToken(as(w.f1Email, TestData.password(w.f1Email)), "matrix F1").getString("token");
        w.apiTokenAdmin = apiToken(admin(), "matrix admin").getString("token");
        JsonPath revokedApi = apiToken(as(w.f2Email, TestData.password(w.f2Email)), "matrix revoked");
        w.revokedApiToken = revokedApi.getString("token");
        bearer(w.revokedApiToken).get("/api/organizations").then().statusCode(200);
        as(w.f2Email, TestData.password(w.f2Email)).delete("/api/account/tokens/" + revokedApi.getLong("id")).then()
                .statusCode(204);
        JsonPath expiredApi = apiToken(admin(), "matrix expired");
        w.expiredApiToken = expiredApi.getString("token");
        bearer(w.expiredApiToken).get("/api/organizations").then().statusCode(200);
        tokenClock.expire(expiredApi.getLong("id"));
        w.victimApiTokenF1 = apiToken(as(w.f1Email, TestData.password(w.f1Email)), "matrix victim").getLong("id");
        return w;
    }

    private static long[] mailWorld;

    /** The campaign emails' rows: a campaign, an organisation with a contact address, its queued invitation. */
    private static synchronized long[] mailWorld() {
        if (mailWorld == null) {
            long campaign = TestData.campaign("Campagne matrice courriels " + COUNTER.incrementAndGet());
            Map<String, Object> body = organizationBody("Organisation matrice courriels " + COUNTER.incrementAndGet(),
                    TestData.newSiren());
            body.put("contactEmail", "contact-matrice@od-maturity.test");
            long organization = admin().contentType(ContentType.JSON).body(body).post("/api/organizations").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            TestData.diagnostic(organization, campaign, "self-assessment", null);
            long message = admin().contentType(ContentType.JSON).body(Map.of("kind", "invitation"))
                    .post("/api/campaigns/" + campaign + "/messages").then().statusCode(202).extract().jsonPath()
                    .getLong("messageIds[0]");
            mailWorld = new long[] { campaign, message };
        }
        return mailWorld;
    }

    private static JsonPath apiToken(RequestSpecification who, String name) {
        return who.contentType(ContentType.JSON).body(Map.of("name", name, "validityDays", 30))
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath link(long diagnostic, String label) {
        return admin().contentType(ContentType.JSON).body(Map.of("label", label))
                .post("/api/diagnostics/" + diagnostic + "/invitations").then().statusCode(201).extract().jsonPath();
    }

    private static RequestSpecification caller(Who who, World w) {
        return switch (who) {
            case ANONYMOUS -> RestAssured.given();
            case WRONG_PASSWORD -> as(w.f1Email, "not-the-password-of-f1");
            case UNKNOWN_ACCOUNT -> as("nobody-" + w.suffix + "@od-maturity.test", "whatever-password");
            case MALFORMED_BEARER -> RestAssured.given().header("Authorization", "Bearer odmi_not a token at all");
            case FOREIGN_BEARER -> RestAssured.given().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
            case FORGED_LINK -> bearer(w.forgedToken);
            case REVOKED_LINK -> bearer(w.revokedToken);
            case EXPIRED_LINK -> bearer(w.expiredToken);
            case RESPONDENT_A -> bearer(w.tokenA);
            case RESPONDENT_B -> bearer(w.tokenB);
            case FACILITATOR_F1 -> as(w.f1Email, TestData.password(w.f1Email));
            case FACILITATOR_F2 -> as(w.f2Email, TestData.password(w.f2Email));
            case ADMIN -> admin();
            case FORGED_TOKEN -> bearer("odm_" + "C".repeat(30) + "D".repeat(13));
            case REVOKED_TOKEN -> bearer(w.revokedApiToken);
            case EXPIRED_TOKEN -> bearer(w.expiredApiToken);
            case TOKEN_F1 -> bearer(w.apiTokenF1);
            case TOKEN_ADMIN -> bearer(w.apiTokenAdmin);
        };
    }

    // ------------------------------------------------------------------------------------------ state helpers (admin)

    private static String diagnosticPath(long id) {
        return "/api/diagnostics/" + id;
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String status(long diagnostic) {
        return admin().get(diagnosticPath(diagnostic)).then().statusCode(200).extract().path("status");
    }

    private static void ensureDraft(long diagnostic) {
        if (!"draft".equals(status(diagnostic))) {
            admin().header("If-Match", etag(diagnosticPath(diagnostic))).post(diagnosticPath(diagnostic) + "/reopen")
                    .then().statusCode(200);
        }
    }

    /** A draft with every required question answered: a submit would succeed. */
    private static void ensureDraftAndComplete(long diagnostic) {
        ensureDraft(diagnostic);
        admin().contentType(ContentType.JSON).header("If-Match", etag(diagnosticPath(diagnostic)))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                        + " {\"question\": \"publie\", \"value\": false}]}")
                .patch(diagnosticPath(diagnostic) + "/answers").then().statusCode(200);
    }

    /** Submitted: a validation or a reopening would succeed. */
    private static void ensureSubmitted(long diagnostic) {
        String status = status(diagnostic);
        if ("submitted".equals(status)) {
            return;
        }
        ensureDraftAndComplete(diagnostic);
        admin().header("If-Match", etag(diagnosticPath(diagnostic))).post(diagnosticPath(diagnostic) + "/submit")
                .then().statusCode(200);
    }

    /** Validated: its plan may be followed up. */
    private static void ensureValidated(long diagnostic) {
        if ("validated".equals(status(diagnostic))) {
            return;
        }
        ensureSubmitted(diagnostic);
        admin().header("If-Match", etag(diagnosticPath(diagnostic))).post(diagnosticPath(diagnostic) + "/validate")
                .then().statusCode(200);
    }

    /** The key of the first action of the diagnostic's plan. */
    private static String followUpKey(long diagnostic) {
        String key = admin().get(diagnosticPath(diagnostic) + "/plan/follow-up").then().statusCode(200).extract()
                .jsonPath().getString("actions[0].key");
        if (key == null) {
            throw new AssertionError("the plan of diagnostic " + diagnostic + " has no action to follow up");
        }
        return key;
    }

    private static String export(long diagnostic) {
        return admin().get(diagnosticPath(diagnostic) + "/export").then().statusCode(200).extract().asString();
    }

    // --------------------------------------------------------------------------------------------------- the matrix

    /** One row: an endpoint called on a target, and what each caller must get. */
    static final class Case {
        final String method;
        final String template;
        final String target;
        Function<World, String> path;
        Function<World, Object> body;
        Function<World, Map<String, String>> headers = w -> Map.of();
        /** The body's media type (JSON unless said). */
        String contentType;
        Consumer<World> prepare = w -> {
        };
        final EnumMap<Who, Expect> expect = new EnumMap<>(Who.class);
        /** Further checks on an answer; returns a failure message or null. */
        BiFunction<Who, Response, String> check = (who, response) -> null;

        Case(String method, String template, String target) {
            this.method = method;
            this.template = template;
            this.target = target;
            for (Who who : Who.values()) {
                if (who.unauthenticated) {
                    expect.put(who, Expect.UNAUTHORIZED);
                }
            }
        }

        /** What this caller must get: its own expectation, or its account's for a token (see {@link Who#sameAs()}). */
        Expect expectation(Who who) {
            Expect own = expect.get(who);
            return own != null || who.sameAs() == null ? own : expect.get(who.sameAs());
        }

        Case path(Function<World, String> path) {
            this.path = path;
            return this;
        }

        Case body(Function<World, Object> body) {
            this.body = body;
            return this;
        }

        Case headers(Function<World, Map<String, String>> headers) {
            this.headers = headers;
            return this;
        }

        Case contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        Case prepare(Consumer<World> prepare) {
            this.prepare = prepare;
            return this;
        }

        Case check(BiFunction<Who, Response, String> check) {
            this.check = check;
            return this;
        }

        Case allow(Who... callers) {
            return set(Expect.OK, callers);
        }

        /** The role may never do this: {@code @RolesAllowed}. */
        Case forbid(Who... callers) {
            return set(Expect.FORBIDDEN, callers);
        }

        /** The role may act, but not on this target: {@code DiagnosticAccess} hides it. */
        Case hide(Who... callers) {
            return set(Expect.NOT_FOUND, callers);
        }

        private Case set(Expect e, Who... callers) {
            for (Who who : callers) {
                if (who.unauthenticated) {
                    throw new IllegalArgumentException(who + " is always 401");
                }
                if (expect.put(who, e) != null) {
                    throw new IllegalArgumentException(label() + ": two expectations for " + who);
                }
            }
            return this;
        }

        String label() {
            return method + " " + template + (target.isEmpty() ? "" : " [" + target + "]");
        }
    }

    private static Case row(String method, String template, String target) {
        return new Case(method, template, target);
    }

    private static Map<String, Object> organizationBody(String name, String siren) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("siren", siren);
        body.put("type", "commune");
        body.put("departement", "67");
        body.put("region", "Grand Est");
        body.put("population", 1200);
        return body;
    }

    private static Map<String, Object> campaignBody(String name) {
        return Map.of("name", name, "year", 2026, "status", "open",
                "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1));
    }

    /** Whether an export's CSV has the organisations a caller may read individually, and no other. */
    private static String exportedRows(Who who, String csv, World w) {
        boolean a = csv.contains(w.orgAName);
        boolean b = csv.contains(w.orgBName);
        boolean expected = switch (who) {
            case ADMIN -> a && b;
            case FACILITATOR_F1 -> a && !b;
            default -> !a && !b;
        };
        return expected ? null : "the export has A: " + a + ", B: " + b;
    }

    private static List<Long> ids(Response response) {
        return response.jsonPath().getList("id", Long.class);
    }

    /** The rows that act on one organisation's diagnostic; {@code own} opens it, {@code other} does not. */
    private static List<Case> diagnosticRows(String target, Function<World, Long> diagnostic,
            Function<World, Long> victim, Who ownRespondent, Who otherRespondent, Who[] managers, Who[] hidden) {
        Function<World, String> path = w -> diagnosticPath(diagnostic.apply(w));
        Who[] readers = Stream.concat(Stream.of(managers), Stream.of(ownRespondent)).toArray(Who[]::new);
        Who[] hiddenReaders = Stream.concat(Stream.of(hidden), Stream.of(otherRespondent)).toArray(Who[]::new);
        Who[] respondents = { ownRespondent, otherRespondent };
        List<Case> rows = new ArrayList<>();
        rows.add(row("GET", "/api/diagnostics/{id}", target).path(path)
                .allow(readers).hide(hiddenReaders)
                .check((who, r) -> r.statusCode() == 200 && r.jsonPath().getLong("id") != diagnostic.apply(world)
                        ? "returned diagnostic " + r.jsonPath().getLong("id") : null));
        rows.add(row("PATCH", "/api/diagnostics/{id}/answers", target).path(w -> path.apply(w) + "/answers")
                .prepare(w -> ensureDraft(diagnostic.apply(w)))
                .headers(w -> Map.of("If-Match", etag(path.apply(w))))
                .body(w -> "{\"answers\": [{\"question\": \"budget\", \"value\": true}]}")
                .allow(readers).hide(hiddenReaders));
        rows.add(row("POST", "/api/diagnostics/{id}/submit", target).path(w -> path.apply(w) + "/submit")
                .prepare(w -> ensureDraftAndComplete(diagnostic.apply(w)))
                .headers(w -> Map.of("If-Match", etag(path.apply(w))))
                .allow(readers).hide(hiddenReaders));
        rows.add(row("POST", "/api/diagnostics/{id}/validate", target).path(w -> path.apply(w) + "/validate")
                .prepare(w -> ensureSubmitted(diagnostic.apply(w)))
                .headers(w -> Map.of("If-Match", etag(path.apply(w))))
                .allow(managers).forbid(respondents).hide(hidden));
        // the facilitator's points (issue 15 §6): an empty batch on a submitted diagnostic, so that 2xx proves the rule
        rows.add(row("PUT", "/api/diagnostics/{id}/assessments", target).path(w -> path.apply(w) + "/assessments")
                .prepare(w -> ensureSubmitted(diagnostic.apply(w)))
                .headers(w -> Map.of("If-Match", etag(path.apply(w))))
                .body(w -> Map.of("assessments", List.of()))
                .allow(managers).forbid(respondents).hide(hidden));
        rows.add(row("POST", "/api/diagnostics/{id}/reopen", target).path(w -> path.apply(w) + "/reopen")
                .prepare(w -> ensureSubmitted(diagnostic.apply(w)))
                .headers(w -> Map.of("If-Match", etag(path.apply(w))))
                .allow(Who.ADMIN).forbid(Who.FACILITATOR_F1, Who.FACILITATOR_F2, Who.RESPONDENT_A, Who.RESPONDENT_B));
        // handing over to the facilitator it already has: the world stays as it is
        rows.add(row("PUT", "/api/diagnostics/{id}/facilitator", target).path(w -> path.apply(w) + "/facilitator")
                .body(w -> "{\"facilitatorId\": " + admin().get(path.apply(w)).then().extract().jsonPath()
                        .getString("facilitator.id") + "}")
                .allow(Who.ADMIN).forbid(Who.FACILITATOR_F1, Who.FACILITATOR_F2, Who.RESPONDENT_A, Who.RESPONDENT_B));
        rows.add(row("PUT", "/api/diagnostics/{id}/deadline", target).path(w -> path.apply(w) + "/deadline")
                .body(w -> "{\"deadline\": null}")
                .allow(Who.ADMIN).forbid(Who.FACILITATOR_F1, Who.FACILITATOR_F2, Who.RESPONDENT_A, Who.RESPONDENT_B));
        rows.add(row("GET", "/api/diagnostics/{id}/history", target).path(w -> path.apply(w) + "/history")
                .allow(readers).hide(hiddenReaders));
        rows.add(row("GET", "/api/diagnostics/{id}/export", target).path(w -> path.apply(w) + "/export")
                .allow(managers).forbid(respondents).hide(hidden));
        rows.add(row("POST", "/api/diagnostics/import", target).path(w -> "/api/diagnostics/import")
                .prepare(w -> ensureDraft(diagnostic.apply(w)))
                .body(w -> export(diagnostic.apply(w)))
                .allow(managers).forbid(respondents).hide(hidden)
                .check((who, r) -> r.statusCode() / 100 == 2 && r.jsonPath().getLong("id") != diagnostic.apply(world)
                        ? "the import did not go back into its diagnostic" : null));
        rows.add(row("POST", "/api/diagnostics/{id}/invitations", target).path(w -> path.apply(w) + "/invitations")
                .body(w -> Map.of("label", "matrix"))
                .allow(managers).forbid(respondents).hide(hidden));
        rows.add(row("GET", "/api/diagnostics/{id}/invitations", target).path(w -> path.apply(w) + "/invitations")
                .allow(managers).forbid(respondents).hide(hidden));
        // the improvement plan: read by whoever reads the diagnostic, curated by whoever manages it
        rows.add(row("GET", "/api/diagnostics/{id}/plan", target).path(w -> path.apply(w) + "/plan")
                .allow(readers).hide(hiddenReaders));
        rows.add(row("PUT", "/api/diagnostics/{id}/plan", target).path(w -> path.apply(w) + "/plan")
                .headers(w -> Map.of("If-Match", etag(path.apply(w) + "/plan")))
                .body(w -> Map.of("actions", List.of(Map.of("text", "Action de la matrice", "axis", "piloter")),
                        "targets", Map.of()))
                .allow(managers).forbid(respondents).hide(hidden));
        rows.add(row("POST", "/api/diagnostics/{id}/plan/regenerate", target)
                .path(w -> path.apply(w) + "/plan/regenerate")
                .headers(w -> Map.of("If-Match", etag(path.apply(w) + "/plan")))
                .allow(managers).forbid(respondents).hide(hidden));
        rows.add(row("GET", "/api/diagnostics/{id}/plan.pdf", target).path(w -> path.apply(w) + "/plan.pdf")
                .allow(readers).hide(hiddenReaders)
                .check((who, r) -> r.statusCode() == 200 && !r.asString().startsWith("%PDF")
                        ? "not a PDF: " + r.contentType() : null));
        // the follow-up of the plan: read by whoever reads the diagnostic, set once it is validated (links included)
        rows.add(row("GET", "/api/diagnostics/{id}/plan/follow-up", target).path(w -> path.apply(w) + "/plan/follow-up")
                .allow(readers).hide(hiddenReaders));
        rows.add(row("GET", "/api/diagnostics/{id}/plan/previous", target).path(w -> path.apply(w) + "/plan/previous")
                .allow(readers).hide(hiddenReaders));
        rows.add(row("PUT", "/api/diagnostics/{id}/plan/actions/{actionKey}/follow-up", target)
                .prepare(w -> ensureValidated(diagnostic.apply(w)))
                .path(w -> path.apply(w) + "/plan/actions/" + followUpKey(diagnostic.apply(w)) + "/follow-up")
                .headers(w -> Map.of("If-Match", "\"" + admin().get(path.apply(w) + "/plan/follow-up").then()
                        .statusCode(200).extract().jsonPath().getLong("actions[0].version") + "\""))
                .body(w -> Map.of("status", "in_progress", "note", "Matrice"))
                .allow(readers).hide(hiddenReaders));
        rows.add(row("DELETE", "/api/invitations/{invitationId}", target)
                .path(w -> "/api/invitations/" + victim.apply(w))
                .allow(managers).forbid(respondents).hide(hidden));
        return rows;
    }

    static List<Case> cases() {
        Who[] accounts = { Who.ADMIN, Who.FACILITATOR_F1, Who.FACILITATOR_F2 };
        Who[] facilitators = { Who.FACILITATOR_F1, Who.FACILITATOR_F2 };
        Who[] respondents = { Who.RESPONDENT_A, Who.RESPONDENT_B };
        List<Case> rows = new ArrayList<>();

        // the Prometheus metrics (Micrometer's route, not a resource: security.MetricsAccess): admins only, by Basic or
        // with their personal API token (Prometheus's bearer); not anonymous unless odm.metrics.public=true
        rows.add(row("GET", MetricsConfig.PATH, "").path(w -> MetricsConfig.PATH)
                .check((who, response) -> who != Who.ADMIN || response.asString().contains("odm_answers_saved_total")
                        ? null : "no application meter in the admin's scrape")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // organisations: admins manage, facilitators look up, respondents have no business there
        rows.add(row("POST", "/api/organizations", "").path(w -> "/api/organizations")
                .body(w -> organizationBody("Organisation matrice " + COUNTER.incrementAndGet(), TestData.newSiren()))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/organizations", "").path(w -> "/api/organizations")
                .allow(accounts).forbid(respondents));
        rows.add(row("GET", "/api/organizations/{id}", "A").path(w -> "/api/organizations/" + w.orgA)
                .allow(accounts).forbid(respondents));
        rows.add(row("PUT", "/api/organizations/{id}", "A").path(w -> "/api/organizations/" + w.orgA)
                .headers(w -> Map.of("If-Match", etag("/api/organizations/" + w.orgA)))
                .body(w -> organizationBody(w.orgAName, w.sirenA))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // directory imports (CSV of organisations): admins only
        rows.add(row("POST", "/api/organization-imports", "").path(w -> "/api/organization-imports?dryRun=true")
                .contentType("text/csv")
                .body(w -> "siren;nom;type\n" + TestData.newSiren() + ";Commune de la matrice;commune\n")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/organization-imports", "").path(w -> "/api/organization-imports")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/organization-imports/{id}", "").path(w -> "/api/organization-imports/"
                + directoryImport()).allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/organization-imports/{id}/organizations", "")
                .path(w -> "/api/organization-imports/" + directoryImport() + "/organizations")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/organization-imports/{id}/report.csv", "")
                .path(w -> "/api/organization-imports/" + directoryImport() + "/report.csv")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // personal data (docs/privacy.md): admins only
        rows.add(row("DELETE", "/api/organizations/{id}/contact", "A")
                .path(w -> "/api/organizations/" + w.orgA + "/contact")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("POST", "/api/privacy/subject-export", "").path(w -> "/api/privacy/subject-export")
                .body(w -> Map.of("email", "matrice-rgpd@od-maturity.test"))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("POST", "/api/privacy/subject-erasure", "").path(w -> "/api/privacy/subject-erasure")
                .body(w -> Map.of("email", "matrice-rgpd@od-maturity.test"))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("POST", "/api/privacy/purge", "").path(w -> "/api/privacy/purge")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // campaigns: same
        rows.add(row("POST", "/api/campaigns", "").path(w -> "/api/campaigns")
                .body(w -> campaignBody("Campagne matrice bis"))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/campaigns", "").path(w -> "/api/campaigns")
                .allow(accounts).forbid(respondents));
        rows.add(row("GET", "/api/campaigns/{id}", "").path(w -> "/api/campaigns/" + w.campaign)
                .allow(accounts).forbid(respondents));
        rows.add(row("PUT", "/api/campaigns/{id}", "").path(w -> "/api/campaigns/" + w.campaign)
                .headers(w -> Map.of("If-Match", etag("/api/campaigns/" + w.campaign)))
                .body(w -> campaignBody(w.campaignName))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // personal API tokens: each account its own (another's token id is "not found"); a token cannot create
        // tokens; admins list and revoke anyone's
        rows.add(row("GET", "/api/account/tokens", "").path(w -> "/api/account/tokens")
                .allow(accounts).forbid(respondents));
        rows.add(row("POST", "/api/account/tokens", "").path(w -> "/api/account/tokens")
                .body(w -> Map.of("name", "matrix " + COUNTER.incrementAndGet(), "validityDays", 1))
                .allow(accounts).forbid(respondents).forbid(Who.TOKEN_F1, Who.TOKEN_ADMIN));
        rows.add(row("DELETE", "/api/account/tokens/{tokenId}", "F1's").path(w -> "/api/account/tokens/"
                + w.victimApiTokenF1).allow(Who.FACILITATOR_F1).hide(Who.ADMIN, Who.FACILITATOR_F2)
                .forbid(respondents));
        rows.add(row("GET", "/api/users/{userId}/tokens", "F1").path(w -> "/api/users/" + w.f1 + "/tokens")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("DELETE", "/api/users/{userId}/tokens/{tokenId}", "F1's").path(w -> "/api/users/" + w.f1
                + "/tokens/" + w.victimApiTokenF1).allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // accounts: admins only
        rows.add(row("POST", "/api/users", "").path(w -> "/api/users")
                .body(w -> Map.of("email", TestData.uniqueEmail("matrix"), "displayName", "Compte matrice",
                        "password", "a-long-enough-password", "role", "facilitator"))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/users", "").path(w -> "/api/users")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // diagnostics: anyone with an account creates interviews (on a fresh organisation each time)
        rows.add(row("POST", "/api/diagnostics", "").path(w -> "/api/diagnostics")
                .body(w -> Map.of("organizationId", TestData.organization("Matrice " + COUNTER.incrementAndGet()),
                        "campaignId", w.campaign, "mode", "interview"))
                .allow(accounts).forbid(respondents));
        // the list: everyone, but each sees only what they may read
        rows.add(row("GET", "/api/diagnostics", "").path(w -> "/api/diagnostics")
                .allow(accounts).allow(respondents)
                .check((who, r) -> {
                    if (r.statusCode() != 200) {
                        return null;
                    }
                    List<Long> ids = ids(r);
                    World w = world;
                    return switch (who) {
                        case RESPONDENT_A -> ids.equals(List.of(w.diagA)) ? null : "respondent A lists " + ids;
                        case RESPONDENT_B -> ids.equals(List.of(w.diagB)) ? null : "respondent B lists " + ids;
                        case FACILITATOR_F1 -> ids.contains(w.diagA) && !ids.contains(w.diagB) ? null
                                : "F1 lists " + ids;
                        case FACILITATOR_F2 -> !ids.contains(w.diagA) && !ids.contains(w.diagB) ? null
                                : "F2 lists " + ids;
                        default -> ids.containsAll(List.of(w.diagA, w.diagB)) ? null : "admin lists " + ids;
                    };
                }));

        // comparisons: accounts read aggregates (under the anonymity rule for facilitators); an organisation's history
        // only through the diagnostics one may read, so F2 must not learn that A has any
        rows.add(row("GET", "/api/campaigns/{id}/results", "").path(w -> "/api/campaigns/" + w.campaign + "/results")
                .allow(accounts).forbid(respondents));
        rows.add(row("GET", "/api/campaigns/{id}/results/needs", "")
                .path(w -> "/api/campaigns/" + w.campaign + "/results/needs").allow(accounts).forbid(respondents));
        rows.add(row("GET", "/api/campaigns/{id}/results/evolution", "")
                .path(w -> "/api/campaigns/" + w.campaign + "/results/evolution?from=" + w.earlierCampaign)
                .allow(accounts).forbid(respondents));
        // the regional synthesis: the public audience's figures, whoever of the accounts asks
        rows.add(row("GET", "/api/campaigns/{id}/report.pdf", "")
                .path(w -> "/api/campaigns/" + w.campaign + "/report.pdf").allow(accounts).forbid(respondents)
                .check((who, r) -> r.statusCode() == 200 && !r.asString().startsWith("%PDF")
                        ? "not a PDF: " + r.contentType() : null));
        rows.add(row("GET", "/api/organizations/{id}/evolution", "A")
                .path(w -> "/api/organizations/" + w.orgA + "/evolution")
                .allow(Who.ADMIN, Who.FACILITATOR_F1).hide(Who.FACILITATOR_F2).forbid(respondents));
        // exports: accounts download them, with the rows of the diagnostics they may read individually only; with A's
        // and B's diagnostics submitted, the admin's CSV has both, F1's only A's, F2's neither (the workbook holds
        // the same rows: ExportsApiTest reads it back)
        for (String file : List.of("results.csv", "answers.csv", "results.xlsx")) {
            rows.add(row("GET", "/api/campaigns/{id}/" + file, "")
                    .path(w -> "/api/campaigns/" + w.campaign + "/" + file + "?status=submitted-or-validated")
                    .prepare(w -> {
                        ensureSubmitted(w.diagA);
                        ensureSubmitted(w.diagB);
                    })
                    .allow(accounts).forbid(respondents)
                    .check((who, r) -> r.statusCode() != 200 || file.endsWith(".xlsx") ? null
                            : exportedRows(who, r.asString(), world)));
        }

        // enrolment and progress (issue 13): admins enrol (idempotent: A is already enrolled, nothing changes);
        // accounts read the progress, with the rows of the diagnostics they may read only (admin: A and B; F1: A;
        // F2: none), in JSON and in CSV
        rows.add(row("POST", "/api/campaigns/{id}/enrolments", "").path(w -> "/api/campaigns/" + w.campaign
                + "/enrolments")
                .body(w -> Map.of("organizationIds", List.of(w.orgA), "mode", "self-assessment"))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents)
                .check((who, r) -> r.statusCode() == 200 && r.jsonPath().getInt("created") != 0
                        ? "the enrolment created a diagnostic for A again" : null));
        for (String progress : List.of("progress", "progress.csv")) {
            rows.add(row("GET", "/api/campaigns/{id}/" + progress, "")
                    .path(w -> "/api/campaigns/" + w.campaign + "/" + progress)
                    .allow(accounts).forbid(respondents)
                    .check((who, r) -> r.statusCode() != 200 ? null : exportedRows(who, r.asString(), world)));
        }

        // open data: only admins read a campaign's open data state, publish it (a closed campaign) and withdraw it;
        // the published files and their list are public (@PermitAll, outside this matrix)
        rows.add(row("GET", "/api/campaigns/{id}/open-data", "")
                .path(w -> "/api/campaigns/" + w.closedCampaign + "/open-data")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("POST", "/api/campaigns/{id}/open-data", "")
                .path(w -> "/api/campaigns/" + w.closedCampaign + "/open-data")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("DELETE", "/api/campaigns/{id}/open-data", "")
                .path(w -> "/api/campaigns/" + w.closedCampaign + "/open-data")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // campaign emails (issue 13 §3-4): the regional team only; a campaign of their own with one queued invitation
        String emails = "/api/campaigns/{id}/messages";
        rows.add(row("POST", emails, "").path(w -> "/api/campaigns/" + mailWorld()[0] + "/messages")
                .body(w -> Map.of("kind", "reminder")).allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", emails, "").path(w -> "/api/campaigns/" + mailWorld()[0] + "/messages")
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", emails + "/{messageId}", "").path(w -> "/api/campaigns/" + mailWorld()[0]
                + "/messages/" + mailWorld()[1]).allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        // retrying a message still queued answers it as it is
        rows.add(row("POST", emails + "/{messageId}/retry", "").path(w -> "/api/campaigns/" + mailWorld()[0]
                + "/messages/" + mailWorld()[1] + "/retry").allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("GET", "/api/campaigns/{id}/reminders", "").path(w -> "/api/campaigns/" + mailWorld()[0]
                + "/reminders").allow(Who.ADMIN).forbid(facilitators).forbid(respondents));
        rows.add(row("PUT", "/api/campaigns/{id}/reminders", "").path(w -> "/api/campaigns/" + mailWorld()[0]
                + "/reminders").headers(w -> Map.of("If-Match", etag("/api/campaigns/" + mailWorld()[0]
                        + "/reminders"))).body(w -> Map.of("enabled", false, "daysBefore", List.of(14, 3)))
                .allow(Who.ADMIN).forbid(facilitators).forbid(respondents));

        // A's diagnostic: F1 manages it; respondent B and F2 must not learn it exists
        rows.addAll(diagnosticRows("A", w -> w.diagA, w -> w.victimA, Who.RESPONDENT_A, Who.RESPONDENT_B,
                new Who[] { Who.ADMIN, Who.FACILITATOR_F1 }, new Who[] { Who.FACILITATOR_F2 }));
        // B's diagnostic (no facilitator): respondent A and F1 must not learn it exists either
        rows.addAll(diagnosticRows("B", w -> w.diagB, w -> w.victimB, Who.RESPONDENT_B, Who.RESPONDENT_A,
                new Who[] { Who.ADMIN }, new Who[] { Who.FACILITATOR_F1, Who.FACILITATOR_F2 }));
        return rows;
    }

    private static Long directoryImport;

    /** One applied directory import, made the first time a row needs it. */
    private static synchronized long directoryImport() {
        if (directoryImport == null) {
            directoryImport = admin().contentType("text/csv")
                    .body("siren;nom;type\n" + TestData.newSiren() + ";Commune importée de la matrice;commune\n")
                    .post("/api/organization-imports").then().statusCode(201).extract().jsonPath()
                    .getLong("summary.id");
        }
        return directoryImport;
    }

    private static Response send(Case c, Who who, World w) {
        c.prepare.accept(w);
        RequestSpecification spec = caller(who, w);
        c.headers.apply(w).forEach(spec::header);
        if (c.body != null) {
            if (c.contentType != null) {
                spec.contentType(c.contentType);
            } else {
                spec.contentType(ContentType.JSON);
            }
            spec.body(c.body.apply(w));
        }
        return spec.request(c.method, c.path.apply(w));
    }

    @Test
    void everyEndpointTimesEveryCaller() {
        World w = world();
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        Map<String, Map<Who, Integer>> observed = new LinkedHashMap<>();
        int cells = 0;
        for (Case c : cases) {
            for (Who who : Who.values()) {
                Expect expected = c.expectation(who);
                if (expected == null) {
                    failures.add(c.label() + " × " + who + ": no expectation written down");
                    continue;
                }
                cells++;
                Response response = send(c, who, w);
                int status = response.statusCode();
                observed.computeIfAbsent(c.label(), k -> new EnumMap<>(Who.class)).put(who, status);
                String body = response.asString();
                String where = c.label() + " × " + who + ": ";
                if (!expected.matches(status)) {
                    failures.add(where + "expected " + expected.label + ", got " + status + " " + abbreviate(body));
                    continue;
                }
                if (expected != Expect.OK) {
                    String type = response.contentType();
                    if (type == null || !type.startsWith(PROBLEM)) {
                        failures.add(where + status + " is not a problem: Content-Type " + type);
                    }
                    if (body.contains(w.orgAName) || body.contains(w.orgBName)) {
                        failures.add(where + "the refusal names an organisation: " + abbreviate(body));
                    }
                    if (status == 401 && response.header("WWW-Authenticate") == null) {
                        failures.add(where + "401 without WWW-Authenticate");
                    }
                }
                if (who == Who.RESPONDENT_A && body.contains(w.orgBName)
                        || who == Who.RESPONDENT_B && body.contains(w.orgAName)) {
                    failures.add(where + "a respondent sees the other organisation: " + abbreviate(body));
                }
                // a token's answer must be exactly its account's
                String extra = c.check.apply(who.sameAs() != null ? who.sameAs() : who, response);
                if (extra != null) {
                    failures.add(where + extra);
                }
            }
        }
        System.out.println(table(cases, observed));
        System.out.printf("authorization matrix: %d endpoints rows × %d callers = %d cells, %d failure(s)%n",
                cases.size(), Who.values().length, cells, failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " cell(s) of the authorization matrix are wrong:\n" + String.join("\n", failures));
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static String table(List<Case> cases, Map<String, Map<Who, Integer>> observed) {
        StringBuilder out = new StringBuilder(String.format("%-52s", "endpoint [target]"));
        for (Who who : Who.values()) {
            out.append(String.format("%8s", who.shortName));
        }
        out.append('\n');
        for (Case c : cases) {
            out.append(String.format("%-52s", c.label()));
            Map<Who, Integer> statuses = observed.getOrDefault(c.label(), Map.of());
            for (Who who : Who.values()) {
                out.append(String.format("%8s", statuses.getOrDefault(who, 0)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------- focused, named proofs

    @Test
    void respondentOfBLearnsNothingAboutA() {
        World w = world();
        Response hidden = bearer(w.tokenB).get(diagnosticPath(w.diagA));
        hidden.then().statusCode(404).contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:od-maturity:problem:not-found"))
                .body(not(containsString(w.orgAName)))
                .body(not(containsString(w.sirenA)));
        // exactly what an id that does not exist gives: the diagnostic's existence is not revealed
        Response absent = bearer(w.tokenB).get(diagnosticPath(Long.MAX_VALUE - 7));
        absent.then().statusCode(404).contentType(startsWith(PROBLEM));
        assertEquals(absent.jsonPath().getString("type"), hidden.jsonPath().getString("type"));
        assertEquals(absent.jsonPath().getString("title"), hidden.jsonPath().getString("title"));
        assertEquals(absent.jsonPath().getString("detail").replace(Long.toString(Long.MAX_VALUE - 7), "N"),
                hidden.jsonPath().getString("detail").replace(Long.toString(w.diagA), "N"));

        // filtering the list on A gives nothing
        bearer(w.tokenB).queryParam("organizationId", w.orgA).get("/api/diagnostics").then().statusCode(200)
                .body("size()", equalTo(0));
        // nor do writes, history or exports tell anything
        bearer(w.tokenB).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": \"budget\", \"value\": false, \"revision\": 0}]}")
                .patch(diagnosticPath(w.diagA) + "/answers").then().statusCode(404)
                .body(not(containsString(w.orgAName)));
        bearer(w.tokenB).get(diagnosticPath(w.diagA) + "/history").then().statusCode(404)
                .body(not(containsString(w.orgAName)));
        // and respondent A still sees its own diagnostic with its organisation
        bearer(w.tokenA).get(diagnosticPath(w.diagA)).then().statusCode(200)
                .body("organization.name", equalTo(w.orgAName));
    }

    @Test
    void revokedAndExpiredLinksAreRefusedEverywhere() {
        World w = world();
        // both worked before (checked while building the world); now both are 401 like no credentials at all
        for (String token : List.of(w.revokedToken, w.expiredToken)) {
            bearer(token).get(diagnosticPath(w.diagA)).then().statusCode(401).contentType(startsWith(PROBLEM))
                    .body(not(containsString(w.orgAName)));
            bearer(token).get("/api/diagnostics").then().statusCode(401);
        }
        assertTrue(clock.expiresAt(admin().get(diagnosticPath(w.diagA) + "/invitations").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.label == 'expired' }.id", Long.class).get(0))
                .isBefore(java.time.Instant.now()));
        // the list of links shows them as unusable
        JsonPath links = admin().get(diagnosticPath(w.diagA) + "/invitations").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(false), links.getList("findAll { it.label == 'revoked' }.usable"));
        assertEquals(List.of(false), links.getList("findAll { it.label == 'expired' }.usable"));
        // the public questionnaire endpoints stay public, even with a dead link
        bearer(w.revokedToken).get("/api/questionnaires").then().statusCode(200);
        RestAssured.given().get("/api/questionnaires").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------- every endpoint has a role rule

    private static final List<Class<? extends Annotation>> RULES = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);

    /** An endpoint found by reflection: HTTP method, normalized path, its rule. */
    record Endpoint(String method, String path, String resource, Annotation rule) {
        String key() {
            return method + " " + normalize(path);
        }
    }

    static String normalize(String path) {
        String p = ("/" + path).replaceAll("\\{[^}]*\\}", "{}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Annotation rule(AnnotatedElement element) {
        List<Annotation> found = RULES.stream().map(element::getAnnotation).filter(a -> a != null)
                .collect(Collectors.toList());
        if (found.size() > 1) {
            throw new AssertionError(element + " has several role rules: " + found);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Every class of the application (not the tests) annotated {@code @Path}, found by listing its class folder. */
    static List<Class<?>> resourceClasses() throws Exception {
        ClassLoader loader = AuthorizationMatrixTest.class.getClassLoader();
        String anchor = OrganizationResource.class.getName().replace('.', '/') + ".class";
        // the Quarkus class loader answers with its own "quarkus:" URLs: list the files through the plain class path
        URL url = loader.getResource(anchor);
        if (url == null || !List.of("file", "jar").contains(url.getProtocol())) {
            url = ClassLoader.getSystemClassLoader().getResource(anchor);
        }
        if (url == null || !List.of("file", "jar").contains(url.getProtocol())) {
            java.security.CodeSource source = OrganizationResource.class.getProtectionDomain().getCodeSource();
            url = source == null ? url : new URL(source.getLocation(), anchor);
        }
        assertTrue(url != null, "cannot find " + anchor);
        List<String> names = new ArrayList<>();
        if ("file".equals(url.getProtocol())) {
            Path root = Path.of(url.toURI());
            for (int i = 0; i < anchor.split("/").length; i++) {
                root = root.getParent();
            }
            Path base = root;
            try (Stream<Path> files = Files.walk(base.resolve("org/odmaturity"))) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(base.relativize(p)
                        .toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "")));
            }
        } else if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith("org/odmaturity/") && name.endsWith(".class")) {
                        names.add(name.replace('/', '.').replaceAll("\\.class$", ""));
                    }
                }
            }
        } else {
            fail("cannot list the application classes from " + url);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, loader);
            if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                resources.add(c);
            }
        }
        resources.sort((a, b) -> a.getName().compareTo(b.getName()));
        return resources;
    }

    static List<Endpoint> endpoints() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            Annotation classRule = rule(resource);
            for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isSynthetic() || m.isBridge()) {
                        continue;
                    }
                    String http = httpMethod(m);
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    if (http == null && sub == null) {
                        continue;
                    }
                    Annotation methodRule = rule(m);
                    endpoints.add(new Endpoint(http == null ? "LOCATOR" : http,
                            base + (sub == null ? "" : "/" + sub.value()),
                            resource.getSimpleName() + "." + m.getName(), methodRule != null ? methodRule : classRule));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyResourceMethodCarriesAnExplicitRoleRule() throws Exception {
        List<Class<?>> resources = resourceClasses();
        List<String> names = resources.stream().map(Class::getSimpleName).toList();
        assertTrue(names.containsAll(List.of("OrganizationResource", "CampaignResource", "UserResource",
                "DiagnosticResource", "InvitationResource", "InvitationRevocationResource", "QuestionnaireResource")),
                "the scan missed resources; found " + names);
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 25, "too few endpoints found: " + endpoints);
        List<String> unannotated = endpoints.stream().filter(e -> e.rule() == null)
                .map(e -> e.resource() + " (" + e.key() + ")").toList();
        assertEquals(List.of(), unannotated, "resource methods without @RolesAllowed/@PermitAll/@DenyAll (on the "
                + "method or its class): each needs an explicit role rule and a row in the authorization matrix");
        List<String> locators = endpoints.stream().filter(e -> e.method().equals("LOCATOR")).map(Endpoint::resource)
                .toList();
        assertEquals(List.of(), locators, "sub-resource locators escape this check: list their endpoints here");
        // public means the questionnaires, nothing else — except the respondent web pages (org.odmaturity.web), which
        // are open to JAX-RS and check the invitation cookie themselves (docs/web.md; RespondentPagesTest), the
        // sign-in/sign-out forms of the staff pages (StaffSignInTest), and the published open data: its page, its
        // stored files and their JSON list, aggregates under the anonymity rule only (docs/open-data.md; OpenDataTest)
        List<String> publicOutsideQuestionnaires = endpoints.stream()
                .filter(e -> e.rule() instanceof PermitAll && !normalize(e.path()).startsWith("/api/questionnaires"))
                .filter(e -> !(e.resource().startsWith("RespondentResource.")
                        && (normalize(e.path()).startsWith("/repondre") || normalize(e.path()).startsWith("/i/"))))
                // the organisation's plan follow-up page, read and written through its invitation cookie the same way
                // (FollowUpPagesTest)
                .filter(e -> !(e.resource().startsWith("FollowUpPages.respondent")
                        && normalize(e.path()).equals("/repondre/suivi")))
                .filter(e -> !(e.resource().startsWith("LoginResource.")
                        && List.of("/", "/connexion", "/deconnexion").contains(normalize(e.path()))))
                .filter(e -> !(e.resource().startsWith("OpenDataPages.") && List.of("/donnees-ouvertes",
                        "/donnees-ouvertes/{}/datapackage.json", "/donnees-ouvertes/{}/{}.csv")
                        .contains(normalize(e.path()))))
                .filter(e -> !(e.resource().equals("OpenDataListResource.list")
                        && normalize(e.path()).equals("/api/open-data")))
                .map(Endpoint::key).toList();
        assertEquals(List.of(), publicOutsideQuestionnaires, "public endpoints outside /api/questionnaires");
        List<String> protectedQuestionnaires = endpoints.stream()
                .filter(e -> normalize(e.path()).startsWith("/api/questionnaires") && !(e.rule() instanceof PermitAll))
                .map(Endpoint::key).toList();
        assertEquals(List.of(), protectedQuestionnaires, "the questionnaire endpoints are public");
        // no role outside the three the application knows
        List<String> unknownRoles = endpoints.stream().filter(e -> e.rule() instanceof RolesAllowed)
                .flatMap(e -> Arrays.stream(((RolesAllowed) e.rule()).value()))
                .filter(r -> !List.of(Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT).contains(r)).toList();
        assertEquals(List.of(), unknownRoles);
    }

    @Test
    void theMatrixCoversEveryNonPublicEndpoint() throws Exception {
        // the pages (outside /api) have their own matrix: PageAuthorizationMatrixTest
        TreeSet<String> found = endpoints().stream().filter(e -> !(e.rule() instanceof PermitAll))
                .filter(e -> normalize(e.path()).startsWith("/api"))
                .map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        // rows outside the resources (the metrics endpoint, a Vert.x route) are proven by the matrix, not listed here
        TreeSet<String> covered = cases().stream().filter(c -> !c.template.equals(MetricsConfig.PATH))
                .map(c -> c.method + " " + normalize(c.template)).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> missing = new TreeSet<>(found);
        missing.removeAll(covered);
        TreeSet<String> stale = new TreeSet<>(covered);
        stale.removeAll(found);
        assertEquals(Collections.emptySet(), missing, "endpoints without a row in the authorization matrix");
        assertEquals(Collections.emptySet(), stale, "rows of the matrix for endpoints that no longer exist");
        // every row states the expected answer of every caller
        for (Case c : cases()) {
            for (Who who : Who.values()) {
                assertTrue(c.expectation(who) != null, c.label() + " misses caller " + who);
            }
        }
    }
}
