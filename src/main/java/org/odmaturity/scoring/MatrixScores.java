package org.odmaturity.scoring;

import java.util.ArrayList;
import java.util.List;

import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;

/**
 * The points of a matrix answer (docs/scoring.md, 3.6 "Matrix questions"): each row scores its weight × the score of the
 * option chosen for it (an unanswered row 0); the question scores the sum of its rows, out of Σ weight × maxScore.
 */
final class MatrixScores {

    private MatrixScores() {
    }

    /** Σ row weight × chosen option's score, in row order; unanswered rows count 0. */
    static double points(Question question, AnswerValue.Rows value) {
        double sum = 0;
        for (MatrixRow row : question.rows()) {
            sum += row.weight() * rowScore(question, value, row);
        }
        return sum;
    }

    /** Each row's score, in file order; {@code value} null when the question is unanswered. */
    static List<RowScore> rows(Question question, AnswerValue value) {
        AnswerValue.Rows rows = value instanceof AnswerValue.Rows r ? r : null;
        List<RowScore> scores = new ArrayList<>(question.rows().size());
        for (MatrixRow row : question.rows()) {
            String option = rows == null ? null : rows.option(row.id());
            scores.add(new RowScore(row.id(), option, Rounding.round(row.weight() * rowScore(question, rows, row), 2),
                    Rounding.round(row.weight() * question.maxScore(), 2)));
        }
        return scores;
    }

    private static double rowScore(Question question, AnswerValue.Rows value, MatrixRow row) {
        String option = value == null ? null : value.option(row.id());
        if (option == null) {
            return 0;
        }
        return question.option(option).map(Option::score).orElseThrow(() -> new IllegalArgumentException(
                "question '" + question.id() + "', row '" + row.id() + "' has no option '" + option + "'"));
    }
}
