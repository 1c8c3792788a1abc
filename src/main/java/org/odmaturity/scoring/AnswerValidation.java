package org.odmaturity.scoring;

import java.util.List;

/**
 * The outcome of {@link AnswerValidator#validate}.
 *
 * @param answers  the answers that passed every check (unanswered inputs are absent)
 * @param problems every problem found, in input order; empty when the whole batch is valid
 */
public record AnswerValidation(Answers answers, List<AnswerProblem> problems) {

    public AnswerValidation {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
