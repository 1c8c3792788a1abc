package org.odmaturity.plan;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Recommendation;

/**
 * One action the plan suggests for one question: the recommendation that moves its answer to the next step, and why
 * it ranks where it does (docs/improvement-plan.md).
 *
 * @param key            the action's id in a plan: {@code q:<questionId>}
 * @param source         where the recommendation comes from: {@code option:<optionId>} or {@code question}
 * @param questionScore  the question's score on the score card (0–100; 0 when unanswered)
 * @param gap            1 − questionScore / 100: how far the answer is from the top step (0–1]
 * @param share          the question's share of the overall score: its weight within its theme × its theme's weight
 *                       within its axis × its axis's weight among the axes (0–1]
 * @param gain           100 × gap × share: the overall-score points the action can bring
 * @param priority       gain / effort factor (low 1, medium 2, high 4)
 * @param quickWin       low effort and a gain at least the median gain of the suggestion
 */
public record SuggestedAction(String key, String questionId, String axisId, String themeId, String source,
        Recommendation recommendation, boolean answered, double questionScore, double gap, double share, double gain,
        double priority, boolean quickWin) {

    public static final String KEY_PREFIX = "q:";

    public static String keyOf(String questionId) {
        return KEY_PREFIX + questionId;
    }

    public Effort effort() {
        return recommendation.effort() == null ? Effort.MEDIUM : recommendation.effort();
    }

    public Horizon horizon() {
        return recommendation.horizon() == null ? Horizon.MEDIUM : recommendation.horizon();
    }
}
