package org.odmaturity.comparison.web;

import java.util.List;

import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * What the dashboard pages show: plain records, texts and numbers already written in the page's language (Qute
 * escapes them). Every chart of these pages is drawn from a table of the same records (the table is the accessible
 * alternative and what pages show without JavaScript).
 */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** The pages' checked templates (src/main/resources/templates/results/). */
    @CheckedTemplate(basePath = "results")
    static final class Templates {
        static native TemplateInstance overview(Views.Page page, Frame frame, Overview view);

        static native TemplateInstance invalid(Views.Page page, Frame frame);
    }

    /** The text of the error that belongs to the field {@code id} (its link is {@code #id}), or null. */
    @TemplateExtension
    static String errorFor(List<Views.ErrorLink> errors, String id) {
        return errors.stream().filter(e -> e.href().equals("#" + id)).map(Views.ErrorLink::text).findFirst()
                .orElse(null);
    }

    /** A choice of a select: its value, its label, whether it is the current one. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A view of the dashboard in its navigation (the current one marked). */
    public record Tab(String href, String label, boolean current) {
    }

    /**
     * What every dashboard page shows around its content: the campaign, the filter form (with its errors), the
     * navigation between views, the anonymity note and the campaign's files in the same filters.
     *
     * @param campaign     the campaign's name, null when there is no campaign yet
     * @param filtered     whether anything but the defaults is chosen (a link resets them)
     * @param anonymity    the note shown to facilitators (aggregates over fewer than the minimum are hidden), or null
     * @param errors       the invalid filters, linked to their fields
     * @param extraFields  filters of a single view (the earlier campaign of the evolution), shown in the same form
     */
    public record Frame(String campaign, String tabTitle, String action, List<Choice> campaigns,
            List<Choice> statuses, List<Choice> modes, List<Choice> types, List<Choice> departements,
            List<Choice> bands, List<ExtraField> extraFields, boolean filtered, String resetHref, List<Tab> tabs,
            String anonymity, List<Views.ErrorLink> errors, List<DownloadGroup> downloads) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** A select of one view's own parameter (name, label, choices), shown in the filter form. */
    public record ExtraField(String name, String label, List<Choice> choices, String error) {
    }

    /** A download link (CSV, PDF) with its text. */
    public record Download(String href, String label) {
    }

    /** A file offered in several formats: its name, then one link per format. */
    public record DownloadGroup(String label, List<Download> links) {
    }

    // -------------------------------------------------------------------------------------------------- overview

    /** The overview: participation, distributions, map (see {@link DepartementMapView}). */
    public record Overview(Participation participation, Distributions distributions,
            DepartementMapView.MapSection map) {
    }

    /** A key figure (organisations invited, started…). */
    public record Figure(String label, String value) {
    }

    /**
     * Participation: the key figures and one table per breakdown (status, mode, type, population band, département).
     */
    public record Participation(List<Figure> figures, List<CountTable> tables, List<Download> downloads) {
    }

    /** A breakdown: caption, the heading of its first column, rows. */
    public record CountTable(String id, String caption, String dimension, List<CountRow> rows) {
    }

    public record CountRow(String key, String label, String count, int value) {
    }

    /**
     * The distributions of the scores: a row per node (overall, axes, themes) and the levels' columns.
     *
     * @param levels the questionnaire's levels (their labels head the level columns and name the chart's series)
     */
    public record Distributions(List<LevelHead> levels, List<DistributionRow> rows, String hiddenText,
            List<Download> downloads) {

        public boolean hasHidden() {
            return rows.stream().anyMatch(r -> !r.shown());
        }
    }

    public record LevelHead(String id, String label, int index) {
    }

    /**
     * One node's distribution; the figures are written for the page, the raw numbers ride along for the chart.
     *
     * @param kind overall, axis or theme (themes are indented under their axis)
     */
    public record DistributionRow(String nodeId, String kind, String title, boolean shown, String count, String mean,
            String min, String q1, String median, String q3, String max, List<LevelCell> levels) {
    }

    public record LevelCell(String levelId, String count, int value) {
    }
}
