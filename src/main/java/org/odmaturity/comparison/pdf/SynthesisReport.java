package org.odmaturity.comparison.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the regional synthesis PDF prints, for the public audience (the anonymity rule applied) and in one
 * language: texts and labels already resolved, figures as numbers (the templates write them in the report's locale).
 * Built by {@link SynthesisReportAssembler} from a campaign's results, support needs and, optionally, its evolution;
 * the templates ({@code src/main/jasperreports/synthesis*.jrxml}) only lay it out.
 *
 * <p>A null figure is a hidden one: the templates print "moins de 5 organisations" ("fewer than 5 organisations",
 * with {@code minimumGroupSize}) in its place.</p>
 *
 * @param filters          the filters the figures are under, as label and value (cover)
 * @param invited          organisations with a diagnostic in the campaign (counted ones, see docs/synthesis-report.md)
 * @param distributions    the overall score, then each axis
 * @param levelBars        the level counts of the shown distributions as stacked bars, null when none is shown
 * @param themes           every theme, in document order, with its axis as subtitle
 * @param levels           the questionnaire's maturity levels, lowest first, with the score each starts from
 * @param mapByScore       whether the map is coloured by mean overall score (else by participation: no score shown)
 * @param map              the départements drawn as vector shapes with their legend, null when none has an outline
 * @param areas            every département of the map and of the participation, by code, with its figure in words
 * @param needsBase        how many scored diagnostics the support needs count, null when hidden
 * @param evolutionIncluded whether an earlier campaign was given (then the evolution section is printed)
 * @param pairs            organisations present in both campaigns and counted, null when hidden
 * @param transitions      the overall level transitions that happened ("Initié → Structuré", count)
 */
public record SynthesisReport(
        String language,
        String campaignName,
        int campaignYear,
        String questionnaireTitle,
        String questionnaireId,
        int questionnaireVersion,
        LocalDate generatedOn,
        List<Line> filters,
        String statusScope,
        int minimumGroupSize,
        Integer invited,
        Integer started,
        Integer submitted,
        Integer validated,
        List<Line> byType,
        List<Line> byBand,
        List<Line> byDepartement,
        List<DistributionLine> distributions,
        LevelBarsPicture levelBars,
        List<DistributionLine> themes,
        List<Line> levels,
        boolean mapByScore,
        DepartementMapPicture map,
        List<AreaLine> areas,
        String mapAttribution,
        Integer needsBase,
        List<ActionLine> actions,
        List<WeakThemeLine> weakThemes,
        String lowestLevel,
        boolean evolutionIncluded,
        String fromCampaignName,
        Integer fromCampaignYear,
        Integer pairs,
        List<ChangeLine> changes,
        List<Line> transitions) {

    public SynthesisReport {
        filters = List.copyOf(filters);
        byType = List.copyOf(byType);
        byBand = List.copyOf(byBand);
        byDepartement = List.copyOf(byDepartement);
        distributions = List.copyOf(distributions);
        themes = List.copyOf(themes);
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
        actions = List.copyOf(actions);
        weakThemes = List.copyOf(weakThemes);
        changes = List.copyOf(changes);
        transitions = List.copyOf(transitions);
    }

    /**
     * A labelled figure: {@code text} when there is one (a filter's value), else {@code count}; both null means the
     * count is hidden ("moins de 5 organisations").
     */
    public record Line(String label, Integer count, String text) {

        public static Line text(String label, String text) {
            return new Line(label, null, text);
        }

        public static Line count(String label, Integer count) {
            return new Line(label, count, null);
        }
    }

    /**
     * The distribution of a node's scores; every figure null when {@code shown} is false.
     *
     * @param subtitle     the axis of a theme, null for the overall score and the axes
     * @param levelSummary the level counts in words ("Débutant 1 · Initié 3…"), null when hidden
     */
    public record DistributionLine(String title, String subtitle, boolean overall, boolean shown, Integer count,
            Double mean, Double q1, Double median, Double q3, String levelSummary) {
    }

    /**
     * A département: its mean overall score (score map) and its participation, each null when hidden or nothing, and
     * the class of the map it falls in, in words (its level on a score map), null when hatched.
     *
     * @param onMap false for a département without an outline (overseas): listed, not drawn
     */
    public record AreaLine(String code, String name, Double score, Integer count, String classLabel, boolean onMap) {
    }

    /** A frequent action of the plans: how many organisations have it ({@code share}: percent of the base). */
    public record ActionLine(int rank, String text, String axis, String theme, String effort, String horizon,
            int organizations, double share) {
    }

    /** A weak theme: its mean and median score and how many organisations sit on the lowest level. */
    public record WeakThemeLine(String title, String axis, int count, Double mean, Double median, int lowestLevel) {
    }

    /** A node's change over the paired organisations; every figure null when hidden. */
    public record ChangeLine(String title, boolean overall, Integer count, Double fromMean, Double toMean,
            Double change, Integer improved, Integer unchanged, Integer declined) {
    }
}
