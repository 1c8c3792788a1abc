package org.odmaturity.plan.followup;

import java.util.List;

import org.odmaturity.error.InvalidInputException;

/** A follow-up the service refused, nothing changed (422): field and message per problem for the API, codes for pages. */
public class InvalidFollowUpException extends InvalidInputException {

    private final transient List<FollowUpProblem> problems;

    public InvalidFollowUpException(List<FollowUpProblem> problems) {
        super("invalid-follow-up", "Invalid follow-up", problems.size() + " problem(s) in the follow-up; nothing was "
                + "changed.", problems.stream().map(FollowUpProblem::toError).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FollowUpProblem> problems() {
        return problems;
    }
}
