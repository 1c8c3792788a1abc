package org.odmaturity.questionnaire.expr;

/**
 * What an expression sees of the answers: the value of a question, or {@code null} when it is unanswered, "not
 * applicable" or not relevant. Values are {@code String} (single-choice option id, text), {@code java.util.Set<String>}
 * (multiple-choice option ids), {@code Boolean} (yes/no) or {@code java.math.BigDecimal} (number, scale).
 */
@FunctionalInterface
public interface AnswerLookup {
    Object valueOf(String questionId);
}
