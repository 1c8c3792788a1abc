package org.odmaturity.questionnaire.model;

import java.util.Map;

/** An integer scale from {@code min} to {@code max}; {@code labels} names some of its points. */
public record ScaleSpec(int min, int max, Map<Integer, LocalizedText> labels) {
    public ScaleSpec {
        labels = Map.copyOf(labels);
    }
}
