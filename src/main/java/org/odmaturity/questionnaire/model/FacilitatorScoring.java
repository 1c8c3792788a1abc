package org.odmaturity.questionnaire.model;

import java.util.List;
import java.util.Optional;

/**
 * How the facilitator scores a text question ({@code scoredBy: facilitator}, issue 15 §6): the points are given at
 * validation, with a justification, between 0 and the question's maxScore; until then the answer is pending.
 *
 * @param rubric the levels the facilitator picks from, in file order (each a score and what it means); empty when any
 *               number of points from 0 to maxScore (two decimals at most) may be given
 */
public record FacilitatorScoring(List<RubricLevel> rubric) {

    public FacilitatorScoring {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    /** One level of a rubric: the points it gives and what an answer at that level looks like. */
    public record RubricLevel(double score, LocalizedText label) {
    }

    /** The rubric level giving exactly {@code points}, if the question has a rubric with one. */
    public Optional<RubricLevel> level(double points) {
        for (RubricLevel level : rubric) {
            if (Double.compare(level.score(), points) == 0) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
