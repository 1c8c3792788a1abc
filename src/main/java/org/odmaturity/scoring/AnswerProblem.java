package org.odmaturity.scoring;

/**
 * Why one received answer was rejected.
 *
 * @param index    position of the answer in the received list (0-based)
 * @param question the question id as received (may be null or unknown)
 * @param message  plain-English reason, naming the question
 */
public record AnswerProblem(int index, String question, String message) {
}
