package org.odmaturity.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.QuestionScore;
import org.odmaturity.scoring.RowScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ThemeScore;

/**
 * An action of a plan as shown, in one language: its text (the curator's wording, else the current recommendation for
 * its question, else the one it was kept with), effort and horizon (the curator's, else the recommendation's), and
 * what the current suggestion says of it.
 *
 * @param gain     the overall-score points it can bring (two decimals); null for a custom action or an action the
 *                 current answers no longer call for
 * @param priority gain / effort factor of its effort (two decimals), or null
 * @param status   {@value #OPEN}; {@value #REACHED} when its question is now at the top step; {@value #NOT_APPLICABLE}
 *                 when its question is now not applicable or not relevant
 */
public record ResolvedAction(int rank, String id, String questionId, String axisId, String themeId, String text,
        Effort effort, Horizon horizon, String owner, LocalDate dueDate, boolean custom, Double gain, Double priority,
        boolean quickWin, String status) {

    public static final String OPEN = "open";
    public static final String REACHED = "reached";
    public static final String NOT_APPLICABLE = "not-applicable";

    static List<ResolvedAction> resolve(Plan plan, PlanGenerator.Suggestion suggestion, Questionnaire q,
            ScoreCard card, String language) {
        Map<String, QuestionScore> scores = new HashMap<>();
        for (AxisScore axis : card.axes()) {
            for (ThemeScore theme : axis.themes()) {
                theme.questions().forEach(s -> scores.put(s.id(), s));
            }
        }
        Map<String, Question> questions = q.questionsById();
        List<ResolvedAction> resolved = new ArrayList<>();
        int rank = 0;
        for (Plan.Item item : plan.items()) {
            rank++;
            if (item.custom()) {
                resolved.add(new ResolvedAction(rank, item.key(), null, item.axisId(), item.themeId(), item.text(),
                        item.effort(), item.horizon(), item.owner(), item.dueDate(), true, null, null, false, OPEN));
                continue;
            }
            Question question = questions.get(item.questionId());
            SuggestedAction suggested = suggestion.action(item.key()).orElse(null);
            Recommendation recommendation = recommendation(item, question, suggested);
            String text = item.text() != null ? item.text()
                    : recommendation != null ? recommendation.action().in(language, q.defaultLanguage())
                    : question == null ? item.questionId() : question.text().in(language, q.defaultLanguage());
            if (item.text() == null && recommendation != null && question != null) {
                text += rowsNamed(question, scores.get(question.id()),
                        suggested != null ? suggested.source() : item.source(), q, language);
            }
            Effort effort = item.effort() != null ? item.effort()
                    : recommendation != null && recommendation.effort() != null ? recommendation.effort() : null;
            Horizon horizon = item.horizon() != null ? item.horizon()
                    : recommendation != null ? recommendation.horizon() : null;
            Double gain = null;
            Double priority = null;
            boolean quickWin = false;
            String status = OPEN;
            if (suggested != null) {
                gain = PlanGenerator.round(suggested.gain(), 2);
                priority = PlanGenerator.round(PlanGenerator.priority(suggested.gain(), effort), 2);
                quickWin = PlanGenerator.quickWin(suggested.gain(), effort, suggestion.medianGain());
            } else {
                QuestionScore score = scores.get(item.questionId());
                if (score == null || QuestionScore.NOT_RELEVANT.equals(score.status())
                        || QuestionScore.NOT_APPLICABLE.equals(score.status())) {
                    status = NOT_APPLICABLE;
                } else if (score.score() != null && score.score() >= 100) {
                    status = REACHED;
                }
            }
            resolved.add(new ResolvedAction(rank, item.key(), item.questionId(), item.axisId(), item.themeId(), text,
                    effort, horizon, item.owner(), item.dueDate(), false, gain, priority, quickWin, status));
        }
        return resolved;
    }

    /**
     * For a matrix question's action that comes from an option ({@code option:<id>}, as its source says): the rows
     * answered with that option, {@code " (Culture, Environnement)"}, so that the plan names them; else "".
     */
    static String rowsNamed(Question question, QuestionScore score, String source, Questionnaire q, String language) {
        if (question.type() != QuestionType.MATRIX || score == null || score.rows() == null || source == null
                || !source.startsWith("option:")) {
            return "";
        }
        String option = source.substring("option:".length());
        int nth = option.indexOf(SuggestedAction.NTH);
        String optionId = nth < 0 ? option : option.substring(0, nth);
        List<String> rows = new ArrayList<>();
        for (RowScore row : score.rows()) {
            if (optionId.equals(row.option())) {
                question.row(row.id()).ifPresent(r -> rows.add(r.text().in(language, q.defaultLanguage())));
            }
        }
        return rows.isEmpty() ? "" : " (" + String.join(", ", rows) + ")";
    }

    /**
     * The recommendation behind a suggested action: the current suggestion's for its question, else the one it was
     * kept with ({@code source}), else what an unanswered question would get.
     */
    static Recommendation recommendation(Plan.Item item, Question question, SuggestedAction suggested) {
        if (suggested != null) {
            return suggested.recommendation();
        }
        if (question == null) {
            return null;
        }
        Optional<Recommendation> kept = PlanGenerator.recommendationOf(question, item.source());
        if (kept.isPresent()) {
            return kept.get();
        }
        if (question.recommendation() != null) {
            return question.recommendation();
        }
        return PlanGenerator.pick(question, null).map(PlanGenerator.Pick::recommendation).orElse(null);
    }
}
