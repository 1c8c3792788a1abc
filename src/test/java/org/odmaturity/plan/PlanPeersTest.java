package org.odmaturity.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.odmaturity.plan.PlanTestData.answer;
import static org.odmaturity.plan.PlanTestData.path;
import static org.odmaturity.plan.PlanTestData.submit;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.bearer;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Peer comparison: the submitted and validated diagnostics of the same campaign and organisation type, read from their
 * score snapshots, shown only from 5 of them on.
 */
@QuarkusTest
class PlanPeersTest {

    /** A commune (or other type) with a submitted diagnostic in the campaign: referent and publie as given. */
    private static long peer(long campaign, String type, String referent, boolean publie) {
        long organization = PlanTestData.organization("Pair " + type + " " + TestData.newSiren(), type);
        long id = TestData.diagnostic(organization, campaign, "self-assessment", null);
        answer(id, "{\"answers\": [{\"question\": \"referent\", \"value\": \"" + referent + "\", \"revision\": 0},"
                + " {\"question\": \"publie\", \"value\": " + publie + ", \"revision\": 0}]}");
        submit(id);
        return id;
    }

    @Test
    void hiddenWithFourPeersShownWithFive() {
        long campaign = TestData.campaign("Campagne pairs");
        long own = TestData.diagnostic(PlanTestData.organization("Commune observée", "commune"), campaign,
                "self-assessment", null);
        answer(own, PlanTestData.WORKED_EXAMPLE);
        String token = TestData.invitation(own);

        // 4 communes submitted, and what must not count: another type, a draft, the diagnostic itself
        peer(campaign, "commune", "personne", false);
        peer(campaign, "commune", "informel", true);
        peer(campaign, "commune", "nomme", true);
        long fourth = peer(campaign, "commune", "nomme", false);
        peer(campaign, "epci", "nomme", true);
        peer(campaign, "epci", "nomme", true);
        long draft = TestData.diagnostic(PlanTestData.organization("Commune en cours", "commune"), campaign,
                "self-assessment", null);
        answer(draft, "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\", \"revision\": 0}]}");
        submit(own);
        long otherCampaign = TestData.campaign("Campagne voisine");
        peer(otherCampaign, "commune", "nomme", true);

        admin().get(path(own) + "/plan").then().statusCode(200)
                .body("peers.count", equalTo(4))
                .body("peers.shown", equalTo(false))
                .body("peers.minimumGroupSize", equalTo(5))
                .body("peers.axes.id", contains("piloter", "partager", "produire", "valoriser"))
                .body("peers.axes.average", everyItem(nullValue()))
                .body("peers.axes.q1", everyItem(nullValue()))
                .body("peers.axes.median", everyItem(nullValue()))
                .body("peers.axes.q3", everyItem(nullValue()));

        // a fifth commune, validated: its latest snapshot counts, once
        long fifth = peer(campaign, "commune", "informel", true);
        admin().post(path(fifth) + "/validate").then().statusCode(200);
        // piloter: 0, 33.3, 33.3, 66.7, 66.7; partager: 0, 0, 33.3, 33.3, 33.3 (nb_jeux and formats count 0)
        bearer(token).get(path(own) + "/plan").then().statusCode(200)
                .body("peers.count", equalTo(5))
                .body("peers.shown", equalTo(true))
                .body("peers.axes[0].id", equalTo("piloter"))
                .body("peers.axes[0].average", equalTo(40.0f))
                .body("peers.axes[0].q1", equalTo(33.3f))
                .body("peers.axes[0].median", equalTo(33.3f))
                .body("peers.axes[0].q3", equalTo(66.7f))
                .body("peers.axes[1].average", equalTo(20.0f))
                .body("peers.axes[1].q1", equalTo(0.0f))
                .body("peers.axes[1].median", equalTo(33.3f))
                .body("peers.axes[1].q3", equalTo(33.3f))
                .body("peers.axes[2].average", equalTo(0.0f))
                .body("peers.axes[3].median", equalTo(0.0f));

        // reopened, a peer is a draft again and leaves the group
        admin().post(path(fourth) + "/reopen").then().statusCode(200);
        admin().get(path(own) + "/plan").then().statusCode(200)
                .body("peers.count", equalTo(4))
                .body("peers.shown", equalTo(false))
                .body("peers.axes.average", everyItem(nullValue()));
    }
}
