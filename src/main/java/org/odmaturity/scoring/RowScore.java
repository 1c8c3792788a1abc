package org.odmaturity.scoring;

/**
 * The score of one row of a matrix question.
 *
 * @param id        the row id
 * @param option    the option chosen for the row, or null when the row is unanswered
 * @param points    row weight × the chosen option's score (two decimals); 0 when unanswered
 * @param maxPoints row weight × the question's maxScore
 */
public record RowScore(String id, String option, double points, double maxPoints) {
}
