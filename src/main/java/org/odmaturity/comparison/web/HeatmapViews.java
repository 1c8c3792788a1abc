package org.odmaturity.comparison.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.odmaturity.comparison.Heatmap;
import org.odmaturity.comparison.OrganizationHistory;
import org.odmaturity.comparison.OrganizationHistory.AxisScore;
import org.odmaturity.comparison.OrganizationHistory.Entry;
import org.odmaturity.comparison.web.DashboardViews.Choice;
import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.DepartementMapView.LegendItem;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.web.PreviousPlanView;
import org.odmaturity.i18n.Labels;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The heatmap of organisations × themes and the organisation page of the regional dashboard: their checked templates
 * (src/main/resources/templates/results/) and records, texts and numbers already written in the page's language.
 * Each cell carries its number and the class of its score (20-point classes, as the map): colour is never the only
 * way to read it.
 */
public final class HeatmapViews {

    private HeatmapViews() {
    }

    @CheckedTemplate(basePath = "results")
    static final class Templates {
        static native TemplateInstance heatmap(Views.Page page, DashboardViews.Frame frame, HeatmapView view);

        static native TemplateInstance organization(Views.Page page, OrganizationPage view);
    }

    // ------------------------------------------------------------------------------------------------------- heatmap

    /**
     * The heatmap.
     *
     * @param scopeNote whose diagnostics are shown (all, or the facilitator's own)
     * @param count     how many rows, and which are on this page
     * @param columns   the organisation's name, then the overall score, each axis followed by its themes
     */
    public record HeatmapView(String scopeNote, String count, List<Column> columns, List<Row> rows, Pager pager,
            List<LegendItem> legend, List<Download> downloads) {
    }

    /**
     * A column head: a link sorting by it (the other way round when it is the current sort).
     *
     * @param kind     name, overall, axis or theme
     * @param ariaSort ascending or descending on the current sort column, else null
     * @param action   what the link does, for screen readers ("sort in ascending order")
     * @param arrow    ▲ or ▼ on the current sort column, else empty
     */
    public record Column(String kind, String title, String href, String ariaSort, String action, String arrow) {
    }

    public record Row(String name, String href, String departement, List<Cell> cells) {
    }

    /** A score written for the page and its class (band-0…band-4, or none when there is no score). */
    public record Cell(String value, String css) {
    }

    /**
     * The pages: previous and next (null at the ends) and a link per page around the current one.
     *
     * @param links null entries stand for skipped pages ("…")
     */
    public record Pager(String status, String prevHref, String nextHref, List<PageLink> links) {
    }

    public record PageLink(int number, String href, boolean current) {
    }

    /** The sort and page a heatmap was asked with, once checked. */
    record Sort(String node, boolean descending, int page, int rows) {

        Map<String, String> query() {
            return HeatmapParams.query(node, descending, rows);
        }
    }

    static HeatmapView heatmap(Heatmap h, DashboardScope scope, Sort sort, ResultsMsg m, Locale locale,
            List<Download> downloads) {
        String path = DashboardTab.ORGANIZATIONS.path();
        List<Column> columns = new ArrayList<>();
        columns.add(column("name", null, m.heat_col_name(), h, scope, sort, m));
        for (Heatmap.Column c : h.columns()) {
            columns.add(column(c.nodeType(), c.nodeId(), c.title(), h, scope, sort, m));
        }
        Map<String, String> back = new LinkedHashMap<>(sort.query());
        if (h.page() > 0) {
            back.put("page", Integer.toString(h.page() + 1));
        }
        List<Row> rows = new ArrayList<>();
        for (Heatmap.HeatRow r : h.rows()) {
            List<Cell> cells = r.cells().stream().map(c -> new Cell(OverviewView.score(locale, c.score()),
                    c.score() == null ? "none" : "band-" + DepartementMapView.scoreClass(c.score()))).toList();
            rows.add(new Row(r.name(), scope.href(path + "/" + r.organizationId(), back), r.departement(), cells));
        }
        int pages = Math.max(1, (h.total() + h.pageSize() - 1) / h.pageSize());
        int first = h.total() == 0 ? 0 : h.page() * h.pageSize() + 1;
        int last = h.page() * h.pageSize() + h.rows().size();
        String count = m.heat_count(h.total(), OverviewView.integer(locale, first), OverviewView.integer(locale, last));
        Function<Integer, String> pageHref = p -> {
            Map<String, String> query = new LinkedHashMap<>(sort.query());
            if (p > 1) {
                query.put("page", Integer.toString(p));
            }
            return scope.href(path, query);
        };
        int current = h.page() + 1;
        List<PageLink> links = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
                links.add(new PageLink(p, pageHref.apply(p), p == current));
            } else if (links.isEmpty() || links.get(links.size() - 1) != null) {
                links.add(null);
            }
        }
        Pager pager = pages <= 1 ? null : new Pager(m.heat_page_of(current, pages),
                current > 1 ? pageHref.apply(current - 1) : null, current < pages ? pageHref.apply(current + 1) : null,
                links);
        String note = scope.viewer().admin() ? m.heat_scope_admin() : m.heat_scope_facilitator();
        return new HeatmapView(note, count, columns, rows, pager, legend(m), downloads);
    }

    private static Column column(String kind, String node, String title, Heatmap h, DashboardScope scope, Sort sort,
            ResultsMsg m) {
        boolean current = node == null ? sort.node() == null : node.equals(sort.node());
        // a new column sorts names A→Z and scores highest first; the current one turns the other way round
        boolean descending = current ? !sort.descending() : node != null;
        String href = scope.href(DashboardTab.ORGANIZATIONS.path(), HeatmapParams.query(node, descending,
                sort.rows()));
        String ariaSort = current ? (sort.descending() ? "descending" : "ascending") : null;
        String arrow = current ? (sort.descending() ? "▼" : "▲") : "";
        return new Column(kind, title, href, ariaSort, descending ? m.heat_sort_desc() : m.heat_sort_asc(), arrow);
    }

    static List<LegendItem> legend(ResultsMsg m) {
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < DepartementMapView.CLASSES; i++) {
            legend.add(new LegendItem("band-" + i, i == DepartementMapView.CLASSES - 1
                    ? m.map_legend_band_last(i * 20, 100) : m.map_legend_band(i * 20, (i + 1) * 20)));
        }
        legend.add(new LegendItem("none", m.heat_legend_none()));
        return legend;
    }

    /**
     * The heatmap's fields of the filter form (so that applying filters keeps the sort): the sort column, the order,
     * the rows per page; {@code errors} by parameter name.
     */
    static List<ExtraField> fields(Sort sort, String rawSort, List<Heatmap.Column> columns, Map<String, String> errors,
            ResultsMsg m) {
        String chosen = rawSort == null || rawSort.isBlank() || "name".equals(rawSort) ? null : rawSort;
        List<Choice> sorts = new ArrayList<>();
        sorts.add(new Choice("", m.heat_col_name(), chosen == null));
        Map<String, String> axes = new LinkedHashMap<>();
        for (Heatmap.Column c : columns) {
            if (c.nodeType().equals("axis")) {
                axes.put(c.nodeId(), c.title());
            }
            String label = c.nodeType().equals("theme") ? axes.getOrDefault(c.axisId(), "") + " › " + c.title()
                    : c.title();
            sorts.add(new Choice(c.nodeId(), label, c.nodeId().equals(chosen)));
        }
        if (chosen != null && columns.stream().noneMatch(c -> c.nodeId().equals(chosen))) {
            sorts.add(new Choice(chosen, chosen, true));
        }
        List<Choice> orders = List.of(new Choice("", m.heat_order_asc(), !sort.descending()),
                new Choice("desc", m.heat_order_desc(), sort.descending()));
        List<Choice> rows = new ArrayList<>();
        for (int n : new int[] { 10, 25, HeatmapParams.DEFAULT_ROWS, 100 }) {
            rows.add(new Choice(n == HeatmapParams.DEFAULT_ROWS ? "" : Integer.toString(n), Integer.toString(n),
                    n == sort.rows()));
        }
        return List.of(new ExtraField("tri", m.heat_field_sort(), sorts, errors.get("tri")),
                new ExtraField("ordre", m.heat_field_order(), orders, errors.get("ordre")),
                new ExtraField("lignes", m.heat_field_rows(), rows, errors.get("lignes")));
    }

    // ---------------------------------------------------------------------------------------------- organisation

    /**
     * An organisation's page: its scored diagnostics across campaigns, oldest first.
     *
     * @param backHref  the heatmap it was opened from (its filters, sort and page)
     * @param adminHref the organisation's admin page, for admins only (else null)
     * @param axes      the axes of the columns: every axis any of its diagnostics has, in order of appearance
     */
    public record OrganizationPage(String name, String intro, String backHref, String adminHref, List<AxisHead> axes,
            List<HistoryRow> rows, List<Download> downloads, List<PreviousPlanView> followUps) {

        /** This page with the follow-up of the organisation's validated plans (oldest campaign first). */
        OrganizationPage withFollowUps(List<PreviousPlanView> plans) {
            return new OrganizationPage(name, intro, backHref, adminHref, axes, rows, downloads, List.copyOf(plans));
        }
    }

    public record AxisHead(String id, String title) {
    }

    /**
     * A diagnostic of the organisation.
     *
     * @param label    the campaign's name and year (the charts' series and points)
     * @param overall  the overall score written for the page; {@code overallRaw} the number the charts read
     * @param planHref its improvement plan's page
     */
    public record HistoryRow(long diagnosticId, String label, String status, String mode, String date,
            String overall, String overallRaw, String overallLevel, String overallCss, List<AxisCell> axes,
            String planHref) {
    }

    /** An axis score of a diagnostic: written, raw (empty when none), level, class. */
    public record AxisCell(String axisId, String score, String raw, String level, String css) {
    }

    static OrganizationPage organization(OrganizationHistory history, Function<Long, Map<String, String>> levels,
            String backHref, boolean admin, List<Download> downloads, ResultsMsg m, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        Labels labels = Labels.of(lang);
        List<AxisHead> axes = axes(history);
        List<HistoryRow> rows = new ArrayList<>();
        for (Entry e : history.diagnostics()) {
            Map<String, String> levelLabels = levels.apply(e.campaign().id());
            List<AxisCell> cells = new ArrayList<>();
            for (AxisHead axis : axes) {
                AxisScore s = e.axes().stream().filter(a -> a.axisId().equals(axis.id())).findFirst().orElse(null);
                Double score = s == null ? null : s.score();
                cells.add(new AxisCell(axis.id(), OverviewView.score(locale, score), raw(score),
                        s == null ? null : level(levelLabels, s.level()), css(score)));
            }
            String date = e.scoredAt() == null ? "–"
                    : Formats.date(locale, LocalDate.ofInstant(e.scoredAt(), Formats.PARIS));
            String name = e.campaign().name();
            String year = Integer.toString(e.campaign().year());
            rows.add(new HistoryRow(e.diagnosticId(), name.contains(year) ? name : name + " (" + year + ")",
                    labels.label("diagnostic.status", DiagnosticStatus.fromKey(e.status())),
                    labels.label("diagnostic.mode", DiagnosticMode.fromKey(e.mode())), date,
                    OverviewView.score(locale, e.overall()), raw(e.overall()), level(levelLabels, e.overallLevel()),
                    css(e.overall()), cells, "/animation/diagnostics/" + e.diagnosticId() + "/plan"));
        }
        String intro = rows.isEmpty() ? m.org_none() : m.org_intro(rows.size());
        return new OrganizationPage(history.name(), intro, backHref,
                admin ? "/admin/organisations/" + history.organizationId() : null, axes, rows, downloads, List.of());
    }

    /** Every axis of the organisation's diagnostics, in order of first appearance (campaigns may differ). */
    static List<AxisHead> axes(OrganizationHistory history) {
        Map<String, String> axes = new LinkedHashMap<>();
        for (Entry e : history.diagnostics()) {
            for (AxisScore a : e.axes()) {
                axes.putIfAbsent(a.axisId(), a.title());
            }
        }
        return axes.entrySet().stream().map(a -> new AxisHead(a.getKey(), a.getValue())).toList();
    }

    private static String level(Map<String, String> labels, String level) {
        return level == null ? null : labels.getOrDefault(level, level);
    }

    private static String raw(Double score) {
        return score == null ? "" : String.format(Locale.ROOT, "%.1f", score);
    }

    private static String css(Double score) {
        return score == null ? "none" : "band-" + DepartementMapView.scoreClass(score);
    }
}
