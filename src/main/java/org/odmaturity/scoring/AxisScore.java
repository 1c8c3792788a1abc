package org.odmaturity.scoring;

import java.util.List;

/**
 * The score of one axis; {@code score} and {@code level} are null when none of its themes has a score. {@code points}
 * and {@code maxPoints}: the sums of its themes' (docs/scoring.md, "Points").
 */
public record AxisScore(String id, Double score, String level, Completeness completeness, List<ThemeScore> themes,
        Double points, Double maxPoints) {
    public AxisScore {
        themes = List.copyOf(themes);
    }

    public AxisScore(String id, Double score, String level, Completeness completeness, List<ThemeScore> themes) {
        this(id, score, level, completeness, themes, null, null);
    }
}
