package org.odmaturity.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.Evolution.NodeChange;

/** Evolution over paired organisations against hand-computed figures, and the anonymity rule for pairs. */
class EvolutionCalculatorTest {

    private static NodeChange overall(Evolution e) {
        return e.changes().get(0);
    }

    @Test
    void pairsAreTheOrganisationsScoredInBothCampaigns() {
        CampaignResults earlier = new ResultsFixtures(1).commune(1, "67", 10).commune(2, "67", 30)
                .commune(3, "67", 50).commune(4, "67", 70).build();
        // 1 improves by 30, 2 unchanged, 3 declines by 10; 4 is not in the later campaign, 5 not in the earlier one
        CampaignResults later = new ResultsFixtures(2).commune(1, "67", 40).commune(2, "67", 30)
                .commune(3, "67", 40).commune(5, "67", 90).build();
        Evolution e = EvolutionCalculator.evolution(later, earlier, ResultsFilter.defaults(), ResultsFixtures.admin());

        assertEquals(3, e.pairs());
        NodeChange overall = overall(e);
        assertEquals("overall", overall.nodeId());
        assertEquals(3, overall.count());
        assertEquals(30.0, overall.fromMean()); // (10 + 30 + 50) / 3
        assertEquals(36.7, overall.toMean()); // (40 + 30 + 40) / 3 = 36.67
        assertEquals(6.7, overall.meanChange()); // (30 + 0 − 10) / 3 = 6.67
        assertEquals(1, overall.improved());
        assertEquals(1, overall.unchanged());
        assertEquals(1, overall.declined());
        // levels: 10 debutant → 40 structure; 30 initie → 30 initie; 50 structure → 40 structure
        Map<String, Integer> transitions = e.transitions().stream().filter(t -> t.count() > 0)
                .collect(Collectors.toMap(t -> t.fromLevel() + "→" + t.toLevel(), Evolution.Transition::count));
        assertEquals(Map.of("debutant→structure", 1, "initie→initie", 1, "structure→structure", 1), transitions);
        assertEquals(25, e.transitions().size(), "every pair of levels, with zeros");
    }

    @Test
    void forFacilitatorsPairsAreCountedOnlyByWholeGroupsAndNeverLeaveAFewOut() {
        ResultsFixtures before = new ResultsFixtures(1);
        ResultsFixtures after = new ResultsFixtures(2);
        for (int i = 0; i < 6; i++) {
            before.commune(i, "67", 20);
            after.commune(i, "67", 40);
        }
        // five alike in 68 in both campaigns, but one of them is not paired: 4 pairs < 5
        for (int i = 10; i < 15; i++) {
            before.commune(i, "68", 20);
            after.commune(i == 14 ? 99 : i, "68", 60);
        }
        Evolution admin = EvolutionCalculator.evolution(after.build(), before.build(), ResultsFilter.defaults(),
                ResultsFixtures.admin());
        assertEquals(10, admin.pairs());

        Evolution facilitator = EvolutionCalculator.evolution(after.build(), before.build(), ResultsFilter.defaults(),
                ResultsFixtures.facilitator(1));
        assertEquals(6, facilitator.pairs());
        assertEquals(20.0, overall(facilitator).meanChange());

        // six alike in 67 in the later campaign, one of them new: 5 paired and 1 unpaired would single that one out
        after.commune(100, "67", 100);
        Evolution withNewcomer = EvolutionCalculator.evolution(after.build(), before.build(), ResultsFilter.defaults(),
                ResultsFixtures.facilitator(1));
        assertNull(withNewcomer.pairs(), "6 paired of 7 alike: the one left out would be alone, so 67 is dropped");
    }

    @Test
    void aGroupWithAFewUnpairedIsDroppedForFacilitators() {
        ResultsFixtures before = new ResultsFixtures(1);
        ResultsFixtures after = new ResultsFixtures(2);
        for (int i = 0; i < 5; i++) {
            before.commune(i, "67", 20);
            after.commune(i, "67", 40);
        }
        // in the later campaign, two more alike that were not there before: 5 paired, 2 unpaired
        after.commune(50, "67", 100).commune(51, "67", 100);
        Evolution facilitator = EvolutionCalculator.evolution(after.build(), before.build(), ResultsFilter.defaults(),
                ResultsFixtures.facilitator(1));
        assertNull(facilitator.pairs());
        assertNull(overall(facilitator).meanChange());
        Evolution admin = EvolutionCalculator.evolution(after.build(), before.build(), ResultsFilter.defaults(),
                ResultsFixtures.admin());
        assertEquals(5, admin.pairs());
    }
}
