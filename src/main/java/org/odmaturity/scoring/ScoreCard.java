package org.odmaturity.scoring;

import java.util.List;

/**
 * The scores of one set of answers: overall, per axis, theme and question. See docs/scoring.md.
 *
 * @param overall      the overall score and level
 * @param axes         every axis, in document order
 * @param completeness how many relevant questions are answered, over the whole questionnaire
 * @param notRelevant  ids of the questions that are not relevant, in document order
 * @param pending      ids of the answered questions awaiting the facilitator's points (status {@code pending}), in
 *                     document order: left out of every score until scored (docs/scoring.md, "Scored by the
 *                     facilitator"); empty in a card stored before they existed
 */
public record ScoreCard(NodeScore overall, List<AxisScore> axes, Completeness completeness, List<String> notRelevant,
        List<String> pending) {
    public ScoreCard {
        axes = List.copyOf(axes);
        notRelevant = List.copyOf(notRelevant);
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    public ScoreCard(NodeScore overall, List<AxisScore> axes, Completeness completeness, List<String> notRelevant) {
        this(overall, axes, completeness, notRelevant, List.of());
    }
}
