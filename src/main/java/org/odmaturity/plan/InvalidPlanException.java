package org.odmaturity.plan;

import java.util.List;

import org.odmaturity.error.InvalidInputException;

/**
 * A curation the service refused, nothing changed (422): the API shows {@link #errors()} as problem details (field
 * and English message), a page its own words for each of {@link #problems()}.
 */
public class InvalidPlanException extends InvalidInputException {

    private final transient List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        this(problems, problems.stream().map(PlanProblem::toError).toList());
    }

    /** With the errors as the API lists them (read errors of the JSON and the service's problems, merged). */
    InvalidPlanException(List<PlanProblem> problems, List<?> errors) {
        super("invalid-plan", "Invalid plan", errors.size() + " problem(s) in the plan; nothing was changed.", errors);
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
