package org.odmaturity.questionnaire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.DependencyOrder;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.StaircaseRules;
import org.odmaturity.questionnaire.model.Steps;
import org.odmaturity.questionnaire.model.Theme;

/**
 * The loader's part of the opt-in staircase rules (docs/questionnaire-format.md, "Staircase activities"): reading
 * {@code scoring.staircase}, steps on options, and the checks that need every question: options that climb, steps in
 * level order when a "no" stops the activity, and no cycle between relevance conditions and the steps that hide the
 * later ones.
 */
final class StaircaseCheck {

    static final String NOT_DONE = "not-done";
    static final String INCOMPLETE = "incomplete";
    private static final List<String> KEYS = List.of("stopAtFirstNo", "unansweredSteps", "partialCredit");

    private final Nodes nodes;
    private final Map<String, QuestionnaireParser.QuestionSource> sources;
    private final List<String> levels;
    private final StaircaseRules rules;

    StaircaseCheck(Nodes nodes, Map<String, QuestionnaireParser.QuestionSource> sources, List<String> levels,
            StaircaseRules rules) {
        this.nodes = nodes;
        this.sources = sources;
        this.levels = levels;
        this.rules = rules;
    }

    /** {@code scoring.staircase}: the rules it opts into; none when absent or wrong (errors reported). */
    static StaircaseRules rules(Nodes nodes, Nodes.Fields scoring, ScoringStrategy strategy) {
        if (!scoring.has("staircase")) {
            return StaircaseRules.NONE;
        }
        if (strategy != ScoringStrategy.STAIRCASE) {
            if (strategy != null) {
                nodes.error(scoring.keyNode("staircase"), scoring.path("staircase"),
                        "scoring.staircase is only used by the staircase strategy");
            }
            return StaircaseRules.NONE;
        }
        Optional<Nodes.Fields> fields = nodes.fields(scoring.node("staircase"), scoring.path("staircase"), KEYS);
        if (fields.isEmpty()) {
            return StaircaseRules.NONE;
        }
        Nodes.Fields f = fields.get();
        boolean stop = f.bool("stopAtFirstNo", false);
        boolean incomplete = f.string("unansweredSteps", false).map(v -> {
            if (!v.equals(NOT_DONE) && !v.equals(INCOMPLETE)) {
                nodes.error(f.node("unansweredSteps"), f.path("unansweredSteps"), "unknown rule '" + v + "' (known: "
                        + NOT_DONE + ", " + INCOMPLETE + ")");
            }
            return v.equals(INCOMPLETE);
        }).orElse(false);
        boolean partial = f.bool("partialCredit", false);
        return new StaircaseRules(stop, incomplete, partial);
    }

    /** The {@code step} of an option, checked: staircase only, single-choice only, an existing level. */
    static String optionStep(Nodes nodes, Nodes.Fields o, ScoringStrategy strategy, QuestionType type,
            Set<String> levelIds) {
        Optional<String> step = o.string("step", false);
        if (step.isEmpty()) {
            return null;
        }
        if (strategy != ScoringStrategy.STAIRCASE) {
            if (strategy != null) {
                nodes.error(o.keyNode("step"), o.path("step"), "step is only used by the staircase strategy");
            }
            return null;
        }
        if (type != QuestionType.SINGLE_CHOICE) {
            nodes.error(o.keyNode("step"), o.path("step"), "only the options of a single-choice question can be steps");
            return null;
        }
        if (!levelIds.contains(step.get())) {
            nodes.error(o.node("step"), o.path("step"), "unknown level '" + step.get() + "' (levels: "
                    + String.join(", ", levelIds) + ")");
            return null;
        }
        return step.get();
    }

    /**
     * The question-level checks of a question whose options carry steps (a ladder); its own {@code step} stays null.
     */
    static String ladder(Nodes nodes, Nodes.Fields f, Double maxScore, boolean weightless) {
        if (f.has("step")) {
            nodes.error(f.keyNode("step"), f.path("step"), "the options of this question carry steps: give the steps "
                    + "either on the question or on its options, not both");
        }
        if (f.has("passScore")) {
            nodes.error(f.keyNode("passScore"), f.path("passScore"), "the options of this question carry steps, so the "
                    + "option chosen says which steps are passed: remove passScore");
        }
        if (maxScore == null) {
            nodes.error(f.node(), f.path(), "an unscored question cannot be a step: give it a maxScore");
        } else if (weightless) {
            nodes.error(f.node(), f.path(), "a question of weight 0 is not scored, so its options cannot be steps");
        }
        return null;
    }

    /** The checks that need every question. */
    void run(List<Axis> axes) {
        List<Question> all = new ArrayList<>();
        Map<String, List<String>> implicit = new HashMap<>();
        for (Axis axis : axes) {
            for (Theme theme : axis.themes()) {
                // questions whose own id or type is wrong are already reported: they take no part
                List<Question> valid = theme.questions().stream().filter(q -> sources.containsKey(q.id())).toList();
                List<Question> steps = valid.stream().filter(Steps::isStep).toList();
                steps.forEach(this::checkLadderOrder);
                if (rules.stopAtFirstNo()) {
                    checkLevelOrder(steps);
                    checkNeverShown(steps);
                    for (int i = 1; i < steps.size(); i++) {
                        implicit.put(steps.get(i).id(), steps.subList(0, i).stream().map(Question::id).toList());
                    }
                }
                if (rules.incomplete() && !steps.isEmpty() && steps.stream().noneMatch(Question::required)) {
                    nodes.warning(source(steps.get(0)).idNode(), source(steps.get(0)).path(), "unansweredSteps: "
                            + INCOMPLETE + " looks at required steps, and activity '" + theme.id() + "' has none "
                            + "(required: true): it can never be incomplete");
                }
                all.addAll(valid);
            }
        }
        if (!implicit.isEmpty()) {
            checkCycles(all, implicit);
        }
    }

    private QuestionnaireParser.QuestionSource source(Question question) {
        return sources.get(question.id());
    }

    private int rank(String level) {
        return levels.indexOf(level);
    }

    /** The options of a ladder name their levels in ascending order. */
    private void checkLadderOrder(Question question) {
        Option previous = null;
        for (Option option : question.options()) {
            if (option.step() == null) {
                if (previous != null) {
                    nodes.error(source(question).idNode(), source(question).path() + ".options", "option '"
                            + option.id() + "' has no step but comes after option '" + previous.id() + "' ("
                            + previous.step() + "): the options without a step (no level reached) come first");
                }
                continue;
            }
            if (previous != null && rank(option.step()) <= rank(previous.step())) {
                nodes.error(source(question).idNode(), source(question).path() + ".options", "the options' steps "
                        + "must climb the levels in the order of the options: option '" + option.id() + "' ("
                        + option.step() + ") comes after option '" + previous.id() + "' (" + previous.step() + ")");
            }
            previous = option;
        }
    }

    /** With stopAtFirstNo, a "no" hides the later steps: they must not be at a lower level than an earlier one. */
    private void checkLevelOrder(List<Question> steps) {
        Question highest = null;
        int highestRank = -1;
        for (Question step : steps) {
            List<String> at = Steps.levelsOf(step);
            if (at.isEmpty() || at.stream().anyMatch(l -> rank(l) < 0)) {
                continue; // an unknown level, already reported
            }
            int low = at.stream().mapToInt(this::rank).min().orElseThrow();
            if (highest != null && low < highestRank) {
                nodes.error(source(step).idNode(), source(step).path() + ".step", "with stopAtFirstNo the steps of an "
                        + "activity come in level order: '" + step.id() + "' (" + levels.get(low) + ") comes after '"
                        + highest.id() + "' (" + levels.get(highestRank) + "), whose \"no\" would hide a lower step");
            }
            int high = at.stream().mapToInt(this::rank).max().orElseThrow();
            if (high >= highestRank) {
                highest = step;
                highestRank = high;
            }
        }
    }

    /**
     * A step hidden by the earlier steps of its activity must not be read by their conditions: cycles through the
     * implicit "earlier steps" edges (cycles of conditions alone are RelevanceCheck's).
     */
    private void checkCycles(List<Question> all, Map<String, List<String>> implicit) {
        List<String> stuck = DependencyOrder.of(all, implicit).cycle().stream().map(Question::id).toList();
        if (stuck.isEmpty() || !DependencyOrder.of(all, Map.of()).cycle().isEmpty()) {
            return;
        }
        Question first = all.stream().filter(q -> stuck.contains(q.id())).findFirst().orElseThrow();
        nodes.error(source(first).idNode(), source(first).path(), "with stopAtFirstNo, relevance conditions and the "
                + "steps that hide later steps form a cycle among: " + String.join(", ", stuck) + " (a condition of a "
                + "step reads a later step of its activity)");
    }

    /**
     * With stopAtFirstNo, a step shows only when every earlier step of its activity is passed or unanswered; a step
     * whose condition reads only earlier steps (yes-no or single-choice) and holds for none of those answers can never
     * be shown (e.g. {@code s1 == false}, where s1 is an earlier step): a contradiction.
     */
    private void checkNeverShown(List<Question> steps) {
        for (int i = 1; i < steps.size(); i++) {
            Question step = steps.get(i);
            if (step.relevance() == null) {
                continue;
            }
            Map<String, List<Object>> seen = new LinkedHashMap<>();
            for (String read : step.relevance().references()) {
                Question earlier = steps.subList(0, i).stream().filter(q -> q.id().equals(read)).findFirst()
                        .orElse(null);
                List<Object> values = earlier == null ? null : notStopping(earlier);
                if (values == null) {
                    return; // it reads something else: no sound conclusion
                }
                seen.put(read, values);
            }
            long combinations = seen.values().stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
            if (seen.isEmpty() || combinations > 4096) {
                continue;
            }
            if (!holdsForSome(step, new ArrayList<>(seen.keySet()), seen, new HashMap<>(), 0)) {
                nodes.error(source(step).idNode(), source(step).path() + ".relevantWhen", "with stopAtFirstNo, '"
                        + step.id() + "' shows only when " + String.join(", ", seen.keySet())
                        + (seen.size() == 1 ? " is" : " are") + " passed or unanswered, and its condition holds for none of those answers: it can never be shown");
            }
        }
    }

    /** What conditions may see of an earlier step that does not hide the later ones: unanswered, or passed. */
    private static List<Object> notStopping(Question step) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        if (step.type() == QuestionType.YES_NO || step.type() == QuestionType.SINGLE_CHOICE) {
            List<String> levels = Steps.levelsOf(step);
            for (Option option : step.options()) {
                boolean passes = Steps.isLadder(step) ? levels.get(levels.size() - 1).equals(option.step())
                        : option.score() >= step.effectivePassScore() - 1e-9;
                if (passes) {
                    values.add(step.type() == QuestionType.YES_NO ? (Object) "yes".equals(option.id()) : option.id());
                }
            }
            return values;
        }
        return null;
    }

    private static boolean holdsForSome(Question step, List<String> ids, Map<String, List<Object>> values,
            Map<String, Object> chosen, int next) {
        if (next == ids.size()) {
            return step.relevance().test(chosen::get);
        }
        for (Object value : values.get(ids.get(next))) {
            chosen.put(ids.get(next), value);
            if (holdsForSome(step, ids, values, chosen, next + 1)) {
                return true;
            }
        }
        return false;
    }
}
