package org.odmaturity.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.comparison.CampaignResults.CampaignInfo;
import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * Hand-made campaign results over the test questionnaire ({@code sample-od-maturity} v1: levels debutant 0, initie 20,
 * structure 40, avance 60, expert 80; axes piloter, partager, produire, valoriser): each row gets an overall score and
 * the same score on every axis unless told otherwise.
 */
final class ResultsFixtures {

    static final Questionnaire Q = load();
    static final List<Node> NODES = ResultsRepository.nodes(Q);

    private final long campaignId;
    private final List<Row> rows = new ArrayList<>();
    private long nextId;

    ResultsFixtures(long campaignId) {
        this.campaignId = campaignId;
        this.nextId = campaignId * 1000;
    }

    /** A diagnostic of organisation {@code organization} with this profile and overall (and axis) score. */
    ResultsFixtures row(long organization, DiagnosticStatus status, DiagnosticMode mode, OrganizationType type,
            String departement, Integer population, Double score, Long facilitator) {
        long id = nextId++;
        double[] scores = null;
        String[] levels = null;
        boolean scored = status != DiagnosticStatus.DRAFT;
        if (scored) {
            scores = new double[NODES.size()];
            levels = new String[NODES.size()];
            Arrays.fill(scores, Double.NaN);
            for (Node node : NODES) {
                if (node.type() != CampaignResults.NodeType.THEME && score != null) {
                    scores[node.index()] = score;
                    levels[node.index()] = Q.levelFor(score).id();
                }
            }
        }
        rows.add(new Row(id, organization, "Organisation " + organization, "000000000",
                new Profile(status, mode, type, departement, PopulationBand.of(type, population)), population,
                facilitator, scored, Instant.parse("2026-03-01T10:00:00Z"), null, null, scored ? id : null, scores,
                levels));
        return this;
    }

    /** A validated self-assessment of a commune of 1,000 inhabitants. */
    ResultsFixtures commune(long organization, String departement, double score) {
        return row(organization, DiagnosticStatus.VALIDATED, DiagnosticMode.SELF_ASSESSMENT, OrganizationType.COMMUNE,
                departement, 1_000, score, null);
    }

    CampaignResults build() {
        return CampaignResults.of(new CampaignInfo(campaignId, "Campagne " + campaignId, 2026, CampaignStatus.OPEN,
                Q.id(), Q.version()), Q, NODES, rows, "test");
    }

    static Viewer admin() {
        return new Viewer(true, null, 5, "fr");
    }

    static Viewer facilitator(long id) {
        return new Viewer(false, id, 5, "fr");
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
