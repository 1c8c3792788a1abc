package org.odmaturity.scoring;

import java.util.List;

/**
 * The scores of one set of answers: overall, per axis, theme and question. See docs/scoring.md.
 *
 * @param overall      the overall score and level
 * @param axes         every axis, in document order
 * @param completeness how many relevant questions are answered, over the whole questionnaire
 * @param notRelevant  ids of the questions that are not relevant, in document order
 */
public record ScoreCard(NodeScore overall, List<AxisScore> axes, Completeness completeness, List<String> notRelevant) {
    public ScoreCard {
        axes = List.copyOf(axes);
        notRelevant = List.copyOf(notRelevant);
    }
}
