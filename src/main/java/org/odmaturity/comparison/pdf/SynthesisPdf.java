package org.odmaturity.comparison.pdf;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.comparison.ComparisonConfig;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Evolution;
import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The regional synthesis of a campaign as a PDF for elected officials and partners: its results, support needs and,
 * when an earlier campaign is given, its evolution, always computed for the public audience
 * ({@link ComparisonService#publicViewer}: the anonymity rule, no individual result), whoever asks for it. Used by
 * the API ({@code GET /api/campaigns/{id}/report.pdf}) and the dashboard's "PDF" button. See
 * docs/synthesis-report.md.
 */
@ApplicationScoped
public class SynthesisPdf {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final ComparisonService comparisons;
    private final ComparisonConfig config;
    private final SynthesisPdfRenderer renderer;

    public SynthesisPdf(ComparisonService comparisons, ComparisonConfig config, SynthesisPdfRenderer renderer) {
        this.comparisons = comparisons;
        this.config = config;
        this.renderer = renderer;
    }

    /**
     * The synthesis as PDF bytes.
     *
     * @param campaignId     the campaign
     * @param filter         the filters of the figures (as on the dashboard)
     * @param fromCampaignId an earlier campaign to show the evolution from, or null for no evolution section
     * @param lang           {@code fr} or {@code en} (anything else: French)
     * @throws org.odmaturity.error.ResourceNotFoundException no such campaign (404)
     * @throws org.odmaturity.error.InvalidInputException    {@code fromCampaignId} is this campaign or no campaign
     *                                                        (422 naming {@code from})
     */
    public byte[] render(long campaignId, ResultsFilter filter, Long fromCampaignId, String lang) {
        return renderer.render(report(campaignId, filter, fromCampaignId, lang));
    }

    /** The report the PDF prints (same arguments and refusals as {@link #render}). */
    public SynthesisReport report(long campaignId, ResultsFilter filter, Long fromCampaignId, String lang) {
        String language = language(lang);
        Viewer audience = comparisons.publicViewer(language);
        Results results = comparisons.results(campaignId, filter, audience);
        Evolution evolution = fromCampaignId == null ? null
                : comparisons.evolution(campaignId, fromCampaignId, filter, audience);
        Needs needs = comparisons.needs(campaignId, filter, audience);
        Questionnaire questionnaire = comparisons.data(campaignId).questionnaire();
        String title = questionnaire == null ? null
                : questionnaire.title().in(language, questionnaire.defaultLanguage());
        return SynthesisReportAssembler.assemble(new SynthesisReportAssembler.Inputs(results, needs, evolution,
                filter, title, config.mapDepartements()), language, LocalDate.now(ZONE));
    }

    /**
     * The file name of a campaign's synthesis: {@code synthese-regionale-campagne-<id>.pdf} or
     * {@code regional-synthesis-campaign-<id>.pdf}.
     */
    public static String fileName(long campaignId, String lang) {
        return ("en".equals(language(lang)) ? "regional-synthesis-campaign-" : "synthese-regionale-campagne-")
                + campaignId + ".pdf";
    }

    /** {@code en} or {@code fr} (the default). */
    public static String language(String lang) {
        return "en".equals(lang) ? "en" : "fr";
    }
}
