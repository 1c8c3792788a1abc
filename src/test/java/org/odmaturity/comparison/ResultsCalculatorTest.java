package org.odmaturity.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.OrganizationType;

/** The aggregates of a campaign's results against hand-computed figures, and the anonymity rule under attack. */
class ResultsCalculatorTest {

    private static Distribution overall(Results results) {
        return results.distributions().get(0);
    }

    @Test
    void statisticsAreComputedByLinearInterpolationBetweenClosestRanks() {
        // 10 20 30 40 90: positions of q1, median, q3 are 1, 2, 3
        Statistics odd = Statistics.of(new double[] { 40, 10, 90, 30, 20 });
        assertEquals(new Statistics(5, 38.0, 10.0, 20.0, 30.0, 40.0, 90.0), odd);
        // 12.5 40 61 70: q1 at 0.75 → 12.5 + 0.75 × 27.5 = 33.125; median at 1.5 → 50.5; q3 at 2.25 → 63.25 (half-up)
        Statistics even = Statistics.of(new double[] { 70, 12.5, 61, 40 });
        assertEquals(new Statistics(4, 45.9, 12.5, 33.1, 50.5, 63.3, 70.0), even);
        assertEquals(Statistics.EMPTY, Statistics.of(new double[0]));
        assertEquals(new Statistics(1, 42.0, 42.0, 42.0, 42.0, 42.0, 42.0), Statistics.of(new double[] { 42 }));
    }

    @Test
    void anAdminSeesEveryValidatedDiagnosticWithItsLevels() {
        CampaignResults data = new ResultsFixtures(1)
                .commune(1, "67", 10).commune(2, "67", 20).commune(3, "67", 30).commune(4, "68", 40)
                .commune(5, "68", 90)
                .row(6, DiagnosticStatus.SUBMITTED, DiagnosticMode.INTERVIEW, OrganizationType.EPCI, "67", null, 55.0,
                        null)
                .row(7, DiagnosticStatus.DRAFT, DiagnosticMode.INTERVIEW, OrganizationType.EPCI, "67", null, null,
                        null)
                .build();
        Results results = ResultsCalculator.results(data, ResultsFilter.defaults(), ResultsFixtures.admin());

        Distribution overall = overall(results);
        assertEquals(5, overall.count());
        assertEquals(38.0, overall.mean());
        assertEquals(30.0, overall.median());
        assertEquals(20.0, overall.q1());
        assertEquals(40.0, overall.q3());
        // levels: debutant 0, initie 20, structure 40, avance 60, expert 80
        assertEquals(Map.of("debutant", 1, "initie", 2, "structure", 1, "avance", 0, "expert", 1),
                overall.levels().stream().collect(Collectors.toMap(Results.LevelCount::level,
                        Results.LevelCount::count)));
        assertEquals(List.of("debutant", "initie", "structure", "avance", "expert"),
                overall.levels().stream().map(Results.LevelCount::level).toList(), "in the questionnaire's order");

        // participation ignores the status scope: 7 invited, 6 submitted (or validated), 5 validated
        assertEquals(7, results.participation().invited());
        assertEquals(6, results.participation().started());
        assertEquals(6, results.participation().submitted());
        assertEquals(5, results.participation().validated());

        // submitted or validated: the EPCI's 55 joins
        Results wider = ResultsCalculator.results(data, new ResultsFilter(StatusScope.SUBMITTED_OR_VALIDATED, null,
                null, null, null), ResultsFixtures.admin());
        assertEquals(6, overall(wider).count());
        assertEquals(40.8, overall(wider).mean()); // 245 / 6 = 40.83
        // by département: 67 has 10, 20, 30 validated → 20
        Results.DepartementFigure bas = results.departements().stream().filter(d -> d.code().equals("67"))
                .findFirst().orElseThrow();
        assertEquals(5, bas.participants());
        assertEquals(3, bas.scored());
        assertEquals(20.0, bas.meanScore());
        assertEquals(Map.of("status", "submitted-or-validated"), wider.filters());
    }

    @Test
    void aFacilitatorSeesOnlyOrganisationsWhoseProfileAtLeastFiveShare() {
        ResultsFixtures f = new ResultsFixtures(2);
        for (int i = 0; i < 5; i++) {
            f.commune(i, "67", 40 + i); // 5 alike: counted
        }
        for (int i = 10; i < 14; i++) {
            f.commune(i, "68", 90); // 4 alike: never counted for a facilitator
        }
        CampaignResults data = f.build();

        Results admin = ResultsCalculator.results(data, ResultsFilter.defaults(), ResultsFixtures.admin());
        assertEquals(9, overall(admin).count());

        Results facilitator = ResultsCalculator.results(data, ResultsFilter.defaults(), ResultsFixtures.facilitator(1));
        assertTrue(facilitator.anonymity().applied());
        assertEquals(5, overall(facilitator).count());
        assertEquals(42.0, overall(facilitator).mean());
        assertEquals(5, facilitator.participation().invited());
        assertFalse(facilitator.departements().stream().anyMatch(d -> d.code().equals("68")));

        // filtering on the small département shows nothing, not the four
        Results small = ResultsCalculator.results(data, new ResultsFilter(null, null, null, "68", null),
                ResultsFixtures.facilitator(1));
        assertFalse(overall(small).shown());
        assertNull(overall(small).mean());
        assertNull(overall(small).count());
        assertEquals(0, small.participation().invited());
    }

    /**
     * The attack of the issue: a total minus the shown parts, through any sequence of filter combinations. For a
     * facilitator, every figure is over whole profiles of at least five diagnostics, so the set of diagnostics behind
     * any figure, and the difference between the sets behind any two figures, is empty or has at least five members.
     */
    @Test
    void noFilterSequenceSinglesOutFewerThanFiveOrganisations() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try {
            for (int round = 0; round < 5; round++) {
                CampaignResults data = randomCampaign(random, 120 + random.nextInt(200));
                List<ResultsFilter> filters = allFilters();
                Map<Long, Integer> position = new java.util.HashMap<>();
                data.rows().forEach(r -> position.put(r.diagnosticId(), position.size()));
                List<BitSet> counted = new ArrayList<>();
                for (ResultsFilter filter : filters) {
                    BitSet scored = new BitSet();
                    ResultsCalculator.scored(data, filter, ResultsFixtures.facilitator(1))
                            .forEach(r -> scored.set(position.get(r.diagnosticId())));
                    BitSet participants = new BitSet();
                    ResultsCalculator.counted(data, filter, ResultsFixtures.facilitator(1))
                            .forEach(r -> participants.set(position.get(r.diagnosticId())));
                    counted.add(scored);
                    counted.add(participants);
                    // and what the figures say agrees with the sets behind them
                    Results results = ResultsCalculator.results(data, filter, ResultsFixtures.facilitator(1));
                    assertEquals(participants.cardinality(), results.participation().invited());
                    Integer shown = overall(results).count();
                    assertTrue(shown == null || shown == scored.cardinality(), "overall count " + shown);
                    int partsTotal = results.departements().stream().mapToInt(Results.DepartementFigure::participants)
                            .sum();
                    int rest = results.participation().invited() - partsTotal;
                    assertTrue(rest == 0 || rest >= 5, "total minus the départements' parts = " + rest);
                }
                for (int i = 0; i < counted.size(); i++) {
                    BitSet a = counted.get(i);
                    if (!a.isEmpty() && a.cardinality() < 5) {
                        fail("a figure over " + a.cardinality() + " diagnostics");
                    }
                    for (int j = i + 1; j < counted.size(); j++) {
                        BitSet onlyA = (BitSet) a.clone();
                        onlyA.andNot(counted.get(j));
                        BitSet onlyB = (BitSet) counted.get(j).clone();
                        onlyB.andNot(a);
                        int x = onlyA.cardinality();
                        int y = onlyB.cardinality();
                        if (x > 0 && x < 5 || y > 0 && y < 5) {
                            fail("two figures differ by " + x + "/" + y + " diagnostics: " + filters.get(i / 2)
                                    + " vs " + filters.get(j / 2));
                        }
                    }
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    private static final String[] DEPARTEMENTS = { "08", "10", "51" };
    private static final OrganizationType[] TYPES = { OrganizationType.COMMUNE, OrganizationType.EPCI,
            OrganizationType.SYNDICAT };
    private static final Integer[] POPULATIONS = { 800, 5_000, 50_000 };

    static CampaignResults randomCampaign(Random random, int size) {
        ResultsFixtures f = new ResultsFixtures(99);
        DiagnosticStatus[] statuses = DiagnosticStatus.values();
        for (int i = 0; i < size; i++) {
            // skewed so that some profiles are large and many small
            OrganizationType type = random.nextInt(4) == 0 ? TYPES[1 + random.nextInt(2)] : OrganizationType.COMMUNE;
            f.row(i, statuses[random.nextInt(statuses.length)],
                    random.nextInt(3) == 0 ? DiagnosticMode.INTERVIEW : DiagnosticMode.SELF_ASSESSMENT, type,
                    random.nextInt(10) == 0 ? null : DEPARTEMENTS[random.nextInt(random.nextInt(3) + 1)],
                    POPULATIONS[random.nextInt(POPULATIONS.length)], (double) random.nextInt(101), null);
        }
        return f.build();
    }

    static List<ResultsFilter> allFilters() {
        List<ResultsFilter> filters = new ArrayList<>();
        List<DiagnosticMode> modes = new ArrayList<>(List.of(DiagnosticMode.values()));
        modes.add(null);
        List<OrganizationType> types = new ArrayList<>(List.of(TYPES));
        types.add(null);
        List<String> departements = new ArrayList<>(List.of(DEPARTEMENTS));
        departements.add(null);
        List<PopulationBand> bands = new ArrayList<>(List.of(PopulationBand.UNDER_3500,
                PopulationBand.FROM_3500_TO_20000, PopulationBand.FROM_20000_TO_100000, PopulationBand.OTHER_BODIES));
        bands.add(null);
        for (StatusScope status : StatusScope.values()) {
            for (DiagnosticMode mode : modes) {
                for (OrganizationType type : types) {
                    for (String departement : departements) {
                        for (PopulationBand band : bands) {
                            filters.add(new ResultsFilter(status, mode, type, departement, band));
                        }
                    }
                }
            }
        }
        return filters;
    }

    @Test
    void aThemeScoredByTooFewIsHiddenFromFacilitatorsOnly() {
        ResultsFixtures f = new ResultsFixtures(3);
        for (int i = 0; i < 6; i++) {
            f.commune(i, "67", 50);
        }
        CampaignResults data = f.build();
        // themes have no score in the fixtures: nobody scored them
        Distribution theme = ResultsCalculator.results(data, ResultsFilter.defaults(), ResultsFixtures.facilitator(1))
                .distributions().stream().filter(d -> d.nodeType().equals("theme")).findFirst().orElseThrow();
        assertFalse(theme.shown());
        Distribution adminTheme = ResultsCalculator.results(data, ResultsFilter.defaults(), ResultsFixtures.admin())
                .distributions().stream().filter(d -> d.nodeType().equals("theme")).findFirst().orElseThrow();
        assertTrue(adminTheme.shown());
        assertEquals(0, adminTheme.count());
    }
}
