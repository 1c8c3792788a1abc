package org.odmaturity.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.odmaturity.plan.PlanProblem.Code;
import org.odmaturity.plan.PlanProblem.Where;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;

/**
 * Checks a curation ({@link PlanEdit}) or an imported plan against the questionnaire, the current suggestion and the
 * stored plan, collecting every problem with the field it is about ({@code actions[2].id}, {@code targets.piloter}),
 * and turns it into the plan's items. Reading JSON is the API's business ({@link PlanEditJson}, {@link
 * PlanExportJson}): what reaches this class is typed.
 */
final class PlanCuration {

    static final String CUSTOM_PREFIX = "custom-";

    /**
     * What the curator sent, checked.
     *
     * @param items   the actions in order; a new custom action has a null key
     * @param targets the targets to change: axis id → level id, or null to return to the default
     */
    record Curation(List<Plan.Item> items, Map<String, String> targets) {
    }

    /**
     * A stored plan as an export carries it, checked.
     *
     * @param version          the plan's version when exported (0: never curated then)
     * @param nextCustomNumber the number of the next custom action, or null when the export does not say
     * @param curation         the actions in order (new custom actions have a null key) and every target (no null)
     */
    record Stored(Curation curation, long version, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, Integer nextCustomNumber) {
    }

    private PlanCuration() {
    }

    /** A curation (PUT, pages): an effort or a horizon equal to the recommendation's is not an override. */
    static Optional<Curation> check(PlanEdit edit, Questionnaire q, PlanGenerator.Suggestion suggestion,
            Plan current, List<PlanProblem> problems) {
        int before = problems.size();
        Map<String, String> targets = targets(edit.targets(), q, problems);
        List<Plan.Item> items = actions(edit.actions(), q, suggestion, current, problems, Where.CURRENT_PLAN, false);
        return problems.size() == before ? Optional.of(new Curation(items, targets)) : Optional.empty();
    }

    /**
     * The plan of an export, checked as a curation against the suggestion of the imported answers and {@code current}:
     * the plan stored in the diagnostic the export comes back into, or, when null (a new diagnostic), the plan the
     * export says was stored: its custom actions, and its suggested actions that carry a valid {@code source}. Unlike
     * a curation, the targets are the whole set (an axis left out gets the default) and an effort or a horizon is
     * stored as given (the export carries the curator's overrides, not the recommendation's values).
     */
    static Optional<Stored> checkStored(ImportedPlan plan, Questionnaire q, PlanGenerator.Suggestion suggestion,
            Plan current, List<PlanProblem> problems) {
        int before = problems.size();
        Map<String, Question> questions = q.questionsById();
        Map<String, String> sources = new HashMap<>();
        List<Plan.Item> exported = new ArrayList<>();
        Set<Integer> sourced = new HashSet<>();
        for (ImportedPlan.Source s : plan.sources()) {
            sourced.add(s.index());
            String id = s.id();
            String questionId = SuggestedAction.questionIdOf(id);
            Question question = questionId == null ? null : questions.get(questionId);
            String field = "actions[" + s.index() + "].source";
            if (s.source() == null) {
                if (id != null && customNumber(id) > 0) {
                    exported.add(new Plan.Item(id, null, null, null, null, null, null, null, null, null));
                }
            } else if (question == null) {
                problems.add(PlanProblem.of(field, Code.SOURCE_NOT_SUGGESTED));
            } else if (!validSource(question, s.source())) {
                problems.add(PlanProblem.of(field, Code.SOURCE_UNKNOWN, "question", question.id()));
            } else {
                sources.put(id, s.source());
                Theme theme = themeOf(q, question.id());
                exported.add(new Plan.Item(id, question.id(), s.source(), axisOfTheme(q, theme.id()).id(), theme.id(),
                        null, null, null, null, null));
            }
        }
        Map<String, String> targets = targets(plan.edit().targets(), q, problems);
        targets.values().removeIf(Objects::isNull);
        long version = plan.version() == null ? 0 : plan.version();
        Plan kept = current != null ? current : new Plan(true, version, null, null, Map.of(), exported);
        List<Plan.Item> items = actions(plan.edit().actions(), q, suggestion, kept, problems,
                current != null ? Where.STORED_PLAN : Where.EXPORTED_PLAN, true);
        items = items.stream().map(i -> sources.containsKey(i.key()) ? new Plan.Item(i.key(), i.questionId(),
                sources.get(i.key()), i.axisId(), i.themeId(), i.text(), i.effort(), i.horizon(), i.owner(),
                i.dueDate()) : i).toList();
        int highest = items.stream().mapToInt(i -> i.key() == null ? 0 : customNumber(i.key())).max().orElse(0);
        Long next = plan.nextCustomNumber();
        if (next != null && current == null && next <= highest) {
            problems.add(PlanProblem.of("nextCustomNumber", Code.CUSTOM_NUMBER_USED, "highest", highest));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Stored(new Curation(items, targets), version, plan.createdBy(), plan.createdAt(),
                plan.updatedBy(), plan.updatedAt(), next == null ? null : next.intValue()));
    }

    /** The number n of {@code custom-<n>}, else 0. */
    static int customNumber(String key) {
        if (key == null || !key.startsWith(CUSTOM_PREFIX)) {
            return 0;
        }
        String digits = key.substring(CUSTOM_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.startsWith("0")) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    private static boolean validSource(Question question, String source) {
        return PlanGenerator.validSource(question, source);
    }

    private static Map<String, String> targets(List<PlanEdit.Target> given, Questionnaire q,
            List<PlanProblem> problems) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (PlanEdit.Target target : given) {
            String axis = target.axis();
            String path = "targets." + axis;
            if (q.axes().stream().noneMatch(a -> a.id().equals(axis))) {
                problems.add(PlanProblem.of(path, Code.NO_AXIS, "axis", axis, "axes", axes(q)));
            } else if (target.level() == null) {
                targets.put(axis, null);
            } else if (q.level(target.level()).isEmpty()) {
                problems.add(PlanProblem.of(path, Code.NOT_A_LEVEL, "levels",
                        String.join(", ", q.levels().stream().map(Level::id).toList())));
            } else {
                targets.put(axis, target.level());
            }
        }
        return targets;
    }

    /**
     * @param where   where a suggested action that is not in the suggestion may come from, for the problem's message
     * @param asGiven true: effort and horizon are stored as given; false: only when they differ from the
     *                recommendation's
     */
    private static List<Plan.Item> actions(List<PlanEdit.Action> actions, Questionnaire q,
            PlanGenerator.Suggestion suggestion, Plan current, List<PlanProblem> problems, Where where,
            boolean asGiven) {
        List<Plan.Item> items = new ArrayList<>();
        Map<String, Plan.Item> stored = new HashMap<>();
        current.items().forEach(i -> stored.put(i.key(), i));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            String field = "actions[" + i + "]";
            PlanEdit.Action action = actions.get(i);
            String id = action.id();
            if (id != null && !seen.add(id)) {
                problems.add(PlanProblem.of(field + ".id", Code.DUPLICATE, "id", id));
                continue;
            }
            int before = problems.size();
            Plan.Item item = id != null && id.startsWith(SuggestedAction.KEY_PREFIX)
                    ? suggested(action, field, q, suggestion, stored.get(id), problems, where, asGiven)
                    : custom(action, field, q, stored, problems);
            if (item != null && problems.size() == before) {
                items.add(item);
            }
        }
        return items;
    }

    /** A suggested action: it stays in its question's axis and theme; its questionnaire wording is no rewording. */
    private static Plan.Item suggested(PlanEdit.Action action, String field, Questionnaire q,
            PlanGenerator.Suggestion suggestion, Plan.Item kept, List<PlanProblem> problems, Where where,
            boolean asGiven) {
        String id = action.id();
        SuggestedAction suggested = suggestion.action(id).orElse(null);
        Question question = q.questionsById().get(SuggestedAction.questionIdOf(id));
        if (question == null || suggested == null && (kept == null || kept.custom())) {
            problems.add(PlanProblem.of(field + ".id", Code.NO_SUGGESTED_ACTION, "id", id, "where", where));
            return null;
        }
        Theme ownTheme = themeOf(q, question.id());
        Axis ownAxis = axisOfTheme(q, ownTheme.id());
        if (action.axis() != null && !action.axis().equals(ownAxis.id())) {
            problems.add(PlanProblem.of(field + ".axis", Code.AXIS_FIXED, "axis", ownAxis.id()));
        }
        if (action.theme() != null && !action.theme().equals(ownTheme.id())) {
            problems.add(PlanProblem.of(field + ".theme", Code.THEME_FIXED, "theme", ownTheme.id()));
        }
        String source = suggested != null ? suggested.source() : kept.source();
        Plan.Item base = new Plan.Item(id, question.id(), source, ownAxis.id(), ownTheme.id(), null, null, null, null,
                null);
        Recommendation recommendation = ResolvedAction.recommendation(base, question, suggested);
        // the questionnaire's own wording (in any language, for any answer) is not a rewording
        String text = action.text();
        String override = text == null || questionnaireTexts(question).contains(text) ? null : text;
        Effort effort = !asGiven && recommendation != null && action.effort() == recommendation.effort() ? null
                : action.effort();
        Horizon horizon = !asGiven && recommendation != null && action.horizon() == recommendation.horizon() ? null
                : action.horizon();
        return new Plan.Item(id, question.id(), source, ownAxis.id(), ownTheme.id(), override, effort, horizon,
                action.owner(), action.dueDate());
    }

    /** A custom action: new (no id) or already in the plan; its text is required, its place optional. */
    private static Plan.Item custom(PlanEdit.Action action, String field, Questionnaire q,
            Map<String, Plan.Item> stored, List<PlanProblem> problems) {
        String id = action.id();
        if (id != null && !(id.startsWith(CUSTOM_PREFIX) && stored.containsKey(id) && stored.get(id).custom())) {
            problems.add(PlanProblem.of(field + ".id", Code.NO_ACTION, "id", id));
            return null;
        }
        if (action.text() == null) {
            problems.add(PlanProblem.of(field + ".text", Code.TEXT_REQUIRED));
        }
        String axis = action.axis();
        String theme = action.theme();
        Axis ownAxis = null;
        if (axis != null) {
            ownAxis = q.axes().stream().filter(a -> a.id().equals(axis)).findFirst().orElse(null);
            if (ownAxis == null) {
                problems.add(PlanProblem.of(field + ".axis", Code.NO_AXIS, "axis", axis, "axes", axes(q)));
            }
        }
        String themeId = null;
        if (theme != null) {
            Theme found = q.axes().stream().flatMap(a -> a.themes().stream()).filter(t -> t.id().equals(theme))
                    .findFirst().orElse(null);
            if (found == null) {
                problems.add(PlanProblem.of(field + ".theme", Code.NO_THEME, "theme", theme));
            } else if (ownAxis != null && ownAxis.themes().stream().noneMatch(t -> t.id().equals(theme))) {
                problems.add(PlanProblem.of(field + ".theme", Code.THEME_NOT_IN_AXIS, "theme", theme, "axis", axis));
            } else {
                themeId = found.id();
                if (ownAxis == null && axis == null) {
                    ownAxis = axisOfTheme(q, themeId);
                }
            }
        }
        return new Plan.Item(id, null, null, ownAxis == null ? null : ownAxis.id(), themeId, action.text(),
                action.effort(), action.horizon(), action.owner(), action.dueDate());
    }

    /** Every recommendation text of a question (its own and its options'), in every language, trimmed. */
    private static Set<String> questionnaireTexts(Question question) {
        Set<String> texts = new HashSet<>();
        List<Recommendation> recommendations = new ArrayList<>();
        recommendations.addAll(question.recommendations());
        question.options().forEach(o -> recommendations.addAll(o.recommendations()));
        recommendations.stream().filter(r -> r != null && r.action() != null)
                .forEach(r -> r.action().values().values().forEach(t -> texts.add(t.trim())));
        return texts;
    }

    private static Theme themeOf(Questionnaire q, String questionId) {
        return q.axes().stream().flatMap(a -> a.themes().stream())
                .filter(t -> t.questions().stream().anyMatch(x -> x.id().equals(questionId))).findFirst()
                .orElseThrow();
    }

    private static Axis axisOfTheme(Questionnaire q, String themeId) {
        return q.axes().stream().filter(a -> a.themes().stream().anyMatch(t -> t.id().equals(themeId))).findFirst()
                .orElseThrow();
    }

    private static String axes(Questionnaire q) {
        return String.join(", ", q.axes().stream().map(Axis::id).toList());
    }
}
