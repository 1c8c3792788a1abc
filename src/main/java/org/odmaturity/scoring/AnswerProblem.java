package org.odmaturity.scoring;

import java.util.Map;

/**
 * Why one received answer was rejected: in plain English for API clients ({@code message}), and as a kind with its
 * arguments, so that a page can say it in its own language without reading the English text.
 *
 * @param index    position of the answer in the received list (0-based)
 * @param question the question id as received (may be null or unknown)
 * @param message  plain-English reason, naming the question
 * @param kind     what kind of refusal it is
 * @param args     the refusal's figures, by name (e.g. {@code min} for {@link Kind#BELOW_MINIMUM}); empty when none
 */
public record AnswerProblem(int index, String question, String message, Kind kind, Map<String, Object> args) {

    /** The kinds of refusal; {@link #args} names the figures each one carries. */
    public enum Kind {
        /** No answer at all in the list. */
        EMPTY,
        /** The answer does not name its question. */
        NO_QUESTION,
        UNKNOWN_QUESTION,
        /** The question is answered more than once in the batch ({@code first}: the first index). */
        REPEATED_QUESTION,
        NOT_APPLICABLE_NOT_ALLOWED,
        VALUE_WITH_NOT_APPLICABLE,
        /**
         * A value of the wrong type for the question (not a number: {@link #NOT_A_NUMBER}); {@code row} names the
         * matrix row whose value has the wrong type, if that is where it is.
         */
        WRONG_TYPE,
        /** A number or scale question answered with something else than a number. */
        NOT_A_NUMBER,
        /** A scale answer that is not a whole number of the scale ({@code min}, {@code max}). */
        OUT_OF_SCALE,
        /** {@code min}: the question's minimum. */
        BELOW_MINIMUM,
        /** {@code max}: the question's maximum. */
        ABOVE_MAXIMUM,
        /** {@code max}: the longest text accepted, in characters. */
        TOO_LONG,
        /** {@code row}: a matrix row the question does not have. */
        UNKNOWN_ROW,
        /** An option id unknown to the question ({@code row}: the matrix row, for a matrix question). */
        UNKNOWN_OPTION,
        REPEATED_OPTION,
        EXCLUSIVE_OPTION,
        /** Anything else ({@code message} says what). */
        OTHER
    }

    public AnswerProblem {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** A problem known only by its message ({@link Kind#OTHER}). */
    public AnswerProblem(int index, String question, String message) {
        this(index, question, message, Kind.OTHER, Map.of());
    }
}
