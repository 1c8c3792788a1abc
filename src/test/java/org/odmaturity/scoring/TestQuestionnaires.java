package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.odmaturity.questionnaire.expr.Expr;
import org.odmaturity.questionnaire.expr.ExprParser;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ResultsIn;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.Theme;

/**
 * Compact builders for questionnaires in tests:
 *
 * <pre>
 * questionnaire(WEIGHTED_POINTS,
 *     axis("a", 1,
 *         theme("t", 1,
 *             single("q1", 4, opt("none", 0), opt("named", 4)).weight(2),
 *             yesNo("q2", 3, 0).when("q1 == 'named'"))));
 * </pre>
 */
final class TestQuestionnaires {

    /** Five levels with thresholds 0, 20, 40, 60, 80. */
    static final List<Level> LEVELS = levels("initial", 0, "repeatable", 20, "defined", 40, "managed", 60,
            "optimising", 80);

    private TestQuestionnaires() {
    }

    /** Levels from alternating ids and thresholds: {@code levels("low", 0, "high", 50)}. */
    static List<Level> levels(Object... idsAndThresholds) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < idsAndThresholds.length; i += 2) {
            String id = (String) idsAndThresholds[i];
            double threshold = ((Number) idsAndThresholds[i + 1]).doubleValue();
            levels.add(new Level(id, threshold, text(id), LocalizedText.EMPTY));
        }
        return List.copyOf(levels);
    }

    static Questionnaire questionnaire(ScoringStrategy strategy, Axis... axes) {
        return questionnaire(strategy, LEVELS, axes);
    }

    static Questionnaire questionnaire(ScoringStrategy strategy, List<Level> levels, Axis... axes) {
        return new Questionnaire("test", 1, List.of("fr"), "fr", text("Test"), LocalizedText.EMPTY, strategy, levels,
                Arrays.asList(axes));
    }

    /** A questionnaire whose questions that are not relevant count as {@code notRelevant} says. */
    static Questionnaire questionnaire(ScoringStrategy strategy, CountAs notRelevant, Axis... axes) {
        return new Questionnaire("test", 1, List.of("fr"), "fr", text("Test"), LocalizedText.EMPTY, strategy, LEVELS,
                Arrays.asList(axes), notRelevant, 0);
    }

    /** A questionnaire that takes {@code deduction} points from each scored answer flagged unsure. */
    static Questionnaire questionnaireWithUnsureDeduction(ScoringStrategy strategy, double deduction, Axis... axes) {
        return new Questionnaire("test", 1, List.of("fr"), "fr", text("Test"), LocalizedText.EMPTY, strategy, LEVELS,
                Arrays.asList(axes), CountAs.LEFT_OUT, deduction);
    }

    /**
     * {@code q} with other levels, read as {@code resultsIn} says and rounded to {@code decimals} (docs/scoring.md,
     * section 7).
     */
    static Questionnaire reading(Questionnaire q, ResultsIn resultsIn, int decimals, List<Level> levels) {
        return new Questionnaire(q.id(), q.version(), q.languages(), q.defaultLanguage(), q.title(), q.description(),
                q.strategy(), levels, q.axes(), q.notRelevant(), q.unsureDeduction(), q.staircase(), resultsIn, decimals);
    }

    /** An answer flagged unsure. */
    static AnswerInput unsure(String question, Object value) {
        return new AnswerInput(question, value, false, true);
    }

    /** A theme with its own rule for its questions that are not relevant. */
    static Theme theme(String id, double weight, CountAs notRelevant, QuestionBuilder... questions) {
        return new Theme(id, text(id), LocalizedText.EMPTY, weight,
                Arrays.stream(questions).map(QuestionBuilder::build).toList(), notRelevant);
    }

    static Axis axis(String id, double weight, Theme... themes) {
        return new Axis(id, text(id), LocalizedText.EMPTY, weight, Arrays.asList(themes));
    }

    static Theme theme(String id, double weight, QuestionBuilder... questions) {
        return new Theme(id, text(id), LocalizedText.EMPTY, weight,
                Arrays.stream(questions).map(QuestionBuilder::build).toList());
    }

    static Option opt(String id, double score) {
        return new Option(id, text(id), score, false, null);
    }

    /** An exclusive option ("none of these"). */
    static Option exclusiveOpt(String id, double score) {
        return new Option(id, text(id), score, true, null);
    }

    static NumberSpec.Band band(double from, double score) {
        return new NumberSpec.Band(from, score);
    }

    /** A band with an upper bound (inclusive): above it, no band and 0 points. */
    static NumberSpec.Band band(double from, double to, double score) {
        return new NumberSpec.Band(from, to, score);
    }

    static QuestionBuilder single(String id, double maxScore, Option... options) {
        return new QuestionBuilder(id, QuestionType.SINGLE_CHOICE).max(maxScore).options(options);
    }

    static QuestionBuilder multiple(String id, double maxScore, Option... options) {
        return new QuestionBuilder(id, QuestionType.MULTIPLE_CHOICE).max(maxScore).options(options);
    }

    /** A yes/no question worth {@code yesScore} for yes and {@code noScore} for no; maxScore is {@code yesScore}. */
    static QuestionBuilder yesNo(String id, double yesScore, double noScore) {
        return new QuestionBuilder(id, QuestionType.YES_NO).max(Math.max(yesScore, noScore))
                .options(opt("yes", yesScore), opt("no", noScore));
    }

    static QuestionBuilder scale(String id, double maxScore, int min, int max) {
        QuestionBuilder b = new QuestionBuilder(id, QuestionType.SCALE).max(maxScore);
        b.scale = new ScaleSpec(min, max, Map.of());
        return b;
    }

    /** A number question; unbounded unless {@link QuestionBuilder#bounds} is called. */
    static QuestionBuilder number(String id, Double maxScore, NumberSpec.Band... bands) {
        QuestionBuilder b = new QuestionBuilder(id, QuestionType.NUMBER).max(maxScore);
        b.bands = List.of(bands);
        return b;
    }

    /** An unscored text question. */
    static QuestionBuilder textQuestion(String id) {
        return new QuestionBuilder(id, QuestionType.TEXT).max(null);
    }

    static LocalizedText text(String value) {
        return LocalizedText.of("fr", value);
    }

    // ---------------------------------------------------------------- answers

    static AnswerInput in(String question, Object value) {
        return new AnswerInput(question, value, false);
    }

    static AnswerInput na(String question) {
        return new AnswerInput(question, null, true);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal dec(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Validates the inputs, failing if any is rejected. */
    static Answers answers(Questionnaire questionnaire, AnswerInput... inputs) {
        AnswerValidation validation = AnswerValidator.validate(questionnaire, List.of(inputs));
        if (validation.hasProblems()) {
            throw new AssertionError("test answers rejected: " + validation.problems());
        }
        return validation.answers();
    }

    static ScoreCard score(Questionnaire questionnaire, AnswerInput... inputs) {
        return ScoringEngine.score(questionnaire, answers(questionnaire, inputs));
    }

    // ---------------------------------------------------------------- lookups in a score card

    static ThemeScore theme(ScoreCard card, String themeId) {
        return card.axes().stream().flatMap(a -> a.themes().stream()).filter(t -> t.id().equals(themeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no theme " + themeId));
    }

    static AxisScore axis(ScoreCard card, String axisId) {
        return card.axes().stream().filter(a -> a.id().equals(axisId)).findFirst()
                .orElseThrow(() -> new AssertionError("no axis " + axisId));
    }

    static QuestionScore question(ScoreCard card, String questionId) {
        return card.axes().stream().flatMap(a -> a.themes().stream()).flatMap(t -> t.questions().stream())
                .filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + questionId));
    }

    /** A mutable description of one question; defaults: weight 1, required, no "not applicable", no condition. */
    static final class QuestionBuilder {
        private final String id;
        private final QuestionType type;
        private double weight = 1;
        private boolean notApplicableAllowed;
        private String relevantWhen;
        private Expr relevance;
        private Double maxScore;
        private List<Option> options = List.of();
        private ScaleSpec scale;
        private Double min;
        private Double max;
        private List<NumberSpec.Band> bands = List.of();
        private String step;
        private Double passScore;
        private CountAs notApplicableScore = CountAs.LEFT_OUT;

        QuestionBuilder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
        }

        QuestionBuilder weight(double weight) {
            this.weight = weight;
            return this;
        }

        /** Allows "not applicable". */
        QuestionBuilder na() {
            this.notApplicableAllowed = true;
            return this;
        }

        /** Allows "not applicable", counted as {@code rule} says. */
        QuestionBuilder na(CountAs rule) {
            this.notApplicableAllowed = true;
            this.notApplicableScore = rule;
            return this;
        }

        /** Relevance condition, parsed by {@link ExprParser}. */
        QuestionBuilder when(String condition) {
            this.relevantWhen = condition;
            this.relevance = ExprParser.parse(condition);
            return this;
        }

        QuestionBuilder max(Double maxScore) {
            this.maxScore = maxScore;
            return this;
        }

        QuestionBuilder options(Option... options) {
            this.options = List.of(options);
            return this;
        }

        /** Bounds of a number question (null = unbounded). */
        QuestionBuilder bounds(Double min, Double max) {
            this.min = min;
            this.max = max;
            return this;
        }

        /** Staircase: the level this question is a step of. */
        QuestionBuilder step(String levelId) {
            this.step = levelId;
            return this;
        }

        /** Staircase: points needed to pass the step (default maxScore). */
        QuestionBuilder pass(double passScore) {
            this.passScore = passScore;
            return this;
        }

        Question build() {
            NumberSpec number = type == QuestionType.NUMBER ? new NumberSpec(min, max, LocalizedText.EMPTY, bands)
                    : null;
            return new Question(id, type, text(id), LocalizedText.EMPTY, weight, true, notApplicableAllowed, false,
                    false, relevantWhen, relevance, maxScore, options, scale, number, step, passScore, null,
                    notApplicableScore);
        }
    }
}
