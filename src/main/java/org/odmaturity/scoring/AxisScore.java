package org.odmaturity.scoring;

import java.util.List;

/** The score of one axis; {@code score} and {@code level} are null when none of its themes has a score. */
public record AxisScore(String id, Double score, String level, Completeness completeness, List<ThemeScore> themes) {
    public AxisScore {
        themes = List.copyOf(themes);
    }
}
