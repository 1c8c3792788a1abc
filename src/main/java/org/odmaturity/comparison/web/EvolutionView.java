package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.odmaturity.comparison.Evolution;
import org.odmaturity.comparison.Evolution.NodeChange;
import org.odmaturity.comparison.Evolution.Transition;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.web.DashboardViews.Choice;
import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.EvolutionViews.ChangeRow;
import org.odmaturity.comparison.web.EvolutionViews.EvolutionContent;
import org.odmaturity.comparison.web.EvolutionViews.LevelColumn;
import org.odmaturity.comparison.web.EvolutionViews.TransitionCell;
import org.odmaturity.comparison.web.EvolutionViews.TransitionRow;
import org.odmaturity.web.Formats;

/**
 * The evolution view from an {@link Evolution}: the change per node (the slope chart is drawn from its overall and axis
 * rows) and the level transitions as a cross table, for the page and, row for row, for the CSV downloads.
 */
final class EvolutionView {

    private EvolutionView() {
    }

    /**
     * The campaigns around the one shown: the one to compare with (null when there is none), the default one (the
     * latest campaign before the one shown, null when none came before) and every other campaign, latest first.
     */
    record Comparison(CampaignRef from, CampaignRef defaultFrom, List<CampaignRef> others) {

        /** The campaigns around {@code current} in {@code campaigns} (latest first), comparing with {@code chosen}. */
        static Comparison of(CampaignRef current, List<CampaignRef> campaigns, CampaignRef chosen) {
            List<CampaignRef> others = campaigns.stream().filter(c -> current == null || c.id() != current.id())
                    .toList();
            CampaignRef earlier = null;
            if (current != null) {
                int at = -1;
                for (int i = 0; i < campaigns.size(); i++) {
                    at = campaigns.get(i).id() == current.id() ? i : at;
                }
                earlier = at >= 0 && at + 1 < campaigns.size() ? campaigns.get(at + 1) : null;
            }
            return new Comparison(chosen != null ? chosen : earlier, earlier, others);
        }
    }

    /**
     * The "compare with" select: the default campaign under the empty value (so that the default is no filter), then
     * the other campaigns; absent when there is no other campaign and nothing to say about the parameter.
     */
    static List<ExtraField> fields(Comparison comparison, DashboardScope scope, EvolutionMsg e) {
        String error = scope.errorOf("depuis");
        if (comparison.others().isEmpty() && error == null) {
            return List.of();
        }
        CampaignRef from = comparison.from();
        CampaignRef fallback = comparison.defaultFrom();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", fallback == null ? e.filter_from_none() : label(fallback),
                from == null || fallback != null && from.id() == fallback.id()));
        for (CampaignRef c : comparison.others()) {
            if (fallback == null || c.id() != fallback.id()) {
                choices.add(new Choice(Long.toString(c.id()), label(c), from != null && c.id() == from.id()));
            }
        }
        return List.of(new ExtraField("depuis", e.filter_from(), choices, error));
    }

    private static String label(CampaignRef c) {
        return c.name() + " (" + c.year() + ")";
    }

    /** How the two campaigns are named in headings and on the chart: their years, or their names in the same year. */
    static String[] names(CampaignRef from, CampaignRef to) {
        return from.year() != to.year() ? new String[] { Integer.toString(from.year()), Integer.toString(to.year()) }
                : new String[] { from.name(), to.name() };
    }

    static EvolutionContent nothing(String sentence) {
        return new EvolutionContent(sentence, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of());
    }

    static EvolutionContent content(Evolution evolution, List<Download> changeDownloads,
            List<Download> transitionDownloads, String hidden, Locale locale) {
        String[] names = names(evolution.from(), evolution.campaign());
        List<ChangeRow> changes = new ArrayList<>();
        for (NodeChange c : evolution.changes()) {
            boolean shown = c.count() != null;
            changes.add(new ChangeRow(c.nodeId(), c.nodeType(), c.title(), shown,
                    shown ? OverviewView.integer(locale, c.count()) : null, OverviewView.score(locale, c.fromMean()),
                    OverviewView.score(locale, c.toMean()), c.fromMean(), c.toMean(), signed(locale, c.meanChange()),
                    direction(c.meanChange()), integer(locale, c.improved()), integer(locale, c.unchanged()),
                    integer(locale, c.declined())));
        }
        if (evolution.pairs() == null) {
            return new EvolutionContent(null, names[0], names[1], null, hidden, changes, changeDownloads, List.of(),
                    List.of(), null, List.of(), transitionDownloads);
        }
        Map<String, String> fromLevels = new LinkedHashMap<>();
        Map<String, String> toLevels = new LinkedHashMap<>();
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Transition t : evolution.transitions()) {
            fromLevels.putIfAbsent(t.fromLevel(), t.fromLabel());
            toLevels.putIfAbsent(t.toLevel(), t.toLabel());
            counts.merge(List.of(t.fromLevel(), t.toLevel()), t.count(), Integer::sum);
        }
        List<String> toOrder = new ArrayList<>(toLevels.keySet());
        List<String> fromOrder = new ArrayList<>(fromLevels.keySet());
        List<TransitionRow> rows = new ArrayList<>();
        int[] columnTotals = new int[toOrder.size()];
        int total = 0;
        for (String f : fromOrder) {
            List<TransitionCell> cells = new ArrayList<>();
            int rowTotal = 0;
            for (int i = 0; i < toOrder.size(); i++) {
                String t = toOrder.get(i);
                int n = counts.getOrDefault(List.of(f, t), 0);
                rowTotal += n;
                columnTotals[i] += n;
                int fromRank = fromOrder.indexOf(f);
                String kind = f.equals(t) ? "same" : i > fromRank ? "up" : "down";
                cells.add(new TransitionCell(OverviewView.integer(locale, n), kind));
            }
            total += rowTotal;
            rows.add(new TransitionRow(f, fromLevels.get(f), cells, OverviewView.integer(locale, rowTotal)));
        }
        List<String> totals = new ArrayList<>();
        for (int n : columnTotals) {
            totals.add(OverviewView.integer(locale, n));
        }
        List<LevelColumn> levels = toOrder.stream().map(id -> new LevelColumn(id, toLevels.get(id))).toList();
        return new EvolutionContent(null, names[0], names[1], OverviewView.integer(locale, evolution.pairs()), hidden,
                changes, changeDownloads, levels, rows, OverviewView.integer(locale, total), totals,
                transitionDownloads);
    }

    /** A change with its sign: "+4,2", "−1,3", "0,0"; a dash when there is none. */
    static String signed(Locale locale, Double value) {
        if (value == null) {
            return "–";
        }
        String digits = Formats.decimal(locale, Math.abs(value), 1);
        return value > 0 ? "+" + digits : value < 0 ? "\u2212" + digits : digits;
    }

    private static String direction(Double change) {
        return change == null || change == 0 ? "level" : change > 0 ? "up" : "down";
    }

    private static String integer(Locale locale, Integer value) {
        return value == null ? null : OverviewView.integer(locale, value);
    }

    /** The change per node, as CSV: stable English column names; a hidden node has empty figures. */
    static void changesCsv(Evolution evolution, Csv csv) {
        csv.row("node_id", "node_type", "axis_id", "title", "shown", "organizations", "from_campaign", "from_mean",
                "to_campaign", "to_mean", "mean_change", "improved", "unchanged", "declined");
        for (NodeChange c : evolution.changes()) {
            csv.row(c.nodeId(), c.nodeType(), c.axisId(), c.title(), c.count() != null, c.count(),
                    evolution.from().id(), c.fromMean(), evolution.campaign().id(), c.toMean(), c.meanChange(),
                    c.improved(), c.unchanged(), c.declined());
        }
    }

    /** The level transitions, one row per (earlier level, later level); none when the pairs are hidden. */
    static void transitionsCsv(Evolution evolution, Csv csv) {
        csv.row("from_level", "from_label", "to_level", "to_label", "organizations");
        if (evolution.pairs() == null) {
            return;
        }
        for (Transition t : evolution.transitions()) {
            csv.row(t.fromLevel(), t.fromLabel(), t.toLevel(), t.toLabel(), t.count());
        }
    }
}
