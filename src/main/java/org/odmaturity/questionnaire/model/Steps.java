package org.odmaturity.questionnaire.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which questions are staircase steps, and at which levels (docs/scoring.md 5.2 and 5.2.1). A question is a step when
 * it is scored (a maxScore above 0, a weight above 0) and names a level in {@code step}, or when it is a single-choice
 * "ladder" whose options name levels: then it is one step at each level its options name, passed up to the level of the
 * option chosen.
 */
public final class Steps {

    private Steps() {
    }

    /** Whether some option of the question carries a step. */
    public static boolean isLadder(Question question) {
        for (Option option : question.options()) {
            if (option.step() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question is a step (or a ladder of steps) of its activity. */
    public static boolean isStep(Question question) {
        return question.type() != QuestionType.TEXT && question.countsInScore()
                && (question.step() != null || isLadder(question));
    }

    /** The level ids the question is a step at: its {@code step}, or its options' steps in option order. */
    public static List<String> levelsOf(Question question) {
        if (question.step() != null) {
            return List.of(question.step());
        }
        List<String> levels = new ArrayList<>();
        for (Option option : question.options()) {
            if (option.step() != null && !levels.contains(option.step())) {
                levels.add(option.step());
            }
        }
        return levels;
    }
}
