package org.odmaturity.plan;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Recommendation;

/**
 * One action the plan suggests for one question: the recommendation that moves its answer to the next step, and why
 * it ranks where it does (docs/improvement-plan.md).
 *
 * @param key            the action's id in a plan: {@code q:<questionId>} for the first recommendation of its source,
 *                       {@code q:<questionId>:<n>} for the n-th (n ≥ 2, in file order)
 * @param source         where the recommendation comes from: {@code option:<optionId>} or {@code question}, with the
 *                       same {@code :<n>} suffix for the n-th recommendation of the list
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

    /**
     * Separates a key or a source from the number of the recommendation in its list: question and option ids never
     * hold it, and it needs no encoding in the pages' links (like the {@code :} of {@code q:}).
     */
    public static final char NTH = ':';

    public static String keyOf(String questionId) {
        return KEY_PREFIX + questionId;
    }

    /** The key of the action of a question's {@code index}-th recommendation (0: the first, today's key). */
    public static String keyOf(String questionId, int index) {
        return nth(keyOf(questionId), index);
    }

    /** {@code base} for the first recommendation of a list, {@code base:<index + 1>} for the next ones. */
    public static String nth(String base, int index) {
        return index == 0 ? base : base + NTH + (index + 1);
    }

    /** The question id of a suggested action's key ({@code q:<id>} or {@code q:<id>:<n>}); null for another key. */
    public static String questionIdOf(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX)) {
            return null;
        }
        String rest = key.substring(KEY_PREFIX.length());
        int hash = rest.indexOf(NTH);
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    public Effort effort() {
        return recommendation.effort() == null ? Effort.MEDIUM : recommendation.effort();
    }

    /** The horizon, for ranking only: an action without one ranks as a medium horizon (and shows none). */
    public Horizon horizon() {
        return recommendation.horizon() == null ? Horizon.MEDIUM : recommendation.horizon();
    }
}
