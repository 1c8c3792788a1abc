package org.odmaturity.diagnostic;

import java.util.List;

import org.odmaturity.error.InvalidInputException;

/** A batch of answers was refused, nothing applied (422): every problem of every entry, typed. */
public class InvalidAnswersException extends InvalidInputException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super("invalid-answers", "Invalid answers", problems.size() + " problem(s) in the batch; nothing was applied.",
                problems.stream().map(AnswerProblem::toError).toList());
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
