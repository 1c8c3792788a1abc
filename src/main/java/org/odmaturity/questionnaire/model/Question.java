package org.odmaturity.questionnaire.model;

import java.util.List;
import java.util.Optional;

import org.odmaturity.questionnaire.expr.Expr;

/**
 * One question of a questionnaire.
 *
 * @param weight               relative weight inside its theme (&gt; 0)
 * @param notApplicableAllowed whether "not applicable" is an accepted answer
 * @param commentInvited       whether the respondent is invited to add a comment
 * @param evidenceInvited      whether the respondent is invited to give an evidence link
 * @param relevantWhen         the relevance condition as written in the file, or null (always relevant)
 * @param relevance            the parsed relevance condition, or null (always relevant)
 * @param maxScore             the explicit maximum score of an answer; null for an unscored question
 * @param options              options of choice and yes/no questions (ids {@code yes} and {@code no}); empty otherwise
 * @param scale                scale bounds, for scale questions only
 * @param number               bounds and bands, for number questions only
 * @param step                 for the staircase strategy: id of the level this question is a step of
 * @param passScore            for the staircase strategy: the score at which the step counts as done (default maxScore)
 * @param recommendations      the actions that move an answer below the maximum to the next step, in file order, unless
 *                             the chosen option has its own; empty when there is none (null is read as empty)
 * @param notApplicableScore   how a "not applicable" answer counts when the question is scored: left out (default),
 *                             full points or zero
 * @param rows                 the rows of a matrix question, in file order (each answered with one of the shared
 *                             {@code options}); empty for every other type (null is read as empty)
 * @param facilitatorScoring   for a text question with {@code scoredBy: facilitator}: how the facilitator scores it;
 *                             null for every other question
 */
public record Question(
        String id,
        QuestionType type,
        LocalizedText text,
        LocalizedText help,
        double weight,
        boolean required,
        boolean notApplicableAllowed,
        boolean commentInvited,
        boolean evidenceInvited,
        String relevantWhen,
        Expr relevance,
        Double maxScore,
        List<Option> options,
        ScaleSpec scale,
        NumberSpec number,
        String step,
        Double passScore,
        List<Recommendation> recommendations,
        CountAs notApplicableScore,
        List<MatrixRow> rows,
        FacilitatorScoring facilitatorScoring) {

    public Question {
        options = List.copyOf(options);
        rows = rows == null ? List.of() : List.copyOf(rows);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        notApplicableScore = notApplicableScore == null ? CountAs.LEFT_OUT : notApplicableScore;
    }

    public Question(String id, QuestionType type, LocalizedText text, LocalizedText help, double weight,
            boolean required, boolean notApplicableAllowed, boolean commentInvited, boolean evidenceInvited,
            String relevantWhen, Expr relevance, Double maxScore, List<Option> options, ScaleSpec scale,
            NumberSpec number, String step, Double passScore, List<Recommendation> recommendations) {
        this(id, type, text, help, weight, required, notApplicableAllowed, commentInvited, evidenceInvited, relevantWhen,
                relevance, maxScore, options, scale, number, step, passScore, recommendations, CountAs.LEFT_OUT);
    }

    public Question(String id, QuestionType type, LocalizedText text, LocalizedText help, double weight,
            boolean required, boolean notApplicableAllowed, boolean commentInvited, boolean evidenceInvited,
            String relevantWhen, Expr relevance, Double maxScore, List<Option> options, ScaleSpec scale,
            NumberSpec number, String step, Double passScore, List<Recommendation> recommendations,
            CountAs notApplicableScore) {
        this(id, type, text, help, weight, required, notApplicableAllowed, commentInvited, evidenceInvited, relevantWhen,
                relevance, maxScore, options, scale, number, step, passScore, recommendations, notApplicableScore,
                List.of(), null);
    }

    /** A matrix question (or any other, with no rows): no facilitator scoring. */
    public Question(String id, QuestionType type, LocalizedText text, LocalizedText help, double weight,
            boolean required, boolean notApplicableAllowed, boolean commentInvited, boolean evidenceInvited,
            String relevantWhen, Expr relevance, Double maxScore, List<Option> options, ScaleSpec scale,
            NumberSpec number, String step, Double passScore, List<Recommendation> recommendations,
            CountAs notApplicableScore, List<MatrixRow> rows) {
        this(id, type, text, help, weight, required, notApplicableAllowed, commentInvited, evidenceInvited, relevantWhen,
                relevance, maxScore, options, scale, number, step, passScore, recommendations, notApplicableScore,
                rows, null);
    }

    /** A question the facilitator may score (or any other, with a null scoring): no matrix rows. */
    public Question(String id, QuestionType type, LocalizedText text, LocalizedText help, double weight,
            boolean required, boolean notApplicableAllowed, boolean commentInvited, boolean evidenceInvited,
            String relevantWhen, Expr relevance, Double maxScore, List<Option> options, ScaleSpec scale,
            NumberSpec number, String step, Double passScore, List<Recommendation> recommendations,
            CountAs notApplicableScore, FacilitatorScoring facilitatorScoring) {
        this(id, type, text, help, weight, required, notApplicableAllowed, commentInvited, evidenceInvited, relevantWhen,
                relevance, maxScore, options, scale, number, step, passScore, recommendations, notApplicableScore,
                List.of(), facilitatorScoring);
    }

    /** Whether the facilitator gives this question's points at validation ({@code scoredBy: facilitator}). */
    public boolean facilitatorScored() {
        return facilitatorScoring != null;
    }

    /** The first recommendation (the one a file's single {@code recommendation:} gives), or null. */
    public Recommendation recommendation() {
        return recommendations.isEmpty() ? null : recommendations.get(0);
    }

    /** This question with its parsed relevance condition (the loader parses conditions once all questions are known). */
    public Question withRelevance(Expr parsed) {
        return new Question(id, type, text, help, weight, required, notApplicableAllowed, commentInvited, evidenceInvited,
                relevantWhen, parsed, maxScore, options, scale, number, step, passScore, recommendations,
                notApplicableScore, rows, facilitatorScoring);
    }

    public boolean scored() {
        return maxScore != null;
    }

    /**
     * Whether answers to this question count in scores (docs/scoring.md 3.1): not text unless the facilitator scores
     * it, a positive maxScore and a positive weight (weight 0: shown, not scored). The one rule the engine, the
     * questionnaire's total of points and the staircase's steps read.
     */
    public boolean countsInScore() {
        return (type != QuestionType.TEXT || facilitatorScored()) && maxScore != null && maxScore > 0 && weight > 0;
    }

    /**
     * The points of the best answer: {@code maxScore}, except for a matrix question, where {@code maxScore} is the best
     * of one row and the question's maximum is Σ (row weight × maxScore). Null for an unscored question.
     */
    public Double maxPoints() {
        if (maxScore == null || type != QuestionType.MATRIX) {
            return maxScore;
        }
        double sum = 0;
        for (MatrixRow row : rows) {
            sum += row.weight() * maxScore;
        }
        return sum;
    }

    /** The matrix row with this id, if any. */
    public Optional<MatrixRow> row(String rowId) {
        for (MatrixRow row : rows) {
            if (row.id().equals(rowId)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    public Optional<Option> option(String optionId) {
        for (Option option : options) { // a loop, not a stream: scoring asks this for every answer
            if (option.id().equals(optionId)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** The score at which a staircase step is passed. */
    public double effectivePassScore() {
        return passScore != null ? passScore : (maxScore != null ? maxScore : 0);
    }
}
