package org.odmaturity.comparison;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.comparison.Results.AnonymityNote;
import org.odmaturity.comparison.Results.CampaignRef;

/**
 * The support needs of the counted diagnostics: the improvement actions that come up most often in their plans, and
 * their weakest themes.
 *
 * @param diagnostics how many scored diagnostics are counted (the base of the shares), null when the anonymity rule
 *                    hides them all
 * @param actions     most frequent first (then effort, then document order)
 * @param themes      every theme, weakest mean first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Needs(CampaignRef campaign, Map<String, String> filters, AnonymityNote anonymity, Integer diagnostics,
        List<Action> actions, List<WeakTheme> themes) {

    /**
     * An action and how many organisations have it in their plan ({@code share}: of the counted diagnostics, 0–100,
     * one decimal). {@code effort} and {@code horizon} are the questionnaire's keys (low, medium, high; short,
     * medium, long) with their labels.
     */
    public record Action(String questionId, String source, String axisId, String axisTitle, String themeId,
            String themeTitle, String text, String effort, String effortLabel, String horizon, String horizonLabel,
            int organizations, double share) {
    }

    /** A theme's mean and median score and how many counted diagnostics sit on its lowest level. */
    public record WeakTheme(String themeId, String axisId, String axisTitle, String title, int count, Double mean,
            Double median, int lowestLevel) {
    }
}
