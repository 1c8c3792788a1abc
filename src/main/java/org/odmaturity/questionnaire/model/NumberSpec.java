package org.odmaturity.questionnaire.model;

import java.util.List;

/**
 * Bounds and scoring of a number question. {@code min}/{@code max} may be null (unbounded). A scored number question
 * has {@code bands}: the score of an answer is that of the last band whose {@code from} is at most the answer, unless
 * that band has an upper bound {@code to} below the answer (then 0).
 */
public record NumberSpec(Double min, Double max, LocalizedText unit, List<Band> bands) {
    public NumberSpec {
        bands = List.copyOf(bands);
    }

    /**
     * @param from  the lowest value of the band (inclusive)
     * @param to    the highest value of the band (inclusive), or null: up to the next band's {@code from}
     * @param score the points of a value in the band
     */
    public record Band(double from, Double to, double score) {
        public Band(double from, double score) {
            this(from, null, score);
        }
    }
}
