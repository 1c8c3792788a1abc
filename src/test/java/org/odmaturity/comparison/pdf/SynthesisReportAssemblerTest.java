package org.odmaturity.comparison.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.NeedsCalculator;
import org.odmaturity.comparison.ResultsCalculator;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.StatusScope;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.comparison.pdf.SynthesisReport.AreaLine;
import org.odmaturity.comparison.pdf.SynthesisReport.ChangeLine;
import org.odmaturity.comparison.pdf.SynthesisReport.DistributionLine;
import org.odmaturity.comparison.pdf.SynthesisReport.Line;
import org.odmaturity.organization.OrganizationType;

/**
 * The synthesis's content from hand-made campaigns (see {@link SynthesisSamples}): the figures of the public
 * audience, participation counts below the minimum hidden, the map's classes, needs and evolution. No container.
 */
class SynthesisReportAssemblerTest {

    private static final ResultsFilter ALL = ResultsFilter.defaults();

    private static SynthesisReport report(ResultsFilter filter, String language, boolean withEvolution) {
        SynthesisSamples later = SynthesisSamples.later();
        return SynthesisReportAssembler.assemble(
                later.inputs(filter, language, withEvolution ? SynthesisSamples.earlier() : null), language,
                SynthesisSamples.TODAY);
    }

    private static Map<String, Line> byLabel(List<Line> lines) {
        return lines.stream().collect(Collectors.toMap(Line::label, Function.identity()));
    }

    @Test
    void participationCountsOnlyOrganisationsWhoseProfileFiveShare() {
        SynthesisReport report = report(ALL, "fr", false);
        // 6 communes in the 67 and 5 in the 68 are counted; the lone EPCI of the 57 is not
        assertEquals(11, report.invited());
        assertEquals(11, report.started());
        assertEquals(11, report.submitted());
        assertEquals(11, report.validated());
        Map<String, Line> types = byLabel(report.byType());
        assertEquals(11, types.get("Commune").count());
        Line epci = types.get("Établissement public de coopération intercommunale");
        assertNull(epci.count(), "the EPCI's segment reads 'moins de 5 organisations', never 1 nor 0");
        assertNull(epci.text());
        assertEquals(OrganizationType.values().length, report.byType().size());
        assertNull(types.get("Région").count(), "a type with nobody reads the same as a hidden one");

        Map<String, Line> departements = byLabel(report.byDepartement());
        assertEquals(6, departements.get("67 – Bas-Rhin").count());
        assertEquals(5, departements.get("68 – Haut-Rhin").count());
        assertNull(departements.get("57 – Moselle").count());
        assertEquals(SynthesisSamples.GRAND_EST.size(), report.byDepartement().size());
        assertEquals(5, report.minimumGroupSize());
    }

    @Test
    void distributionsAreThoseOfTheCountedDiagnostics() {
        SynthesisReport report = report(ALL, "fr", false);
        DistributionLine overall = report.distributions().get(0);
        assertTrue(overall.overall());
        // 10 15 25 30 35 45 50 55 65 70 75: mean 475 / 11, q1 at rank 2.5, median at 5, q3 at 7.5
        assertEquals(11, overall.count());
        assertEquals(43.2, overall.mean());
        assertEquals(27.5, overall.q1());
        assertEquals(45.0, overall.median());
        assertEquals(60.0, overall.q3());
        assertEquals("Débutant 2 · Initié 3 · Structuré 3 · Avancé 3 · Expert 0", overall.levelSummary());
        assertEquals(List.of("Score global", "Piloter", "Partager", "Produire", "Valoriser"),
                report.distributions().stream().map(DistributionLine::title).toList());
        assertEquals("Piloter", report.themes().get(0).subtitle());
        assertEquals(33.2, report.themes().get(0).mean(), "themes score 10 below their axis");

        LevelBarsPicture bars = report.levelBars();
        assertNotNull(bars);
        assertEquals(5, bars.bars().size());
        assertEquals(List.of(2, 3, 3, 3, 0), bars.bars().get(0).counts());
        assertEquals(List.of("Débutant", "Initié", "Structuré", "Avancé", "Expert"), bars.levels());
    }

    @Test
    void theMapIsColouredByMeanScoreLevelAndHatchesWhatIsHidden() {
        SynthesisReport report = report(ALL, "fr", false);
        assertTrue(report.mapByScore());
        Map<String, AreaLine> areas = report.areas().stream()
                .collect(Collectors.toMap(AreaLine::code, Function.identity()));
        assertEquals(54.2, areas.get("67").score());
        assertEquals("Structuré", areas.get("67").classLabel());
        assertEquals(30.0, areas.get("68").score());
        assertEquals("Initié", areas.get("68").classLabel());
        assertNull(areas.get("57").score());
        assertNull(areas.get("57").classLabel());
        assertEquals("Moselle", areas.get("57").name());
        assertEquals(DepartementMap.ATTRIBUTION, report.mapAttribution());

        DepartementMapPicture map = report.map();
        assertEquals(SynthesisSamples.GRAND_EST.size(), map.areas().size());
        Map<String, Integer> classes = map.areas().stream()
                .collect(Collectors.toMap(DepartementMapPicture.Area::code, DepartementMapPicture.Area::classIndex));
        assertEquals(2, classes.get("67"));
        assertEquals(1, classes.get("68"));
        assertEquals(-1, classes.get("57"));
        assertNull(map.fill(map.areas().stream().filter(a -> a.code().equals("57")).findFirst().orElseThrow()),
                "hidden départements are hatched, not coloured");
        List<String> legend = map.legend().stream().map(DepartementMapPicture.LegendEntry::label).toList();
        assertEquals(List.of("Débutant : de 0 à moins de 20", "Initié : de 20 à moins de 40",
                "Structuré : de 40 à moins de 60", "Avancé : de 60 à moins de 80", "Expert : 80 et plus",
                "moins de 5 organisations"), legend);
    }

    @Test
    void withoutAnyPublishableScoreTheMapShowsParticipation() {
        // validated diagnostics only, but the campaign's are all submitted: nothing is scored, participation shows
        SynthesisSamples submitted = new SynthesisSamples(43, "Soumis", 2026);
        for (int i = 0; i < 7; i++) {
            submitted.row(400 + i, org.odmaturity.diagnostic.DiagnosticStatus.SUBMITTED, OrganizationType.COMMUNE,
                    "54", 800, 40.0 + i);
        }
        SynthesisReport report = SynthesisReportAssembler.assemble(submitted.inputs(ALL, "en", null), "en",
                SynthesisSamples.TODAY);
        assertFalse(report.mapByScore());
        AreaLine meurthe = report.areas().stream().filter(a -> a.code().equals("54")).findFirst().orElseThrow();
        assertEquals(7, meurthe.count());
        assertEquals("5 to 9 organisations", meurthe.classLabel());
        assertNull(report.levelBars(), "no distribution is shown");
        assertFalse(report.distributions().get(0).shown());
        assertNull(report.validated());
        assertEquals(7, report.submitted());
        assertNull(report.needsBase());
    }

    @Test
    void aFilterOnTheLoneEpciShowsNoFigure() {
        SynthesisReport report = report(new ResultsFilter(StatusScope.VALIDATED, null, OrganizationType.EPCI, null,
                null), "fr", false);
        assertEquals(1, report.byType().size());
        assertNull(report.byType().get(0).count());
        assertNull(report.invited());
        assertTrue(report.distributions().stream().noneMatch(DistributionLine::shown));
        assertTrue(report.themes().stream().noneMatch(DistributionLine::shown));
        assertTrue(report.distributions().stream().allMatch(d -> d.mean() == null && d.count() == null));
        assertNull(report.needsBase());
        assertTrue(report.actions().isEmpty());
        assertFalse(report.mapByScore());
        assertTrue(report.areas().stream().allMatch(a -> a.score() == null && a.count() == null));
        Map<String, Line> filters = byLabel(report.filters());
        assertEquals("Établissement public de coopération intercommunale",
                filters.get("Type d'organisation").text());
        assertEquals("Tous", filters.get("Département").text());
        assertEquals("Diagnostics validés", filters.get("Diagnostics pris en compte").text());
    }

    @Test
    void supportNeedsListTheMostFrequentActions() {
        SynthesisReport report = report(ALL, "fr", false);
        assertEquals(11, report.needsBase());
        assertEquals(List.of(9, 5, 4, 2), report.actions().stream().map(SynthesisReport.ActionLine::organizations)
                .toList(), "the EPCI's budget action is not counted");
        SynthesisReport.ActionLine first = report.actions().get(0);
        assertEquals(1, first.rank());
        assertEquals(81.8, first.share());
        assertEquals("Partager", first.axis());
        assertEquals("Publication", first.theme());
        assertEquals("Faible", first.effort());
        assertEquals("Court terme (0 à 6 mois)", first.horizon());
        assertFalse(report.weakThemes().isEmpty());
        assertTrue(report.weakThemes().size() <= SynthesisReportAssembler.WEAKEST_THEMES);
        assertEquals("Débutant", report.lowestLevel());
    }

    @Test
    void evolutionOnlyWithAnEarlierCampaign() {
        SynthesisReport without = report(ALL, "fr", false);
        assertFalse(without.evolutionIncluded());
        assertTrue(without.changes().isEmpty());

        SynthesisReport with = report(ALL, "fr", true);
        assertTrue(with.evolutionIncluded());
        assertEquals("Diagnostic régional 2025", with.fromCampaignName());
        assertEquals(6, with.pairs());
        ChangeLine overall = with.changes().get(0);
        assertTrue(overall.overall());
        // 20 25 30 35 40 45 → 30 45 50 55 70 75
        assertEquals(6, overall.count());
        assertEquals(32.5, overall.fromMean());
        assertEquals(54.2, overall.toMean());
        assertEquals(21.7, overall.change());
        assertEquals(6, overall.improved());
        assertEquals(5, with.changes().size(), "overall and the four axes, no theme");
        // overall levels: 20 25 30 35 → Initié, 40 45 → Structuré; then 30 → Initié, 45 50 55 → Structuré,
        // 70 75 → Avancé; only the transitions that happened are listed
        assertEquals(List.of(Line.count("Initié → Initié", 1), Line.count("Initié → Structuré", 3),
                Line.count("Structuré → Avancé", 2)), with.transitions());
    }

    @Test
    void englishLabelsAndLevels() {
        SynthesisReport report = report(ALL, "en", false);
        assertEquals("en", report.language());
        assertEquals("Overall score", report.distributions().get(0).title());
        assertEquals("Beginner 2 · Initiated 3 · Structured 3 · Advanced 3 · Expert 0",
                report.distributions().get(0).levelSummary());
        assertEquals("Validated diagnostics", report.statusScope());
        assertEquals(List.of("Beginner", "from 0"), List.of(report.levels().get(0).label(),
                report.levels().get(0).text()));
        assertEquals("fewer than 5 organisations", report.map().legend().get(5).label());
    }

    @Test
    void refusesFiguresComputedWithoutTheAnonymityRule() {
        CampaignResults data = SynthesisSamples.later().build();
        Viewer admin = new Viewer(true, null, SynthesisSamples.MINIMUM, "fr");
        var inputs = new SynthesisReportAssembler.Inputs(ResultsCalculator.results(data, ALL, admin),
                NeedsCalculator.needs(data, ALL, admin, ResultsCalculator.scored(data, ALL, admin), Map.of()), null,
                ALL, null, List.of());
        assertThrows(IllegalArgumentException.class,
                () -> SynthesisReportAssembler.assemble(inputs, "fr", SynthesisSamples.TODAY));
    }

    @Test
    void participationBelowTheMinimumIsHiddenZeroIncluded() {
        assertNull(SynthesisReportAssembler.atLeast(0, 5));
        assertNull(SynthesisReportAssembler.atLeast(4, 5));
        assertEquals(5, SynthesisReportAssembler.atLeast(5, 5));
        assertEquals(2, SynthesisReportAssembler.scoreClass(54.2, List.of(
                new SynthesisReportAssembler.LevelLine("a", 0), new SynthesisReportAssembler.LevelLine("b", 20),
                new SynthesisReportAssembler.LevelLine("c", 40), new SynthesisReportAssembler.LevelLine("d", 60))));
        assertEquals(3, SynthesisReportAssembler.countClass(60, SynthesisReportAssembler.participationBounds(5)));
        assertEquals(0, SynthesisReportAssembler.countClass(9, SynthesisReportAssembler.participationBounds(5)));
    }
}
