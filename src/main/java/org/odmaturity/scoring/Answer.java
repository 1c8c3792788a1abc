package org.odmaturity.scoring;

import java.util.Objects;

/**
 * A validated answer to one question.
 *
 * @param questionId    the question id
 * @param value         the value; null iff the question is declared not applicable or the answer was cleared
 * @param notApplicable whether the respondent declared the question not applicable
 * @param unsure        whether the respondent flagged the answer as unsure ({@code scoring.unsureDeduction})
 * @param assessedPoints for a question scored by the facilitator: the points the facilitator gave this very answer;
 *                      null while pending (or for any other question)
 */
public record Answer(String questionId, AnswerValue value, boolean notApplicable, boolean unsure,
        Double assessedPoints) {

    public Answer(String questionId, AnswerValue value, boolean notApplicable, boolean unsure) {
        this(questionId, value, notApplicable, unsure, null);
    }

    public Answer(String questionId, AnswerValue value, boolean notApplicable) {
        this(questionId, value, notApplicable, false);
    }

    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        if (notApplicable && value != null) {
            throw new IllegalArgumentException("answer to '" + questionId + "' is not applicable and has a value");
        }
    }

    public static Answer of(String questionId, AnswerValue value) {
        return new Answer(questionId, Objects.requireNonNull(value, "value"), false);
    }

    public static Answer notApplicable(String questionId) {
        return new Answer(questionId, null, true);
    }

    /** This answer with the facilitator's points (null: pending). */
    public Answer assessed(Double points) {
        return new Answer(questionId, value, notApplicable, unsure, points);
    }

    /** Whether this answer says something: it has a value or declares the question not applicable. */
    public boolean given() {
        return value != null || notApplicable;
    }
}
