package org.odmaturity.comparison;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A campaign's results under some filters, as a viewer may see them: participation, the distribution of every node
 * (overall, axes, themes) and the figures by département. Titles and labels are in the viewer's language.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Results(CampaignRef campaign, Map<String, String> filters, AnonymityNote anonymity,
        Participation participation, List<LevelRef> levels, List<Distribution> distributions,
        List<DepartementFigure> departements) {

    /** The campaign and its questionnaire. */
    public record CampaignRef(long id, String name, int year, String status, String questionnaireId,
            int questionnaireVersion) {

        static CampaignRef of(CampaignResults.CampaignInfo c) {
            return new CampaignRef(c.id(), c.name(), c.year(), c.status().name().toLowerCase(java.util.Locale.ROOT),
                    c.questionnaireId(), c.questionnaireVersion());
        }
    }

    /**
     * Whether the anonymity rule applied to these figures: then only organisations whose profile (status, mode, type,
     * département, population band) at least {@code minimumGroupSize} organisations of the campaign share are
     * counted, and a node scored by fewer organisations than that shows no figure.
     */
    public record AnonymityNote(boolean applied, int minimumGroupSize) {
    }

    /**
     * Who takes part, ignoring the status scope (drafts count) but with the other filters. {@code invited}: a
     * diagnostic exists; {@code started}: something is answered; {@code submitted}: submitted or validated;
     * {@code validated}: validated.
     */
    public record Participation(int invited, int started, int submitted, int validated, List<Count> byStatus,
            List<Count> byMode, List<Count> byType, List<Count> byBand, List<Count> byDepartement) {
    }

    /** A count of diagnostics with some key (a status, a type…) and its label. */
    public record Count(String key, String label, int count) {
    }

    /** A level of the questionnaire: the level a score reaches from its threshold. */
    public record LevelRef(String id, String label, double threshold) {
    }

    /**
     * The scores of a node across the counted diagnostics that have a score for it.
     *
     * @param shown  false when the anonymity rule hides the figures (fewer than the minimum): they and the count are then null and
     *               the level counts empty
     * @param levels how many diagnostics reach each level, in the questionnaire's order of levels
     */
    public record Distribution(String nodeId, String nodeType, String axisId, String title, Integer count, boolean shown,
            Double mean, Double min, Double q1, Double median, Double q3, Double max, List<LevelCount> levels) {
    }

    public record LevelCount(String level, int count) {
    }

    /**
     * A département: how many diagnostics take part (participation, all statuses) and the mean overall score of the
     * counted scored ones ({@code shown} false when the anonymity rule hides it).
     */
    public record DepartementFigure(String code, int participants, int scored, boolean shown, Double meanScore) {
    }
}
