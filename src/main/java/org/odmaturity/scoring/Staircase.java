package org.odmaturity.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.StaircaseRules;
import org.odmaturity.questionnaire.model.Steps;
import org.odmaturity.questionnaire.model.Theme;

/**
 * The opt-in staircase rules (docs/scoring.md 5.2.1): stop at the first "no", incomplete activities, steps on options
 * and partial credit. Without any of them the engine keeps its original climb ({@code ScoringEngine.staircase}), so a
 * file that does not opt in scores exactly as before.
 */
final class Staircase {

    private Staircase() {
    }

    /** The result of climbing one activity: its score (null: nothing to score, or incomplete). */
    record Outcome(Double score, boolean incomplete) {
    }

    /** A counted question of the activity, as the engine scored it. */
    record Counted(Question question, boolean answered, double points) {
    }

    /** One step at one level: a question step, or one level of a ladder. */
    private record Rung(int level, boolean passed, double done) {
    }

    /** Whether the activity is climbed by these rules rather than by the original climb. */
    static boolean applies(Questionnaire questionnaire, Theme theme) {
        if (questionnaire.staircase().any()) {
            return true;
        }
        for (Question question : theme.questions()) {
            if (Steps.isLadder(question)) {
                return true;
            }
        }
        return false;
    }

    /**
     * With {@code stopAtFirstNo}: for each step after the first of its activity, the earlier steps of that activity
     * (document order), which hide it once one of them is answered and not passed. Empty otherwise.
     */
    static Map<String, List<String>> gates(Questionnaire questionnaire) {
        Map<String, List<String>> gates = new LinkedHashMap<>();
        if (!questionnaire.staircase().stopAtFirstNo()) {
            return gates;
        }
        questionnaire.axes().forEach(axis -> axis.themes().forEach(theme -> {
            List<String> earlier = new ArrayList<>();
            for (Question question : theme.questions()) {
                if (Steps.isStep(question)) {
                    if (!earlier.isEmpty()) {
                        gates.put(question.id(), List.copyOf(earlier));
                    }
                    earlier.add(question.id());
                }
            }
        }));
        return gates;
    }

    /**
     * Whether a relevant step, given its answer, stops its activity: answered (a value, or "not applicable" counted as
     * zero) and not passed. An unanswered step stops nothing.
     */
    static boolean stops(Questionnaire questionnaire, Question step, Answer answer) {
        if (answer == null || !answer.given()) {
            return false;
        }
        if (answer.notApplicable()) {
            return step.notApplicableScore() == CountAs.ZERO;
        }
        if (Steps.isLadder(step)) {
            String chosen = ((AnswerValue.Choice) answer.value()).optionId();
            List<String> levels = Steps.levelsOf(step);
            Option option = step.option(chosen).orElse(null);
            return option == null || option.step() == null
                    || !option.step().equals(levels.get(levels.size() - 1));
        }
        return !passed(step, points(questionnaire, step, answer));
    }

    private static double points(Questionnaire questionnaire, Question step, Answer answer) {
        double points = ScoringEngine.points(step, answer.value());
        if (answer.unsure() && questionnaire.unsureDeduction() > 0) {
            points = Math.max(0, points - questionnaire.unsureDeduction());
        }
        return points;
    }

    private static boolean passed(Question step, double points) {
        return points >= step.effectivePassScore() - ScoringEngine.PASS_TOLERANCE;
    }

    /**
     * Climbs one activity.
     *
     * @param counted the activity's counted questions (relevant, applicable, scored; or hidden and counted as zero)
     * @param relevant the relevant questions of the questionnaire
     * @param stopped  the questions hidden by an earlier step's "no" (and only by that)
     */
    static Outcome climb(Questionnaire questionnaire, Theme theme, List<Counted> counted, Set<String> relevant,
            Set<String> stopped, Answers answers) {
        StaircaseRules rules = questionnaire.staircase();
        List<Level> levels = questionnaire.levels();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            rank.put(levels.get(i).id(), i);
        }
        if (rules.incomplete()) {
            for (Question question : theme.questions()) {
                if (Steps.isStep(question) && question.required() && relevant.contains(question.id())
                        && !answers.get(question.id()).map(Answer::given).orElse(false)) {
                    return new Outcome(null, true);
                }
            }
        }
        List<Rung> rungs = new ArrayList<>();
        for (Counted c : counted) {
            Question question = c.question();
            if (!Steps.isStep(question) || Steps.levelsOf(question).stream().anyMatch(l -> !rank.containsKey(l))) {
                continue; // not a step (the loader allows no unknown level)
            }
            if (Steps.isLadder(question)) {
                int upTo = ladderReached(question, c, answers.get(question.id()).orElse(null), rank);
                for (String level : Steps.levelsOf(question)) {
                    boolean passed = rank.get(level) <= upTo;
                    rungs.add(new Rung(rank.get(level), passed, passed ? 1 : 0));
                }
            } else {
                boolean passed = c.answered() && passed(question, c.points());
                double done = c.answered() ? Math.min(1, c.points() / question.effectivePassScore()) : 0;
                rungs.add(new Rung(rank.get(question.step()), passed, passed ? 1 : done));
            }
        }
        for (Question question : theme.questions()) {
            if (stopped.contains(question.id()) && counted.stream().noneMatch(c -> c.question() == question)
                    && Steps.levelsOf(question).stream().allMatch(rank::containsKey)) {
                for (String level : Steps.levelsOf(question)) {
                    rungs.add(new Rung(rank.get(level), false, 0)); // not done, but part of its level (partial credit)
                }
            }
        }
        if (rungs.isEmpty()) {
            return new Outcome(null, false);
        }
        int firstFailure = Integer.MAX_VALUE;
        for (Rung rung : rungs) {
            if (!rung.passed()) {
                firstFailure = Math.min(firstFailure, rung.level());
            }
        }
        int reached = 0;
        for (Rung rung : rungs) {
            if (rung.level() < firstFailure) {
                reached = Math.max(reached, rung.level());
            }
        }
        double from = levels.get(reached).threshold();
        if (!rules.partialCredit() || firstFailure == Integer.MAX_VALUE || levels.get(firstFailure).threshold() <= from) {
            return new Outcome(from, false);
        }
        double to = levels.get(firstFailure).threshold();
        double done = 0;
        int atLevel = 0;
        for (Rung rung : rungs) {
            if (rung.level() == firstFailure) {
                done += rung.done();
                atLevel++;
            }
        }
        double score = from + done / atLevel * (to - from);
        // rounded down to one decimal and kept below the next threshold: a level is reached only through its steps
        score = Math.min(Math.floor(score * 10 + 1e-9) / 10, to - 0.1);
        return new Outcome(Math.max(from, score), false);
    }

    /** The rank of the highest level a ladder's answer reaches; -1 for none. */
    private static int ladderReached(Question question, Counted counted, Answer answer, Map<String, Integer> rank) {
        if (answer != null && answer.value() instanceof AnswerValue.Choice choice) {
            return question.option(choice.optionId()).map(Option::step).map(rank::get).orElse(-1);
        }
        // "not applicable" counted as full points passes every level; as zero, or unanswered, none
        return counted.answered() && counted.points() >= question.maxScore() - ScoringEngine.PASS_TOLERANCE
                ? Integer.MAX_VALUE : -1;
    }
}
