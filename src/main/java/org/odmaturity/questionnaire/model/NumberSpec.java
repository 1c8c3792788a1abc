package org.odmaturity.questionnaire.model;

import java.util.List;

/**
 * Bounds and scoring of a number question. {@code min}/{@code max} may be null (unbounded). A scored number question
 * has {@code bands}: the score of an answer is that of the last band whose {@code from} is at most the answer.
 */
public record NumberSpec(Double min, Double max, LocalizedText unit, List<Band> bands) {
    public NumberSpec {
        bands = List.copyOf(bands);
    }

    public record Band(double from, double score) {
    }
}
