package org.odmaturity.comparison.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.CampaignInfo;
import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.EvolutionCalculator;
import org.odmaturity.comparison.NeedsCalculator;
import org.odmaturity.comparison.NeedsIndex.ActionRef;
import org.odmaturity.comparison.PopulationBand;
import org.odmaturity.comparison.Profile;
import org.odmaturity.comparison.ResultsCalculator;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Theme;

/**
 * Hand-made campaigns over the test questionnaire ({@code sample-od-maturity} v1: levels Débutant 0, Initié 20,
 * Structuré 40, Avancé 60, Expert 80; axes Piloter, Partager, Produire, Valoriser), turned into report inputs by the
 * real calculators with the public audience (minimum group size 5). Every row of a campaign gets one score on the
 * overall node and every axis, and that score minus 10 on every theme.
 */
final class SynthesisSamples {

    static final Questionnaire Q = load();
    static final List<Node> NODES = nodes(Q);
    static final int MINIMUM = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** The Grand Est, as configured by default. */
    static final List<String> GRAND_EST = List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88");

    private final long campaignId;
    private final String name;
    private final int year;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Long, List<ActionRef>> actions = new HashMap<>();

    SynthesisSamples(long campaignId, String name, int year) {
        this.campaignId = campaignId;
        this.name = name;
        this.year = year;
    }

    /** A diagnostic of an organisation, scored when not a draft, with the actions of its plan. */
    SynthesisSamples row(long organization, DiagnosticStatus status, OrganizationType type, String departement,
            Integer population, Double score, ActionRef... plan) {
        long id = campaignId * 1000 + rows.size();
        double[] scores = null;
        String[] levels = null;
        boolean scored = status != DiagnosticStatus.DRAFT && score != null;
        if (scored) {
            scores = new double[NODES.size()];
            levels = new String[NODES.size()];
            Arrays.fill(scores, Double.NaN);
            for (Node node : NODES) {
                double s = node.type() == NodeType.THEME ? Math.max(0, score - 10) : score;
                scores[node.index()] = s;
                levels[node.index()] = Q.levelFor(s).id();
            }
        }
        rows.add(new Row(id, organization, "Organisation " + organization, "000000000",
                new Profile(status, DiagnosticMode.SELF_ASSESSMENT, type, departement,
                        PopulationBand.of(type, population)),
                population, null, status != DiagnosticStatus.DRAFT, Instant.parse("2026-03-01T10:00:00Z"), null, null,
                scored ? id : null, scores, levels));
        actions.put(id, List.of(plan));
        return this;
    }

    /** A validated commune of 1,200 inhabitants in a département. */
    SynthesisSamples commune(long organization, String departement, double score, ActionRef... plan) {
        return row(organization, DiagnosticStatus.VALIDATED, OrganizationType.COMMUNE, departement, 1_200, score,
                plan);
    }

    CampaignResults build() {
        return CampaignResults.of(new CampaignInfo(campaignId, name, year, CampaignStatus.OPEN, Q.id(), Q.version()),
                Q, NODES, rows, "sample");
    }

    static Viewer audience(String language) {
        return Viewer.publicAudience(MINIMUM, language);
    }

    /** The inputs of a report on this campaign, optionally with its evolution from an earlier one. */
    SynthesisReportAssembler.Inputs inputs(ResultsFilter filter, String language, SynthesisSamples earlier) {
        CampaignResults data = build();
        Viewer viewer = audience(language);
        List<Row> scored = ResultsCalculator.scored(data, filter, viewer);
        return new SynthesisReportAssembler.Inputs(ResultsCalculator.results(data, filter, viewer),
                NeedsCalculator.needs(data, filter, viewer, scored, actions),
                earlier == null ? null : EvolutionCalculator.evolution(data, earlier.build(), filter, viewer), filter,
                Q.title().in(language, "fr"), GRAND_EST);
    }

    static final ActionRef NO_REFERENT = new ActionRef("referent", "option:personne");
    static final ActionRef INFORMAL_REFERENT = new ActionRef("referent", "option:informel");
    static final ActionRef PUBLISH = new ActionRef("publie", "question");
    static final ActionRef BUDGET = new ActionRef("budget", "question");

    /**
     * The earlier campaign: six communes of the Bas-Rhin (67) validated, scores 20–45. The later one: the same six,
     * improved (30–75), five communes of the Haut-Rhin (68), and one lone EPCI of the Moselle (57), validated.
     */
    static SynthesisSamples earlier() {
        SynthesisSamples s = new SynthesisSamples(41, "Diagnostic régional 2025", 2025);
        double[] scores = { 20, 25, 30, 35, 40, 45 };
        for (int i = 0; i < scores.length; i++) {
            s.commune(100 + i, "67", scores[i], NO_REFERENT);
        }
        return s;
    }

    static SynthesisSamples later() {
        SynthesisSamples s = new SynthesisSamples(42, "Diagnostic régional 2026", 2026);
        double[] bas = { 30, 45, 50, 55, 70, 75 };
        for (int i = 0; i < bas.length; i++) {
            s.commune(100 + i, "67", bas[i], i < 4 ? new ActionRef[] { INFORMAL_REFERENT, PUBLISH }
                    : new ActionRef[] { BUDGET });
        }
        double[] haut = { 10, 15, 25, 35, 65 };
        for (int i = 0; i < haut.length; i++) {
            s.commune(200 + i, "68", haut[i], NO_REFERENT, PUBLISH);
        }
        s.row(300, DiagnosticStatus.VALIDATED, OrganizationType.EPCI, "57", 40_000, 90.0, BUDGET);
        return s;
    }

    static List<Node> nodes(Questionnaire q) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(0, NodeType.OVERALL, "overall", null,
                new LocalizedText(Map.of("fr", "Score global", "en", "Overall score"))));
        for (Axis axis : q.axes()) {
            nodes.add(new Node(nodes.size(), NodeType.AXIS, axis.id(), axis.id(), axis.title()));
            for (Theme theme : axis.themes()) {
                nodes.add(new Node(nodes.size(), NodeType.THEME, theme.id(), axis.id(), theme.title()));
            }
        }
        return nodes;
    }

    private static Questionnaire load() {
        try {
            ParseResult result = new QuestionnaireParser().parse("sample-od-maturity.v1.yaml",
                    Files.readAllBytes(Path.of("src/test/resources/questionnaires/sample-od-maturity.v1.yaml")));
            if (!result.valid()) {
                throw new IllegalStateException(result.errors().toString());
            }
            return result.questionnaire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
