package org.odmaturity.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.i18n.Labels;
import org.odmaturity.i18n.ScoreTexts;
import org.odmaturity.plan.Plan;
import org.odmaturity.plan.PlanGenerator;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanViews;
import org.odmaturity.plan.ResolvedAction;
import org.odmaturity.plan.SuggestedAction;
import org.odmaturity.plan.web.PlanPageViews.ActionForm;
import org.odmaturity.plan.web.PlanPageViews.Choice;
import org.odmaturity.plan.web.PlanPageViews.ChoiceGroup;
import org.odmaturity.plan.web.PlanPageViews.FormChoices;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Views;

/**
 * Builds what the plan pages show from the service's state and the API's view of the plan, in the page's language:
 * the rows, the removed actions, the targets, the selects of the action forms. No HTTP here: the resource decides
 * which page, with which status and notice.
 */
final class PlanScreens {

    /** A page's data: the service's state (raw items, suggestion, diagnostic) and the API's view of the plan. */
    record Loaded(PlanService.PlanState state, PlanViews.PlanView view) {

        long id() {
            return view.diagnosticId();
        }

        long version() {
            return view.version();
        }

        Optional<Plan.Item> item(String key) {
            return state.plan().items().stream().filter(i -> i.key().equals(key)).findFirst();
        }

        Optional<PlanViews.ActionView> action(String key) {
            return view.actions().stream().filter(a -> a.id().equals(key)).findFirst();
        }

        /** The rank of an action now (0 when it is not in the plan). */
        int rank(String key) {
            return key == null ? 0 : action(key).map(PlanViews.ActionView::rank).orElse(0);
        }

        String organization() {
            return state.diagnostic().organization().name;
        }
    }

    private final PlanPagesMsg m;
    private final Labels labels;
    private final Locale locale;
    private final String csrf;
    private final String lang;

    /**
     * @param locale how numbers and dates are written (France or the United Kingdom)
     * @param csrf   the CSRF token of the page's forms
     */
    PlanScreens(PlanPagesMsg m, String lang, Locale locale, String csrf) {
        this.m = m;
        this.labels = Labels.of(lang);
        this.locale = locale;
        this.csrf = csrf;
        this.lang = lang;
    }

    /** The plan page; {@code add}: the add form as typed (with its errors). */
    PlanPageViews.PlanPage plan(Loaded l, String notice, String alertTitle, String alert, ActionForm add) {
        PlanViews.PlanView v = l.view();
        PlanService.PlanState s = l.state();
        long id = l.id();
        Titles titles = new Titles(v);
        DiagnosticService.State diagnostic = s.diagnostic();
        String subtitle = m.campaign_status(diagnostic.campaign().name,
                labels.label("diagnostic.status", diagnostic.diagnostic().status));
        String updated = v.curated() && v.updatedBy() != null && v.updatedAt() != null
                ? m.updated(v.updatedBy(), Formats.dateTime(locale, v.updatedAt())) : null;
        boolean started = v.started() && v.overall() != null;
        ScoreTexts scores = ScoreTexts.of(diagnostic.questionnaire().questionnaire(), lang);
        String overallScore = started ? scores.total(v.overall().score(), v.overall().points(),
                v.overall().maxPoints()) : null;
        String overallLevel = !started || v.overall().level() == null ? m.not_started()
                : titles.level(v.overall().level());
        return new PlanPageViews.PlanPage(id, l.organization(), subtitle, updated,
                diagnostic.diagnostic().status == DiagnosticStatus.DRAFT, v.curated(), overallScore, overallLevel,
                form(PlanLinks.plan(id), v.version()), rows(l, titles), dropped(l, titles), targets(l, titles), add,
                choices(v, add, true, null, null), errorLinks(add, "add-"), notice, alertTitle, alert,
                PlanLinks.pdf(id), PlanLinks.interview(id), PlanLinks.regenerate(id, v.version()).toString(),
                scores.inPoints());
    }

    /** The edit form of the action {@code key} (in the plan); {@code version}: the plan version it was read at. */
    PlanPageViews.EditPage edit(Loaded l, String key, ActionForm form, long version, String alertTitle,
            String alert) {
        Plan.Item item = l.item(key).orElseThrow();
        PlanViews.ActionView shown = l.action(key).orElseThrow();
        // what "as in the questionnaire" stands for: the shown value when not overridden, else the recommendation's
        Effort defaultEffort = null;
        Horizon defaultHorizon = null;
        if (!item.custom()) {
            Optional<SuggestedAction> suggested = l.state().suggestion().action(key);
            defaultEffort = item.effort() == null ? Effort.fromKey(shown.effort()).orElse(null)
                    : suggested.map(sa -> sa.recommendation().effort()).orElse(null);
            defaultHorizon = item.horizon() == null ? Horizon.fromKey(shown.horizon()).orElse(null)
                    : suggested.map(sa -> sa.recommendation().horizon()).orElse(null);
        }
        String context = item.custom() ? m.edit_custom()
                : m.edit_suggested_from(new Titles(l.view()).place(item.axisId(), item.themeId()));
        return new PlanPageViews.EditPage(l.id(), key, shown.rank(), item.custom(), context,
                form(PlanLinks.action(l.id(), key), version), form,
                choices(l.view(), form, item.custom(), defaultEffort, defaultHorizon), errorLinks(form, ""),
                alertTitle, alert, PlanLinks.plan(l.id(), key));
    }

    /** A confirmation step re-posting {@code op} (and {@code key}) with confirm=oui. */
    PlanPageViews.ConfirmPage confirm(long id, String title, String text, String submit, PlanOp op, String key,
            long version) {
        return new PlanPageViews.ConfirmPage(title, text, submit, op.value(), key, form(PlanLinks.plan(id), version),
                key == null ? PlanLinks.plan(id) : PlanLinks.plan(id, key));
    }

    /** A due date as the stale-edit message says it. */
    String date(LocalDate date) {
        return Formats.date(locale, date);
    }

    /** "3 erreurs à corriger – title" when the form has errors, else the title. */
    String title(String title, List<Views.ErrorLink> errors) {
        return errors.isEmpty() ? title : m.errors_title(errors.size()) + " – " + title;
    }

    private List<PlanPageViews.Row> rows(Loaded l, Titles titles) {
        List<PlanPageViews.Row> rows = new ArrayList<>();
        int count = l.view().actions().size();
        for (PlanViews.ActionView a : l.view().actions()) {
            String status = ResolvedAction.REACHED.equals(a.status()) ? m.status_reached()
                    : ResolvedAction.NOT_APPLICABLE.equals(a.status()) ? m.status_not_applicable() : null;
            rows.add(new PlanPageViews.Row(a.id(), PlanLinks.htmlId(a.id()), a.rank(), a.text(),
                    titles.place(a.axis(), a.theme()), Formats.decimal(locale, a.gain(), 2),
                    labels.label("effort", Effort.fromKey(a.effort()).orElse(null)),
                    labels.label("horizon", Horizon.fromKey(a.horizon()).orElse(null)), a.quickWin(), a.custom(),
                    status, a.owner(), Formats.date(locale, a.dueDate()), a.rank() == 1, a.rank() == count,
                    PlanLinks.action(l.id(), a.id())));
        }
        return rows;
    }

    private List<PlanPageViews.Dropped> dropped(Loaded l, Titles titles) {
        PlanService.PlanState s = l.state();
        List<PlanPageViews.Dropped> dropped = new ArrayList<>();
        for (String key : l.view().available()) {
            s.suggestion().action(key).ifPresent(sa -> dropped.add(new PlanPageViews.Dropped(key,
                    PlanLinks.htmlId(key),
                    sa.recommendation().action().in(l.view().language(), s.questionnaire().defaultLanguage()),
                    titles.place(sa.axisId(), sa.themeId()),
                    Formats.decimal(locale, PlanGenerator.round(sa.gain(), 2), 2))));
        }
        return dropped;
    }

    private List<PlanPageViews.Target> targets(Loaded l, Titles titles) {
        List<PlanPageViews.Target> targets = new ArrayList<>();
        ScoreTexts scores = ScoreTexts.of(l.state().diagnostic().questionnaire().questionnaire(), lang);
        Map<String, AxisScore> cards = new HashMap<>();
        l.state().diagnostic().score().axes().forEach(a -> cards.put(a.id(), a));
        for (PlanViews.AxisView axis : l.view().axes()) {
            AxisScore card = cards.get(axis.id());
            String byDefault = l.state().suggestion().targets().get(axis.id());
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice("", byDefault == null ? m.target_default_none()
                    : m.target_default(titles.level(byDefault)), !axis.targetSet()));
            l.view().levels().forEach(level -> choices.add(new Choice(level.id(), level.label(),
                    axis.targetSet() && level.id().equals(axis.target()))));
            targets.add(new PlanPageViews.Target(axis.id(), "target-" + axis.id().replaceAll("[^A-Za-z0-9_-]", "-"),
                    axis.title(), card == null ? scores.score(axis.score())
                            : scores.total(axis.score(), card.points(), card.maxPoints()),
                    axis.level() == null ? null : titles.level(axis.level()), choices));
        }
        return targets;
    }

    private PlanPageViews.Form form(String action, long version) {
        return new PlanPageViews.Form(action, csrf, version);
    }

    private static List<Views.ErrorLink> errorLinks(ActionForm form, String prefix) {
        List<Views.ErrorLink> links = new ArrayList<>();
        form.errors().forEach((field, message) -> links.add(new Views.ErrorLink("#" + prefix + field, message)));
        return links;
    }

    /** The selects of an action form; {@code custom}: "not set" as the empty choice, else "as in the questionnaire". */
    private FormChoices choices(PlanViews.PlanView v, ActionForm form, boolean custom, Effort defaultEffort,
            Horizon defaultHorizon) {
        List<Choice> places = List.of(new Choice("", m.place_none(), form.place().isEmpty()));
        List<ChoiceGroup> groups = new ArrayList<>();
        for (PlanViews.AxisView axis : v.axes()) {
            List<Choice> choices = new ArrayList<>();
            String axisValue = ActionFields.place(axis.id(), null);
            choices.add(new Choice(axisValue, m.place_axis(axis.title()), form.place().equals(axisValue)));
            for (PlanViews.ThemeView theme : axis.themes()) {
                String value = ActionFields.place(axis.id(), theme.id());
                choices.add(new Choice(value, theme.title(), form.place().equals(value)));
            }
            groups.add(new ChoiceGroup(axis.title(), choices));
        }
        List<Choice> efforts = new ArrayList<>();
        efforts.add(unset(custom, "effort", defaultEffort, form.effort()));
        for (Effort e : Effort.values()) {
            efforts.add(new Choice(e.key(), labels.label("effort", e), form.effort().equals(e.key())));
        }
        List<Choice> horizons = new ArrayList<>();
        horizons.add(unset(custom, "horizon", defaultHorizon, form.horizon()));
        for (Horizon h : Horizon.values()) {
            horizons.add(new Choice(h.key(), labels.label("horizon", h), form.horizon().equals(h.key())));
        }
        return new FormChoices(places, groups, efforts, horizons);
    }

    /** The empty choice of the effort or horizon select: "not set", or "as in the questionnaire (value)". */
    private Choice unset(boolean custom, String kind, Enum<?> byDefault, String selected) {
        return new Choice("", custom || byDefault == null ? m.choice_unset()
                : m.choice_questionnaire(labels.label(kind, byDefault)), selected.isEmpty());
    }

    /** Axis, theme and level titles of a plan view, in its language. */
    private static final class Titles {
        private final Map<String, String> axes = new HashMap<>();
        private final Map<String, String> themes = new HashMap<>();
        private final Map<String, String> levels = new HashMap<>();

        Titles(PlanViews.PlanView v) {
            for (PlanViews.AxisView a : v.axes()) {
                axes.put(a.id(), a.title());
                a.themes().forEach(t -> themes.put(t.id(), t.title()));
            }
            v.levels().forEach(l -> levels.put(l.id(), l.label()));
        }

        /** "Axis › Theme", the axis alone, or null. */
        String place(String axisId, String themeId) {
            String axis = axisId == null ? null : axes.getOrDefault(axisId, axisId);
            String theme = themeId == null ? null : themes.getOrDefault(themeId, themeId);
            return axis == null ? theme : theme == null ? axis : axis + " › " + theme;
        }

        String level(String id) {
            return levels.getOrDefault(id, id);
        }
    }
}
