package org.odmaturity.comparison.web;

import java.util.List;

import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.Frame;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What the dashboard's support-needs and evolution views show: plain records, texts and numbers already written in the
 * page's language (Qute escapes them), the raw numbers riding along in data attributes for the charts that
 * {@code js/resultats-evolution.js} draws from the tables. A figure the anonymity rule hides is null and the page says
 * "moins de N organisations" instead.
 */
public final class EvolutionViews {

    /** How many actions the support needs' bar chart draws at most. */
    static final int CHART_LIMIT = 15;

    private EvolutionViews() {
    }

    /** The views' checked templates (src/main/resources/templates/results/). */
    @CheckedTemplate(basePath = "results")
    static final class Templates {
        static native TemplateInstance needs(Views.Page page, Frame frame, NeedsContent view);

        static native TemplateInstance evolution(Views.Page page, Frame frame, EvolutionContent view);
    }

    // ----------------------------------------------------------------------------------------------- support needs

    /**
     * The support needs of the counted diagnostics.
     *
     * @param diagnostics     how many diagnostics are counted, null when the anonymity rule hides them all
     * @param hiddenText      "moins de N organisations"
     * @param actions         the actions shown (the most frequent first, narrowed by the view's own choices)
     * @param actionsSummary  "10 actions affichées sur 23." when not all are shown, else null
     * @param toggle          the link that shows all actions or only the first ones, null when there are few
     * @param lowestLevel     the label of the questionnaire's lowest level
     * @param themesLeftOut   the sentence saying some themes are not shown (anonymity rule), or null
     */
    public record NeedsContent(String diagnostics, String hiddenText, List<ActionRow> actions, String actionsSummary,
            Link toggle, List<Download> actionDownloads, List<ThemeRow> themes, String lowestLevel,
            String themesLeftOut, List<Download> themeDownloads) {

        public boolean shown() {
            return diagnostics != null;
        }

        /** How many actions the bar chart draws at most (the first ones of the table). */
        public int chartLimit() {
            return CHART_LIMIT;
        }
    }

    /** A link with its text. */
    public record Link(String href, String text) {
    }

    /**
     * A recommended action and how many organisations have it in their plan.
     *
     * @param count the number of organisations, for the chart
     */
    public record ActionRow(int rank, String text, String axis, String theme, String effort, String horizon,
            String organizations, int count, String share) {
    }

    /** A theme's scores over the counted diagnostics; {@code meanValue} for the chart. */
    public record ThemeRow(String themeId, String title, String axis, String organizations, String mean,
            Double meanValue, String median, String lowest, String lowestShare) {
    }

    // --------------------------------------------------------------------------------------------------- evolution

    /**
     * The evolution of the organisations present in two campaigns, or why there is none.
     *
     * @param nothing   the sentence saying there is nothing to compare with (then nothing else is set), or null
     * @param fromLabel the earlier campaign as the chart's first position and in headings ("2025")
     * @param toLabel   this campaign ("2026")
     * @param pairs     how many organisations are paired, null when the anonymity rule hides them
     * @param levels    the later campaign's levels (the transitions' columns)
     */
    public record EvolutionContent(String nothing, String fromLabel, String toLabel, String pairs,
            String hiddenText, List<ChangeRow> changes, List<Download> changeDownloads, List<LevelColumn> levels,
            List<TransitionRow> transitions, String transitionsTotal, List<String> transitionsTotals,
            List<Download> transitionDownloads) {

        public boolean shown() {
            return pairs != null;
        }

        /** The number of columns of a change row after its title (for a hidden row's single cell). */
        public int changeColumns() {
            return 7;
        }
    }

    /**
     * One node's change over the pairs scored on it in both campaigns; figures written for the page, the means raw for
     * the slope chart.
     *
     * @param kind      overall, axis or theme (themes are indented under their axis; the chart draws the others)
     * @param direction up, down or level (a class: the sign is in the text too)
     */
    public record ChangeRow(String nodeId, String kind, String title, boolean shown, String organizations,
            String fromMean, String toMean, Double fromValue, Double toValue, String change, String direction,
            String improved, String unchanged, String declined) {
    }

    /** A level heading a column of the transitions. */
    public record LevelColumn(String id, String label) {
    }

    /** The organisations that were at one level in the earlier campaign, by level in this one. */
    public record TransitionRow(String level, String label, List<TransitionCell> cells, String total) {
    }

    /** A count of the transitions' table; {@code kind}: same (kept its level), up, down. */
    public record TransitionCell(String count, String kind) {
    }
}
