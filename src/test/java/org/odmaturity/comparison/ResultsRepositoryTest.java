package org.odmaturity.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.testsupport.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The comparisons' campaign cache: after each kind of change the cached results are exactly what a complete read of
 * the campaign gives, and after a change of some diagnostics the rows of the others are kept, not read again.
 */
@QuarkusTest
class ResultsRepositoryTest {

    @Inject
    ResultsRepository repository;

    @Inject
    EntityManager em;

    @Inject
    QuestionnaireRegistry registry;

    /** The campaign read completely by a repository that has nothing cached. */
    private CampaignResults complete(long campaign) {
        return QuarkusTransaction.requiringNew()
                .call(() -> new ResultsRepository(em, registry).campaign(campaign).orElseThrow());
    }

    private CampaignResults cached(long campaign) {
        return repository.campaign(campaign).orElseThrow();
    }

    /** Everything the results say, as text (rows hold arrays, which records compare by reference). */
    private static List<String> describe(CampaignResults results) {
        List<String> lines = new ArrayList<>();
        lines.add(results.campaign().toString());
        lines.add(results.nodes().stream().map(n -> n.index() + ":" + n.type() + ":" + n.id()).toList().toString());
        for (Row r : results.rows()) {
            lines.add(r.diagnosticId() + " " + r.organizationId() + " " + r.organizationName() + " " + r.siren() + " "
                    + r.profile() + " " + r.population() + " " + r.facilitatorId() + " " + r.started() + " "
                    + r.createdAt() + " " + r.submittedAt() + " " + r.validatedAt() + " " + r.snapshotId() + " "
                    + Arrays.toString(r.scores()) + " " + Arrays.toString(r.levels()));
        }
        lines.add(new TreeMap<>(Map.copyOf(results.profileSizes().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue))))
                .toString());
        lines.add(results.fingerprint());
        return lines;
    }

    private static Row row(CampaignResults results, long diagnostic) {
        return results.rows().stream().filter(r -> r.diagnosticId() == diagnostic).findFirst().orElseThrow();
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void answer(long diagnostic, String referent) {
        String path = "/api/diagnostics/" + diagnostic;
        admin().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"" + referent + "\"},"
                        + " {\"question\": \"publie\", \"value\": true}]}")
                .patch(path + "/answers").then().statusCode(200);
    }

    private static void post(long diagnostic, String action) {
        String path = "/api/diagnostics/" + diagnostic;
        admin().header("If-Match", etag(path)).post(path + "/" + action).then().statusCode(200);
    }

    @Test
    void afterEachChangeTheCachedResultsAreThoseOfACompleteRead() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = TestData.campaign("Campagne cache " + suffix);
        List<Long> orgs = new ArrayList<>();
        List<Long> diagnostics = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orgs.add(TestData.organization("Commune en cache " + i + " " + suffix));
            diagnostics.add(TestData.diagnostic(orgs.get(i), campaign, "self-assessment", null));
        }
        for (int i = 0; i < 2; i++) {
            answer(diagnostics.get(i), i == 0 ? "nomme" : "informel");
            post(diagnostics.get(i), "submit");
            post(diagnostics.get(i), "validate");
        }
        answer(diagnostics.get(2), "personne");

        CampaignResults first = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(first));
        assertSame(first, cached(campaign), "unchanged: the same results");

        // a draft gets answers: only that diagnostic is read again
        answer(diagnostics.get(3), "informel");
        CampaignResults answered = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(answered));
        assertTrue(row(answered, diagnostics.get(3)).started());
        assertSame(row(first, diagnostics.get(0)), row(answered, diagnostics.get(0)), "an unchanged row is kept");
        assertNotSame(row(first, diagnostics.get(3)), row(answered, diagnostics.get(3)));

        // submitted, then validated: a new latest snapshot each time
        post(diagnostics.get(2), "submit");
        assertEquals(describe(complete(campaign)), describe(cached(campaign)));
        post(diagnostics.get(2), "validate");
        CampaignResults validated = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(validated));
        assertTrue(row(validated, diagnostics.get(2)).snapshotId() != null);

        // reopened: a draft again, its latest snapshot kept
        post(diagnostics.get(1), "reopen");
        assertEquals(describe(complete(campaign)), describe(cached(campaign)));

        // handed to a facilitator
        long facilitator = TestData.facilitator(TestData.uniqueEmail("cache"));
        admin().contentType(ContentType.JSON).body(Map.of("facilitatorId", facilitator))
                .put("/api/diagnostics/" + diagnostics.get(0) + "/facilitator").then().statusCode(200);
        CampaignResults handed = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(handed));
        assertEquals(facilitator, row(handed, diagnostics.get(0)).facilitatorId());

        // a new diagnostic
        long newcomer = TestData.diagnostic(TestData.organization("Commune arrivée " + suffix), campaign,
                "interview", facilitator);
        CampaignResults grown = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(grown));
        assertEquals(5, grown.rows().size());
        assertEquals(newcomer, grown.rows().get(4).diagnosticId(), "rows stay in diagnostic order");

        // an organisation becomes an intercommunalité of another département: every profile may move
        String path = "/api/organizations/" + orgs.get(1);
        admin().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("name", "Communauté en cache " + suffix, "siren", admin().get(path).then().extract()
                        .jsonPath().getString("siren"), "type", "epci", "departement", "57", "population", 30_000))
                .put(path).then().statusCode(200);
        CampaignResults moved = cached(campaign);
        assertEquals(describe(complete(campaign)), describe(moved));
        assertEquals("57", row(moved, diagnostics.get(1)).profile().departement());
    }
}
