package org.odmaturity.diagnostic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why one entry of a batch of answers (or a submission, {@link Code#REQUIRED}) was refused: where ({@code field},
 * e.g. {@code answers[2].comment}, and the question), what kind of refusal ({@code code}, with its figures in
 * {@code args}) and the English sentence of the API's problem document. Pages say it in their language from the
 * code; nobody reads the English text back.
 */
public record AnswerProblem(String field, String question, Code code, Map<String, Object> args, String message) {

    /** The kinds of refusal; the figures each one carries in {@code args} are named here. */
    public enum Code {
        UNKNOWN_QUESTION,
        REPEATED_QUESTION,
        /** A respondent wrote a facilitator's note. */
        NOTES_FORBIDDEN,
        /** A text with a NUL character or a lone surrogate. */
        BAD_CHARACTERS,
        /** {@code max}: the longest text accepted, in characters. */
        TOO_LONG,
        NOT_A_WEB_ADDRESS,
        NOT_A_NUMBER,
        /** {@code min}, {@code max}: the scale. */
        OUT_OF_SCALE,
        /** {@code min}: the question's minimum. */
        BELOW_MINIMUM,
        /** {@code max}: the question's maximum. */
        ABOVE_MAXIMUM,
        NOT_APPLICABLE_NOT_ALLOWED,
        VALUE_WITH_NOT_APPLICABLE,
        EXCLUSIVE_OPTION,
        /** Any other refusal of the value ({@code message} says what). */
        INVALID_VALUE,
        /** A required, relevant question without an answer (at submission). */
        REQUIRED
    }

    public AnswerProblem {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** A refusal by the questionnaire's rules (scoring's validation) of the answer at {@code field}. */
    static AnswerProblem of(String field, org.odmaturity.scoring.AnswerProblem problem) {
        Code code = switch (problem.kind()) {
            case UNKNOWN_QUESTION -> Code.UNKNOWN_QUESTION;
            case REPEATED_QUESTION -> Code.REPEATED_QUESTION;
            case NOT_APPLICABLE_NOT_ALLOWED -> Code.NOT_APPLICABLE_NOT_ALLOWED;
            case VALUE_WITH_NOT_APPLICABLE -> Code.VALUE_WITH_NOT_APPLICABLE;
            case NOT_A_NUMBER -> Code.NOT_A_NUMBER;
            case OUT_OF_SCALE -> Code.OUT_OF_SCALE;
            case BELOW_MINIMUM -> Code.BELOW_MINIMUM;
            case ABOVE_MAXIMUM -> Code.ABOVE_MAXIMUM;
            case TOO_LONG -> Code.TOO_LONG;
            case EXCLUSIVE_OPTION -> Code.EXCLUSIVE_OPTION;
            default -> Code.INVALID_VALUE;
        };
        Object row = problem.args().get("row"); // a matrix answer's refusal names its row: answers[2].value.budget
        return new AnswerProblem(row == null ? field : field + ".value." + row, problem.question(), code,
                problem.args(), problem.message());
    }

    /** As an entry of the API's {@code errors} list: field, question (when known), message. */
    public Map<String, Object> toError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (question != null) {
            error.put("question", question);
        }
        error.put("message", message);
        return error;
    }
}
