package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.CampaignResults.NodeType;
import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.web.DashboardViews.Choice;
import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.EvolutionViews.ActionRow;
import org.odmaturity.comparison.web.EvolutionViews.Link;
import org.odmaturity.comparison.web.EvolutionViews.NeedsContent;
import org.odmaturity.comparison.web.EvolutionViews.ThemeRow;
import org.odmaturity.i18n.Labels;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.web.Formats;

/**
 * The support-needs view from a campaign's {@link Needs}: the actions narrowed by the view's own choices (axis, effort,
 * horizon; the most frequent ones or all) and the weakest themes (of the chosen axis), for the page and, row for row,
 * for the CSV downloads.
 */
final class NeedsView {

    private NeedsView() {
    }

    /** The view's selects: axis (the campaign's axes), effort, horizon, how many actions. */
    static List<ExtraField> fields(NeedsParams own, List<Node> axes, DashboardScope scope, EvolutionMsg e,
            String language) {
        Labels labels = Labels.of(language);
        String axis = own.axis().orElse(null);
        List<Choice> axisChoices = new ArrayList<>();
        axisChoices.add(new Choice("", e.filter_axis_all(), axis == null));
        for (Node node : axes) {
            axisChoices.add(new Choice(node.id(), node.title(language), node.id().equals(axis)));
        }
        Effort effort = own.effortChoice().orElse(null);
        List<Choice> efforts = new ArrayList<>();
        efforts.add(new Choice("", e.filter_effort_all(), effort == null));
        for (Effort x : Effort.values()) {
            efforts.add(new Choice(x.key(), labels.label("effort", x), x == effort));
        }
        Horizon horizon = own.horizonChoice().orElse(null);
        List<Choice> horizons = new ArrayList<>();
        horizons.add(new Choice("", e.filter_horizon_all(), horizon == null));
        for (Horizon x : Horizon.values()) {
            horizons.add(new Choice(x.key(), labels.label("horizon", x), x == horizon));
        }
        List<Choice> shown = List.of(new Choice("", e.filter_shown_top(NeedsParams.TOP), !own.all()),
                new Choice(NeedsParams.ALL, e.filter_shown_all(), own.all()));
        return List.of(new ExtraField("axe", e.filter_axis(), axisChoices, scope.errorOf("axe")),
                new ExtraField("effort", e.filter_effort(), efforts, scope.errorOf("effort")),
                new ExtraField("horizon", e.filter_horizon(), horizons, scope.errorOf("horizon")),
                new ExtraField("actions", e.filter_shown(), shown, scope.errorOf("actions")));
    }

    /** The label of one of the view's parameters, for its error. */
    static String label(String field, EvolutionMsg e) {
        return switch (field) {
            case "axe" -> e.filter_axis();
            case "effort" -> e.filter_effort();
            case "horizon" -> e.filter_horizon();
            case "actions" -> e.filter_shown();
            default -> field;
        };
    }

    /** The campaign's axes, in document order. */
    static List<Node> axes(CampaignResults data) {
        return data.nodes().stream().filter(n -> n.type() == NodeType.AXIS).toList();
    }

    /** The actions of the chosen axis, effort and horizon, most frequent first (all of them). */
    static List<Needs.Action> actions(Needs needs, NeedsParams own) {
        Optional<String> axis = own.axis();
        Optional<String> effort = own.effortChoice().map(Effort::key);
        Optional<String> horizon = own.horizonChoice().map(Horizon::key);
        return needs.actions().stream().filter(a -> axis.map(a.axisId()::equals).orElse(true)
                && effort.map(a.effort()::equals).orElse(true) && horizon.map(a.horizon()::equals).orElse(true))
                .toList();
    }

    /** The actions the page lists: all, or the first {@link NeedsParams#TOP}. */
    static List<Needs.Action> listed(List<Needs.Action> actions, NeedsParams own) {
        return own.all() ? actions : actions.subList(0, Math.min(NeedsParams.TOP, actions.size()));
    }

    /** The themes of the chosen axis, weakest first. */
    static List<Needs.WeakTheme> themes(Needs needs, NeedsParams own) {
        Optional<String> axis = own.axis();
        return needs.themes().stream().filter(t -> axis.map(t.axisId()::equals).orElse(true)).toList();
    }

    /** The label of the questionnaire's lowest level (the weak themes' last column), or null. */
    static String lowestLevel(CampaignResults data, String language) {
        if (data.questionnaire() == null || data.questionnaire().levels().isEmpty()) {
            return null;
        }
        return data.questionnaire().levels().get(0).label().in(language, "fr");
    }

    static NeedsContent content(Needs needs, CampaignResults data, NeedsParams own, DashboardScope scope,
            Downloads downloads, ResultsMsg m, EvolutionMsg e, Locale locale, String language) {
        String hidden = m.hidden(scope.viewer().minimumGroupSize());
        String lowest = lowestLevel(data, language);
        if (needs.diagnostics() == null) {
            return new NeedsContent(null, hidden, List.of(), null, null, List.of(), List.of(), lowest, null,
                    List.of());
        }
        List<Needs.Action> all = actions(needs, own);
        List<Needs.Action> listed = listed(all, own);
        List<ActionRow> actions = new ArrayList<>();
        for (Needs.Action a : listed) {
            actions.add(new ActionRow(actions.size() + 1, a.text(), a.axisTitle(), a.themeTitle(), a.effortLabel(),
                    a.horizonLabel(), OverviewView.integer(locale, a.organizations()), a.organizations(),
                    e.percent(Formats.decimal(locale, a.share(), 1))));
        }
        String summary = listed.size() < all.size() ? e.actions_summary(listed.size(), all.size()) : null;
        Link toggle = null;
        if (all.size() > NeedsParams.TOP) {
            toggle = own.all()
                    ? new Link(scope.href(DashboardTab.NEEDS.path(), own.query(false)) + "#actions-title",
                            e.actions_show_top(NeedsParams.TOP))
                    : new Link(scope.href(DashboardTab.NEEDS.path(), own.query(true)) + "#actions-title",
                            e.actions_show_all(all.size()));
        }
        List<ThemeRow> themes = new ArrayList<>();
        for (Needs.WeakTheme t : themes(needs, own)) {
            themes.add(new ThemeRow(t.themeId(), t.title(), t.axisTitle(), OverviewView.integer(locale, t.count()),
                    OverviewView.score(locale, t.mean()), t.mean(), OverviewView.score(locale, t.median()),
                    OverviewView.integer(locale, t.lowestLevel()),
                    t.count() == 0 ? "–" : e.percent(Formats.decimal(locale, 100.0 * t.lowestLevel() / t.count(), 0))));
        }
        long themesOfAxis = data.nodes().stream().filter(n -> n.type() == NodeType.THEME
                && own.axis().map(n.axisId()::equals).orElse(true)).count();
        String leftOut = scope.viewer().anonymised() && themes.size() < themesOfAxis ? e.themes_left_out(hidden)
                : null;
        return new NeedsContent(OverviewView.integer(locale, needs.diagnostics()), hidden, actions, summary, toggle,
                downloads.actions(), themes, lowest, leftOut, downloads.themes());
    }

    /** The CSV downloads of the view's two tables. */
    record Downloads(List<Download> actions, List<Download> themes) {
    }

    /** The actions listed, as CSV: stable English column names, the page language's texts. */
    static void actionsCsv(Needs needs, NeedsParams own, Csv csv) {
        csv.row("rank", "question_id", "source", "axis_id", "axis_title", "theme_id", "theme_title", "action",
                "effort", "effort_label", "horizon", "horizon_label", "organizations", "share");
        if (needs.diagnostics() == null) {
            return;
        }
        int rank = 0;
        for (Needs.Action a : listed(actions(needs, own), own)) {
            rank++;
            csv.row(rank, a.questionId(), a.source(), a.axisId(), a.axisTitle(), a.themeId(), a.themeTitle(),
                    a.text(), a.effort(), a.effortLabel(), a.horizon(), a.horizonLabel(), a.organizations(),
                    a.share());
        }
    }

    /** The weak themes shown, as CSV. */
    static void themesCsv(Needs needs, NeedsParams own, String lowestLevelId, Csv csv) {
        csv.row("theme_id", "axis_id", "axis_title", "title", "organizations", "mean", "median", "lowest_level",
                "at_lowest_level");
        if (needs.diagnostics() == null) {
            return;
        }
        for (Needs.WeakTheme t : themes(needs, own)) {
            csv.row(t.themeId(), t.axisId(), t.axisTitle(), t.title(), t.count(), t.mean(), t.median(),
                    lowestLevelId, t.lowestLevel());
        }
    }
}
