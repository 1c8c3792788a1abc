package org.odmaturity.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Theme;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.NodeScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ThemeScore;

/** The JSON shape of an improvement plan (docs/api.md, "Improvement plan"). */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A plan in one language.
     *
     * @param version   the plan's ETag (0: never curated)
     * @param curated   whether a facilitator or an admin stored it
     * @param suggested whether this is the suggestion computed from the answers (not curated, or asked for)
     * @param started   whether anything is answered
     * @param actions   every action, in plan order (rank 1 first)
     * @param available the ids of suggested actions not in the plan (dropped, or called for by newer answers)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanView(long diagnosticId, long version, boolean curated, boolean suggested, boolean started,
            String language, Instant updatedAt, String updatedBy, NodeScore overall, List<LevelView> levels,
            List<AxisView> axes, List<ActionView> actions, List<String> available, Peers peers) {
    }

    public record LevelView(String id, String label, double threshold) {
    }

    /** An axis with its score, level, target level, its themes and the ids of its actions (in plan order). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AxisView(String id, String title, Double score, String level, String target, boolean targetSet,
            List<ThemeView> themes, List<String> actions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ThemeView(String id, String title, Double score, String level, List<String> actions,
            String status) {

        /** {@code status}: "incomplete" for a staircase activity with a required step unanswered, else null. */
        public ThemeView(String id, String title, Double score, String level, List<String> actions) {
            this(id, title, score, level, actions, null);
        }
    }

    /** One action; {@code effort} and {@code horizon} are keys (low, medium, high; short, medium, long). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActionView(String id, int rank, String question, String axis, String theme, String text,
            String effort, String horizon, String owner, LocalDate dueDate, boolean custom, Double gain,
            Double priority, boolean quickWin, String status) {
    }

    /** The view of a loaded plan: the suggestion when asked for or when nothing was curated yet. */
    public static PlanView of(PlanService.PlanState state, boolean suggested, String language) {
        return of(state.diagnostic().diagnostic().id, state.plan(), suggested || !state.plan().curated(),
                state.suggestion(), state.questionnaire(), state.diagnostic().score(), state.peers(), language);
    }

    static PlanView of(long diagnosticId, Plan plan, boolean suggested, PlanGenerator.Suggestion suggestion,
            Questionnaire q, ScoreCard card, Peers peers, String language) {
        List<ResolvedAction> resolved = ResolvedAction.resolve(plan, suggestion, q, card, language);
        Map<String, List<String>> byAxis = new HashMap<>();
        Map<String, List<String>> byTheme = new HashMap<>();
        for (ResolvedAction a : resolved) {
            if (a.axisId() != null) {
                byAxis.computeIfAbsent(a.axisId(), k -> new ArrayList<>()).add(a.id());
            }
            if (a.themeId() != null) {
                byTheme.computeIfAbsent(a.themeId(), k -> new ArrayList<>()).add(a.id());
            }
        }
        Map<String, AxisScore> axisScores = new HashMap<>();
        Map<String, ThemeScore> themeScores = new HashMap<>();
        card.axes().forEach(a -> {
            axisScores.put(a.id(), a);
            a.themes().forEach(t -> themeScores.put(t.id(), t));
        });
        List<AxisView> axes = new ArrayList<>();
        for (Axis axis : q.axes()) {
            AxisScore score = axisScores.get(axis.id());
            List<ThemeView> themes = new ArrayList<>();
            for (Theme theme : axis.themes()) {
                ThemeScore ts = themeScores.get(theme.id());
                themes.add(new ThemeView(theme.id(), theme.title().in(language, q.defaultLanguage()),
                        ts == null ? null : ts.score(), ts == null ? null : ts.level(),
                        byTheme.getOrDefault(theme.id(), List.of()), ts == null ? null : ts.status()));
            }
            String target = target(plan, suggestion, axis.id());
            axes.add(new AxisView(axis.id(), axis.title().in(language, q.defaultLanguage()),
                    score == null ? null : score.score(), score == null ? null : score.level(), target,
                    plan.targets().containsKey(axis.id()), themes, byAxis.getOrDefault(axis.id(), List.of())));
        }
        Set<String> inPlan = new HashSet<>();
        plan.items().forEach(i -> inPlan.add(i.key()));
        List<String> available = suggestion.actions().stream().map(SuggestedAction::key)
                .filter(k -> !inPlan.contains(k)).toList();
        List<LevelView> levels = q.levels().stream()
                .map(l -> new LevelView(l.id(), l.label().in(language, q.defaultLanguage()), l.threshold())).toList();
        List<ActionView> actions = resolved.stream().map(a -> new ActionView(a.id(), a.rank(), a.questionId(),
                a.axisId(), a.themeId(), a.text(), a.effort() == null ? null : a.effort().key(),
                a.horizon() == null ? null : a.horizon().key(), a.owner(), a.dueDate(), a.custom(), a.gain(),
                a.priority(), a.quickWin(), a.status())).toList();
        return new PlanView(diagnosticId, plan.version(), plan.curated(), suggested, suggestion.started(), language,
                plan.updatedAt(), plan.updatedBy(), card.overall(), levels, axes, actions, available, peers);
    }

    /** The target of an axis: the one set explicitly, else one level above today's. */
    static String target(Plan plan, PlanGenerator.Suggestion suggestion, String axisId) {
        String set = plan.targets().get(axisId);
        return set != null ? set : suggestion.targets().get(axisId);
    }
}
