package org.odmaturity.diagnostic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.odmaturity.http.JsonTextRules;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.ScoreCard;

/**
 * Checks a batch of {@link Assessment}s against the questionnaire and the answers, every problem named by its field
 * ({@code assessments[i].points}, {@code assessments[i].justification}, ...) with a code the pages translate.
 */
final class AssessmentCheck {

    /** Longest justification, in characters (code points). */
    static final int MAX_JUSTIFICATION = 4_000;

    /** Why an entry is refused. */
    enum Code {
        UNKNOWN_QUESTION, NOT_SCORED_BY_FACILITATOR, REPEATED_QUESTION, NOTHING_TO_SCORE, POINTS_REQUIRED,
        POINTS_OUT_OF_RANGE, POINTS_TOO_PRECISE, NOT_A_RUBRIC_LEVEL, JUSTIFICATION_REQUIRED, JUSTIFICATION_TOO_LONG,
        BAD_CHARACTERS
    }

    private AssessmentCheck() {
    }

    /** The problems of {@code batch} as RFC 9457 error entries (field, question, code, message); empty when none. */
    static List<Map<String, Object>> problems(List<Assessment> batch, Questionnaire q, Map<String, StoredAnswer> answers,
            ScoreCard card) {
        List<Map<String, Object>> problems = new ArrayList<>();
        Set<String> notRelevant = new HashSet<>(card.notRelevant());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String field = "assessments[" + i + "]";
            Assessment a = batch.get(i);
            Question question = a.question() == null ? null : q.question(a.question()).orElse(null);
            if (question == null) {
                problems.add(error(field + ".question", a.question(), Code.UNKNOWN_QUESTION, "question '"
                        + a.question() + "' does not exist in questionnaire '" + q.id() + "' version " + q.version()));
                continue;
            }
            if (!question.facilitatorScored()) {
                problems.add(error(field + ".question", a.question(), Code.NOT_SCORED_BY_FACILITATOR, "question '"
                        + a.question() + "' is not scored by the facilitator"));
                continue;
            }
            if (!seen.add(a.question())) {
                problems.add(error(field + ".question", a.question(), Code.REPEATED_QUESTION, "question '"
                        + a.question() + "' appears twice in this batch"));
                continue;
            }
            StoredAnswer answer = answers.get(a.question());
            if (notRelevant.contains(a.question()) || answer == null || answer.valueJson == null
                    || answer.notApplicable) {
                problems.add(error(field + ".question", a.question(), Code.NOTHING_TO_SCORE, "question '"
                        + a.question() + "' has no answer to score (unanswered, not applicable or not relevant)"));
                continue;
            }
            points(field + ".points", question, a.points(), problems);
            justification(field + ".justification", a.question(), a.justification(), problems);
        }
        return problems;
    }

    private static void points(String field, Question question, BigDecimal points, List<Map<String, Object>> problems) {
        String id = question.id();
        double max = question.maxScore();
        if (points == null) {
            problems.add(error(field, id, Code.POINTS_REQUIRED, "points are required (0 to " + fmt(max) + ")"));
        } else if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(error(field, id, Code.POINTS_OUT_OF_RANGE, "points " + points.toPlainString()
                    + " are outside 0.." + fmt(max), Map.of("max", max)));
        } else if (points.stripTrailingZeros().scale() > 2) {
            problems.add(error(field, id, Code.POINTS_TOO_PRECISE, "points have at most two decimals"));
        } else {
            FacilitatorScoring scoring = question.facilitatorScoring();
            if (!scoring.rubric().isEmpty() && scoring.level(points.doubleValue()).isEmpty()) {
                problems.add(error(field, id, Code.NOT_A_RUBRIC_LEVEL, "points must be a level of the question's "
                        + "rubric: " + String.join(", ", scoring.rubric().stream().map(l -> fmt(l.score())).toList()),
                        Map.of("levels", scoring.rubric().stream().map(FacilitatorScoring.RubricLevel::score).toList())));
            }
        }
    }

    private static void justification(String field, String question, String text, List<Map<String, Object>> problems) {
        if (text == null || text.isBlank()) {
            problems.add(error(field, question, Code.JUSTIFICATION_REQUIRED, "a justification is required: the "
                    + "organisation sees why it got these points"));
            return;
        }
        String bad = JsonTextRules.problem(text);
        if (bad != null) {
            problems.add(error(field, question, Code.BAD_CHARACTERS, bad));
        } else if (text.codePointCount(0, text.length()) > MAX_JUSTIFICATION) {
            problems.add(error(field, question, Code.JUSTIFICATION_TOO_LONG, "a justification has at most "
                    + MAX_JUSTIFICATION + " characters", Map.of("max", MAX_JUSTIFICATION)));
        }
    }

    private static Map<String, Object> error(String field, String question, Code code, String message) {
        return error(field, question, code, message, Map.of());
    }

    private static Map<String, Object> error(String field, String question, Code code, String message,
            Map<String, Object> more) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (question != null) {
            error.put("question", question);
        }
        error.put("code", code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        error.put("message", message);
        error.putAll(more);
        return error;
    }

    static String fmt(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
