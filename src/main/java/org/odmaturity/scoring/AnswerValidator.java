package org.odmaturity.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AnswerProblem.Kind;

/**
 * Checks raw answers against a questionnaire and converts them to typed {@link Answers}. Every problem of every
 * answer is reported; an answer with a problem is left out of the result. Stateless and thread-safe.
 */
public final class AnswerValidator {

    private AnswerValidator() {
    }

    /**
     * Validates a batch of answers.
     *
     * <p>Problems reported, each with the index of the answer in {@code inputs}: unknown (or missing) question id; the
     * same question answered twice in the batch (every occurrence after the first); "not applicable" for a question
     * that does not allow it; "not applicable" together with a value; a value of the wrong JSON type for the question
     * type, or out of its bounds; an unknown option id; an option selected twice; an exclusive option selected with
     * another one. An input with a null value and not "not applicable" means "unanswered": no problem, and no answer
     * in the result.
     */
    public static AnswerValidation validate(Questionnaire questionnaire, List<AnswerInput> inputs) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(inputs, "inputs");
        Map<String, Question> questions = questionnaire.questionsById();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();

        for (int index = 0; index < inputs.size(); index++) {
            AnswerInput input = inputs.get(index);
            if (input == null) {
                problems.add(new AnswerProblem(index, null, "answer " + index + " is empty", Kind.EMPTY, Map.of()));
                continue;
            }
            String id = input.question();
            if (id == null || id.isBlank()) {
                problems.add(new AnswerProblem(index, id, "answer " + index + " does not name its question",
                        Kind.NO_QUESTION, Map.of()));
                continue;
            }
            Question question = questions.get(id);
            if (question == null) {
                problems.add(new AnswerProblem(index, id, "question '" + id + "' does not exist in questionnaire '"
                        + questionnaire.id() + "' version " + questionnaire.version(), Kind.UNKNOWN_QUESTION,
                        Map.of()));
                continue;
            }

            List<AnswerRules.Reason> reasons = new ArrayList<>();
            Integer first = firstIndex.putIfAbsent(id, index);
            if (first != null) {
                reasons.add(new AnswerRules.Reason(Kind.REPEATED_QUESTION, "answered more than once in this "
                        + "batch (first at index " + first + ")", Map.of("first", first)));
            }
            AnswerValue value = null;
            if (input.notApplicable()) {
                if (!question.notApplicableAllowed()) {
                    reasons.add(new AnswerRules.Reason(Kind.NOT_APPLICABLE_NOT_ALLOWED,
                            "'not applicable' is not allowed for this question"));
                }
                if (input.value() != null) {
                    reasons.add(new AnswerRules.Reason(Kind.VALUE_WITH_NOT_APPLICABLE,
                            "a value cannot be given together with 'not applicable'"));
                }
            } else if (input.value() != null) {
                value = AnswerRules.convert(question, input.value(), reasons);
            }

            for (AnswerRules.Reason reason : reasons) {
                problems.add(new AnswerProblem(index, id, "question '" + id + "': " + reason.text(), reason.kind(),
                        reason.args()));
            }
            if (reasons.isEmpty() && (value != null || input.notApplicable())) {
                answers.add(new Answer(id, value, input.notApplicable(), input.unsure()));
            }
        }
        return new AnswerValidation(Answers.of(answers), problems);
    }
}
