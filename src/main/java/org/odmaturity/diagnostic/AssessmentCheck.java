package org.odmaturity.diagnostic;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AssessmentRules;
import org.odmaturity.scoring.ScoreCard;

/**
 * Checks a batch of {@link Assessment}s against the questionnaire and the stored answers with {@link AssessmentRules}
 * (the rules the offline command applies too), every problem named by its field ({@code assessments[i].points},
 * {@code assessments[i].justification}, ...) with a code the pages translate ({@link AssessmentRules.Code}).
 */
final class AssessmentCheck {

    private AssessmentCheck() {
    }

    /** The problems of {@code batch} as RFC 9457 error entries (field, question, code, message); empty when none. */
    static List<Map<String, Object>> problems(List<Assessment> batch, Questionnaire q, Map<String, StoredAnswer> answers,
            ScoreCard card) {
        Set<String> notRelevant = new HashSet<>(card.notRelevant());
        List<AssessmentRules.Entry> entries = batch.stream()
                .map(a -> new AssessmentRules.Entry(a.question(), a.points(), a.justification())).toList();
        return AssessmentRules.check(entries, q, id -> {
            StoredAnswer answer = answers.get(id);
            return !notRelevant.contains(id) && answer != null && answer.valueJson != null && !answer.notApplicable;
        }).stream().map(AssessmentCheck::error).toList();
    }

    private static Map<String, Object> error(AssessmentRules.Problem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "assessments[" + problem.index() + "]." + problem.field().key());
        if (problem.question() != null) {
            error.put("question", problem.question());
        }
        error.put("code", problem.code().key());
        error.put("message", problem.message());
        error.putAll(problem.details());
        return error;
    }
}
