package org.odmaturity.questionnaire.model;

import java.util.List;

/** A strategic axis (e.g. Piloter, Partager, Produire, Valoriser). */
public record Axis(String id, LocalizedText title, LocalizedText description, double weight, List<Theme> themes) {
    public Axis {
        themes = List.copyOf(themes);
    }
}
