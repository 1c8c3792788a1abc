package org.odmaturity.scoring;

/**
 * One answer as received, before validation.
 *
 * @param question      the question id
 * @param value         the raw JSON value: {@code null}, a {@code String}, a {@code Boolean}, a number (normally a
 *                      {@code java.math.BigDecimal}; any {@code java.lang.Number} is accepted) or a {@code List} of
 *                      option id strings. Anything else (a {@code Map}, ...) is a wrong type.
 * @param notApplicable whether the respondent declared the question not applicable
 * @param unsure        whether the respondent flagged the answer as unsure (a questionnaire may deduct points for it)
 */
public record AnswerInput(String question, Object value, boolean notApplicable, boolean unsure) {

    public AnswerInput(String question, Object value, boolean notApplicable) {
        this(question, value, notApplicable, false);
    }
}
