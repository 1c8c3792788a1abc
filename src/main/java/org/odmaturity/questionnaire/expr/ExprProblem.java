package org.odmaturity.questionnaire.expr;

import java.util.Objects;

/** A problem found by {@link ExprChecker}: a plain English message and the 0-based offset it is about. */
public record ExprProblem(int position, String message) {
    public ExprProblem {
        Objects.requireNonNull(message, "message");
    }
}
