package org.odmaturity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix of the signed-in <em>pages</em> (everything outside {@code /api} that is not public): every
 * page endpoint, found by reflection, is called by every kind of visitor, and the answer must match the access policy
 * written here by path — independently of the annotations it checks:
 * <ul>
 * <li>{@code /compte} (and its API-token forms), {@code /animation}, {@code /animation/entretiens}, the regional dashboard {@code /resultats/…}:
 * any signed-in account;</li>
 * <li>{@code /animation/diagnostics/{id}/…}: admins, and the facilitator assigned to that diagnostic;</li>
 * <li>{@code /resultats/organisations/{id}/…} (an organisation's results): admins, and the facilitators with a
 * diagnostic of that organisation assigned to them;</li>
 * <li>{@code /admin/…}: admins only.</li>
 * </ul>
 * A new page endpoint under another path fails the test until the policy says who may use it.
 *
 * <p>Expected answers: not signed in (no cookie, an invitation cookie or link) → 303 to {@code /connexion}, or 403 for a
 * respondent's bearer token (a role that never opens these pages); signed in without the right → 403 or 404; signed in
 * with the right → anything but 401/403/404, a sign-in redirect or a 5xx. A form post without a session's CSRF token
 * (HTTP Basic: no session) → 403 even for an admin.
 */
@QuarkusTest
class PageAuthorizationMatrixTest {

    enum Policy {
        ANY_ACCOUNT, ASSIGNED_OR_ADMIN, ADMIN_ONLY
    }

    enum Who {
        ANONYMOUS, RESPONDENT_COOKIE, RESPONDENT_BEARER, ADMIN_BASIC, FACILITATOR_UNASSIGNED, FACILITATOR_ASSIGNED,
        ADMIN_SESSION
    }

    static Policy policy(String path) {
        if (path.startsWith("/resultats/organisations/{}")) {
            return Policy.ASSIGNED_OR_ADMIN;
        }
        if (path.equals("/compte") || path.startsWith("/compte/") || path.equals("/animation") || path.equals("/animation/entretiens")
                || path.equals("/resultats") || path.startsWith("/resultats/")) {
            return Policy.ANY_ACCOUNT;
        }
        if (path.startsWith("/animation/diagnostics/{}")) {
            return Policy.ASSIGNED_OR_ADMIN;
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return Policy.ADMIN_ONLY;
        }
        return null;
    }

    /** The endpoints of the pages: not under /api, not public. */
    static List<AuthorizationMatrixTest.Endpoint> pageEndpoints() throws Exception {
        return AuthorizationMatrixTest.endpoints().stream()
                .filter(e -> !AuthorizationMatrixTest.normalize(e.path()).startsWith("/api"))
                .filter(e -> !(e.rule() instanceof PermitAll)).toList();
    }

    @Test
    void everyPageEndpointHasAnAccessPolicy() throws Exception {
        List<AuthorizationMatrixTest.Endpoint> endpoints = pageEndpoints();
        assertTrue(endpoints.size() >= 1, "no page endpoint found");
        List<String> without = endpoints.stream().filter(e -> policy(AuthorizationMatrixTest.normalize(e.path())) == null)
                .map(AuthorizationMatrixTest.Endpoint::key).toList();
        assertEquals(List.of(), without, "page endpoints outside the paths this test knows: give them a policy");
    }

    @Test
    void everyVisitorGetsWhatThePolicySays() throws Exception {
        Fixture f = new Fixture();
        Map<String, String> failures = new TreeMap<>();
        int checked = 0;
        List<AuthorizationMatrixTest.Endpoint> endpoints = new ArrayList<>(pageEndpoints());
        // GETs first: the posts of the allowed visitors may change the targets (revoke a link, validate…)
        endpoints.sort((a, b) -> Boolean.compare(!a.method().equals("GET"), !b.method().equals("GET")));
        for (Who who : Who.values()) {
            for (AuthorizationMatrixTest.Endpoint e : endpoints) {
                String template = AuthorizationMatrixTest.normalize(e.path());
                Policy policy = policy(template);
                String path = f.resolve(e.path());
                boolean post = !e.method().equals("GET");
                Response response = f.request(who, post).request(e.method(), path);
                checked++;
                String problem = check(who, policy, post, response);
                if (problem != null) {
                    failures.put(e.method() + " " + path + " as " + who, problem);
                }
            }
        }
        assertEquals(Map.of(), failures, "checked " + checked + " cells");
    }

    private static String check(Who who, Policy policy, boolean post, Response r) {
        int status = r.statusCode();
        String location = r.header("Location");
        boolean toSignIn = status == 303 && location != null && location.contains("/connexion");
        String seen = status + (location == null ? "" : " → " + location);
        switch (who) {
            case ANONYMOUS, RESPONDENT_COOKIE:
                return toSignIn ? null : "expected a redirect to /connexion, got " + seen;
            case RESPONDENT_BEARER:
                return status == 403 ? null : "expected 403, got " + seen;
            case ADMIN_BASIC:
                if (post) {
                    return status == 403 ? null : "a post without a session's CSRF token must be refused, got " + seen;
                }
                return allowed(status, toSignIn) ? null : "expected the page, got " + seen;
            case FACILITATOR_UNASSIGNED:
                if (policy == Policy.ANY_ACCOUNT) {
                    return allowed(status, toSignIn) ? null : "expected the page, got " + seen;
                }
                return status == 403 || status == 404 ? null : "expected 403/404, got " + seen;
            case FACILITATOR_ASSIGNED:
                if (policy == Policy.ADMIN_ONLY) {
                    return status == 403 ? null : "expected 403, got " + seen;
                }
                return allowed(status, toSignIn) ? null : "expected to be let in, got " + seen;
            case ADMIN_SESSION:
                return allowed(status, toSignIn) ? null : "expected to be let in, got " + seen;
            default:
                throw new IllegalStateException();
        }
    }

    private static boolean allowed(int status, boolean toSignIn) {
        return !toSignIn && status != 401 && status != 403 && status != 404 && status < 500;
    }

    /**
     * One organisation, campaign, interview diagnostic assigned to F1 (so F1 may open that organisation's results), its
     * links, and the visitors' credentials.
     */
    static final class Fixture {
        final long organization;
        final long campaign;
        final long diagnostic;
        final long invitation;
        final long account;
        /** An applied directory import (its report, CSV and confirmation pages). */
        final long directoryImport;
        final String token;
        final String actionKey;
        final String customKey;
        final WebSession admin;
        final WebSession assigned;
        final WebSession unassigned;

        Fixture() {
            organization = TestData.organization("Commune de la matrice des pages");
            directoryImport = TestData.admin().contentType("text/csv")
                    .body("siren;nom;type\n" + TestData.newSiren() + ";Commune importée de la matrice;commune\n")
                    .post("/api/organization-imports").then().statusCode(201).extract().jsonPath()
                    .getLong("summary.id");
            // an earlier campaign, so that the evolution pages have one to compare with even when this class runs alone
            TestData.campaign("Campagne précédente de la matrice des pages");
            campaign = TestData.campaign("Campagne de la matrice des pages");
            String f1 = TestData.uniqueEmail("pages-f1");
            String f2 = TestData.uniqueEmail("pages-f2");
            long f1Id = TestData.facilitator(f1);
            TestData.facilitator(f2);
            diagnostic = TestData.diagnostic(organization, campaign, "interview", f1Id);
            token = TestData.invitation(diagnostic);
            invitation = TestData.admin().get("/api/diagnostics/" + diagnostic + "/invitations").then().statusCode(200)
                    .extract().jsonPath().getLong("[0].id");
            account = TestData.facilitator(TestData.uniqueEmail("pages-target"));
            // an answer far from the top, so that the plan has an action to open
            TestData.admin().contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(Map.of("question", "referent", "value", "personne", "revision", 0))))
                    .patch("/api/diagnostics/" + diagnostic + "/answers").then().statusCode(200);
            actionKey = TestData.admin().get("/api/diagnostics/" + diagnostic + "/plan").then().statusCode(200)
                    .extract().jsonPath().getString("actions[0].id");
            assertTrue(actionKey != null, "the fixture's plan has no action");
            // and a custom action (some pages, like deleting one, exist for custom actions only)
            customKey = TestData.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("actions", List.of(Map.of("id", actionKey),
                            Map.of("text", "Présenter le plan en conseil", "axis", "piloter"))))
                    .put("/api/diagnostics/" + diagnostic + "/plan").then().statusCode(200)
                    .extract().jsonPath().getString("actions.find { it.custom }.id");
            admin = WebSession.admin();
            assigned = WebSession.signIn(f1, TestData.password(f1));
            unassigned = WebSession.signIn(f2, TestData.password(f2));
        }

        private static final Pattern PARAM = Pattern.compile("\\{([^}]*)\\}");

        String resolve(String rawPath) {
            String path = ("/" + rawPath).replaceAll("/+", "/");
            Matcher m = PARAM.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String before = path.substring(0, m.start());
                String name = m.group(1).replaceAll(":.*", "");
                Function<String, String> fail = n -> {
                    throw new AssertionError("no fixture value for {" + n + "} in " + rawPath);
                };
                String value = switch (name) {
                    case "id" -> before.endsWith("/animation/diagnostics/") ? String.valueOf(diagnostic)
                            : before.endsWith("/admin/organisations/import/") ? String.valueOf(directoryImport)
                            : before.endsWith("/admin/organisations/") ? String.valueOf(organization)
                            : before.endsWith("/resultats/organisations/") ? String.valueOf(organization)
                            : before.endsWith("/admin/campagnes/") ? String.valueOf(campaign)
                            : before.endsWith("/admin/comptes/") ? String.valueOf(account)
                            : before.endsWith("/admin/diagnostics/") ? String.valueOf(diagnostic)
                            // a token that is nobody's: each account revokes only its own (ApiTokenPagesTest)
                            : before.endsWith("/compte/jetons/") ? String.valueOf(Long.MAX_VALUE) : fail.apply(name);
                    case "invitationId" -> String.valueOf(invitation);
                    case "key" -> path.substring(m.end()).startsWith("/supprimer") ? customKey : actionKey;
                    default -> fail.apply(name);
                };
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        RequestSpecification request(Who who, boolean post) {
            // what a browser sends when following a link: pages first, anything else accepted (a CSV download's
            // endpoint produces text/csv: with "text/html" alone it would answer 406 before any access check)
            RequestSpecification base = RestAssured.given().redirects().follow(false)
                    .accept("text/html,application/xhtml+xml,*/*;q=0.8");
            RequestSpecification r = switch (who) {
                case ANONYMOUS -> base;
                case RESPONDENT_COOKIE -> base.cookie("odm_invitation", token);
                case RESPONDENT_BEARER -> base.header("Authorization", "Bearer " + token);
                case ADMIN_BASIC -> base.auth().preemptive().basic(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
                case FACILITATOR_UNASSIGNED -> withSession(base, unassigned, post);
                case FACILITATOR_ASSIGNED -> withSession(base, assigned, post);
                case ADMIN_SESSION -> withSession(base, admin, post);
            };
            return post ? r.contentType(ContentType.URLENC).header("Origin", org.odmaturity.testsupport.Browser.baseUrl())
                    .formParam("_probe", "1") : r;
        }

        private static RequestSpecification withSession(RequestSpecification base, WebSession s, boolean post) {
            RequestSpecification r = base.cookie(WebSession.COOKIE, s.cookie());
            return post ? r.formParam("_csrf", s.csrf()) : r;
        }
    }
}
