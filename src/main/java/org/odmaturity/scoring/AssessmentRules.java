package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.odmaturity.http.ClientText;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The rules a facilitator's points follow (docs/scoring.md, "Scored by the facilitator"), in one place for the service
 * ({@code PUT /api/diagnostics/{id}/assessments}) and the offline command ({@code validate FILE ANSWERS.json}, whose
 * answers may carry an {@code assessment}). Plain Java: no entity, no framework; the caller says which questions have
 * an answer to score and names the fields its own way.
 */
public final class AssessmentRules {

    /** Longest justification, in characters (code points). */
    public static final int MAX_JUSTIFICATION = 4_000;

    /** The part of an assessment a problem is about. */
    public enum Field {
        QUESTION, POINTS, JUSTIFICATION;

        /** The JSON field name: {@code question}, {@code points}, {@code justification}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why an assessment is refused. */
    public enum Code {
        UNKNOWN_QUESTION, NOT_SCORED_BY_FACILITATOR, REPEATED_QUESTION, NOTHING_TO_SCORE, POINTS_REQUIRED,
        POINTS_OUT_OF_RANGE, POINTS_TOO_PRECISE, NOT_A_RUBRIC_LEVEL, JUSTIFICATION_REQUIRED, JUSTIFICATION_TOO_LONG,
        BAD_CHARACTERS;

        /** The code as the API writes it: {@code points-out-of-range}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The facilitator's points for the answer to one question.
     *
     * @param question      the question id
     * @param points        the points given; null is refused
     * @param justification why these points; required
     */
    public record Entry(String question, BigDecimal points, String justification) {
    }

    /**
     * One refused part of an entry.
     *
     * @param index    the entry's position in the batch
     * @param field    the part refused
     * @param question the question id as given (may be null)
     * @param code     why
     * @param message  why, in English, for people
     * @param details  what the code needs to be explained ({@code max}, {@code levels}); empty otherwise
     */
    public record Problem(int index, Field field, String question, Code code, String message,
            Map<String, Object> details) {
    }

    private AssessmentRules() {
    }

    /**
     * The problems of {@code batch}, in batch order; empty when none.
     *
     * @param scorable whether a question has an answer to score: a value, not declared not applicable, and relevant
     */
    public static List<Problem> check(List<Entry> batch, Questionnaire q, Predicate<String> scorable) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Entry a = batch.get(i);
            Question question = a.question() == null ? null : q.question(a.question()).orElse(null);
            if (question == null) {
                problems.add(new Problem(i, Field.QUESTION, a.question(), Code.UNKNOWN_QUESTION, "question '"
                        + a.question() + "' does not exist in questionnaire '" + q.id() + "' version " + q.version(),
                        Map.of()));
            } else if (!question.facilitatorScored()) {
                problems.add(new Problem(i, Field.QUESTION, a.question(), Code.NOT_SCORED_BY_FACILITATOR, "question '"
                        + a.question() + "' is not scored by the facilitator", Map.of()));
            } else if (!seen.add(a.question())) {
                problems.add(new Problem(i, Field.QUESTION, a.question(), Code.REPEATED_QUESTION, "question '"
                        + a.question() + "' appears twice in this batch", Map.of()));
            } else if (!scorable.test(a.question())) {
                problems.add(new Problem(i, Field.QUESTION, a.question(), Code.NOTHING_TO_SCORE, "question '"
                        + a.question() + "' has no answer to score (unanswered, not applicable or not relevant)",
                        Map.of()));
            } else {
                points(i, question, a.points(), problems);
                justification(i, a.question(), a.justification(), problems);
            }
        }
        return problems;
    }

    private static void points(int i, Question question, BigDecimal points, List<Problem> problems) {
        String id = question.id();
        double max = question.maxScore();
        if (points == null) {
            problems.add(new Problem(i, Field.POINTS, id, Code.POINTS_REQUIRED, "points are required (0 to "
                    + fmt(max) + ")", Map.of()));
        } else if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(new Problem(i, Field.POINTS, id, Code.POINTS_OUT_OF_RANGE, "points " + points.toPlainString()
                    + " are outside 0.." + fmt(max), Map.of("max", max)));
        } else if (points.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(i, Field.POINTS, id, Code.POINTS_TOO_PRECISE, "points have at most two decimals",
                    Map.of()));
        } else {
            FacilitatorScoring scoring = question.facilitatorScoring();
            if (!scoring.rubric().isEmpty() && scoring.level(points.doubleValue()).isEmpty()) {
                problems.add(new Problem(i, Field.POINTS, id, Code.NOT_A_RUBRIC_LEVEL, "points must be a level of the "
                        + "question's rubric: " + String.join(", ", scoring.rubric().stream()
                                .map(l -> fmt(l.score())).toList()),
                        Map.of("levels", scoring.rubric().stream().map(FacilitatorScoring.RubricLevel::score).toList())));
            }
        }
    }

    private static void justification(int i, String question, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(i, Field.JUSTIFICATION, question, Code.JUSTIFICATION_REQUIRED, "a justification is "
                    + "required: the organisation sees why it got these points", Map.of()));
            return;
        }
        String bad = ClientText.problem(text);
        if (bad != null) {
            problems.add(new Problem(i, Field.JUSTIFICATION, question, Code.BAD_CHARACTERS, bad, Map.of()));
        } else if (text.codePointCount(0, text.length()) > MAX_JUSTIFICATION) {
            problems.add(new Problem(i, Field.JUSTIFICATION, question, Code.JUSTIFICATION_TOO_LONG, "a justification "
                    + "has at most " + MAX_JUSTIFICATION + " characters", Map.of("max", MAX_JUSTIFICATION)));
        }
    }

    /** A number as people write it: 2, 2.5. */
    public static String fmt(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
