package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.odmaturity.questionnaire.expr.AnswerLookup;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.DependencyOrder;
import org.odmaturity.questionnaire.model.DerivedCache;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.Theme;

/**
 * Turns answers into scores and levels, following the questionnaire's {@link ScoringStrategy}. The method is
 * described, with worked examples, in docs/scoring.md. Deterministic, stateless and thread-safe.
 */
public final class ScoringEngine {

    /** Tolerance when comparing a step's points with its pass score, against floating-point noise. */
    static final double PASS_TOLERANCE = 1e-9;

    private ScoringEngine() {
    }

    /**
     * What scoring needs of a questionnaire besides its answers, computed once per questionnaire version: the
     * questions in document order and in evaluation order (the relevance graph sorted topologically).
     */
    private record Plan(List<Question> documentOrder, List<Question> evaluationOrder,
            Map<String, List<String>> gates) {
    }

    private static final DerivedCache<Questionnaire, Plan> PLANS = new DerivedCache<>(q -> {
        List<Question> documentOrder = List.copyOf(q.questionsById().values());
        Map<String, List<String>> gates = Staircase.gates(q); // "stop at the first no": earlier steps hide later ones
        return new Plan(documentOrder, List.copyOf(evaluationOrder(documentOrder, gates)), gates);
    });

    /**
     * Scores {@code answers} against {@code questionnaire}.
     *
     * <p>Answers to questions the questionnaire does not have are ignored. Every other answer must be one that
     * {@link AnswerValidator} accepts for its question.
     *
     * @throws IllegalArgumentException if an answer does not fit its question (wrong value kind, unknown option, out
     *                                  of bounds, "not applicable" not allowed)
     */
    public static ScoreCard score(Questionnaire questionnaire, Answers answers) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Map<String, Question> byId = questionnaire.questionsById();
        checkAnswers(questionnaire, byId, answers);

        Plan plan = PLANS.get(questionnaire);
        Set<String> stopped = new HashSet<>();
        Set<String> relevant = relevantQuestions(questionnaire, plan, answers, stopped);
        List<String> notRelevant = new ArrayList<>();
        for (Question question : plan.documentOrder()) {
            if (!relevant.contains(question.id())) {
                notRelevant.add(question.id());
            }
        }

        ScoringStrategy strategy = questionnaire.strategy();
        List<AxisScore> axisScores = new ArrayList<>();
        List<Weighted> axisValues = new ArrayList<>();
        Points overallPoints = new Points();
        List<String> pending = new ArrayList<>();
        int answeredTotal = 0;
        int relevantTotal = 0;
        for (Axis axis : questionnaire.axes()) {
            List<ThemeScore> themeScores = new ArrayList<>();
            List<Weighted> themeValues = new ArrayList<>();
            Points axisPoints = new Points();
            int answeredInAxis = 0;
            int relevantInAxis = 0;
            for (Theme theme : axis.themes()) {
                List<QuestionScore> questionScores = new ArrayList<>();
                List<Counted> counted = new ArrayList<>();
                Points themePoints = new Points();
                int answeredInTheme = 0;
                int relevantInTheme = 0;
                CountAs notRelevantRule = questionnaire.notRelevantIn(theme);
                for (Question question : theme.questions()) {
                    Answer answer = answers.get(question.id()).orElse(null);
                    boolean isRelevant = relevant.contains(question.id());
                    if (isRelevant) {
                        relevantInTheme++;
                        if (answer != null && answer.given()) {
                            answeredInTheme++;
                        }
                    }
                    QuestionScore questionScore = evaluate(questionnaire, question, answer, isRelevant, notRelevantRule,
                            counted);
                    if (QuestionScore.PENDING.equals(questionScore.status())) {
                        pending.add(question.id());
                    }
                    questionScores.add(questionScore);
                }
                Staircase.Outcome stairs = strategy == ScoringStrategy.STAIRCASE
                        && Staircase.applies(questionnaire, theme)
                        ? Staircase.climb(questionnaire, theme, counted.stream().map(c -> new Staircase.Counted(
                                c.question(), c.answered(), c.points())).toList(), relevant, stopped, answers)
                        : null;
                Double themeScore = stairs != null ? stairs.score() : switch (strategy) {
                    case WEIGHTED_POINTS -> weightedMean(
                            counted.stream().map(c -> new Weighted(c.question().weight(), c.score())).toList());
                    case STAIRCASE -> staircase(questionnaire.levels(), counted);
                    case WEAKEST_LINK -> minimum(counted.stream().map(Counted::score).toList());
                };
                if (themeScore != null) {
                    themeValues.add(new Weighted(theme.weight(), themeScore));
                }
                counted.forEach(c -> themePoints.add(c.points(), c.question().maxPoints()));
                axisPoints.add(themePoints);
                NodeScore node = ResultLevels.node(questionnaire, themeScore, themePoints.points(), themePoints.max());
                themeScores.add(new ThemeScore(theme.id(), node.score(), node.level(),
                        Completeness.of(answeredInTheme, relevantInTheme), questionScores, themePoints.points(),
                        themePoints.max(), stairs != null && stairs.incomplete() ? ThemeScore.INCOMPLETE : null));
                answeredInAxis += answeredInTheme;
                relevantInAxis += relevantInTheme;
            }
            Double axisScore = aggregate(strategy, themeValues);
            if (axisScore != null) {
                axisValues.add(new Weighted(axis.weight(), axisScore));
            }
            overallPoints.add(axisPoints);
            NodeScore node = ResultLevels.node(questionnaire, axisScore, axisPoints.points(), axisPoints.max());
            axisScores.add(new AxisScore(axis.id(), node.score(), node.level(),
                    Completeness.of(answeredInAxis, relevantInAxis), themeScores, axisPoints.points(),
                    axisPoints.max()));
            answeredTotal += answeredInAxis;
            relevantTotal += relevantInAxis;
        }
        NodeScore overall = ResultLevels.node(questionnaire, aggregate(strategy, axisValues), overallPoints.points(),
                overallPoints.max());
        return new ScoreCard(overall, axisScores, Completeness.of(answeredTotal, relevantTotal),
                List.copyOf(notRelevant), pending);
    }

    // ---------------------------------------------------------------- questions

    /** A question that counts in its theme's score: relevant, applicable and scored. */
    private record Counted(Question question, boolean answered, double points, double score) {
    }

    private record Weighted(double weight, double value) {
    }

    /** The points of the counted questions below a node and their maximum, summed in document order. */
    private static final class Points {
        private double points;
        private double max;
        private boolean any;

        void add(double points, double max) {
            this.points += points;
            this.max += max;
            any = true;
        }

        void add(Points child) {
            if (child.any) {
                add(child.points, child.max);
            }
        }

        Double points() {
            return any ? Rounding.round(points, 2) : null;
        }

        Double max() {
            return any ? Rounding.round(max, 2) : null;
        }
    }

    private static QuestionScore evaluate(Questionnaire questionnaire, Question question, Answer answer,
            boolean relevant, CountAs notRelevantRule, List<Counted> counted) {
        String id = question.id();
        if (!relevant) {
            if (notRelevantRule == CountAs.ZERO && question.countsInScore()) {
                counted.add(new Counted(question, false, 0, 0)); // hidden from the respondent, counted as zero
                return new QuestionScore(id, null, null, QuestionScore.NOT_RELEVANT, 0.0, shownMax(question));
            }
            return new QuestionScore(id, null, null, QuestionScore.NOT_RELEVANT);
        }
        if (answer != null && answer.notApplicable()) {
            CountAs rule = question.notApplicableScore();
            if (rule == CountAs.LEFT_OUT || !question.countsInScore()) {
                return new QuestionScore(id, null, null, QuestionScore.NOT_APPLICABLE);
            }
            boolean full = rule == CountAs.FULL;
            double points = full ? question.maxPoints() : 0;
            counted.add(new Counted(question, true, points, full ? 100 : 0));
            NodeScore node = ResultLevels.node(questionnaire, full ? 100.0 : 0.0, Rounding.round(points, 2),
                    shownMax(question));
            return new QuestionScore(id, node.score(), node.level(), QuestionScore.NOT_APPLICABLE,
                    Rounding.round(points, 2), shownMax(question));
        }
        if (!question.countsInScore()) {
            return new QuestionScore(id, null, null, QuestionScore.UNSCORED);
        }
        boolean answered = answer != null && answer.value() != null;
        if (answered && question.facilitatorScored() && answer.assessedPoints() == null) {
            return new QuestionScore(id, null, null, QuestionScore.PENDING); // counts once the facilitator scores it
        }
        double points = !answered ? 0
                : question.facilitatorScored() ? Math.max(0, Math.min(answer.assessedPoints(), question.maxScore()))
                : points(question, answer.value());
        if (answered && answer.unsure() && questionnaire.unsureDeduction() > 0) {
            points = Math.max(0, points - questionnaire.unsureDeduction()); // a set amount per answer flagged unsure
        }
        double score = points * 100 / question.maxPoints();
        counted.add(new Counted(question, answered, points, score));
        NodeScore node = ResultLevels.node(questionnaire, score, Rounding.round(points, 2), shownMax(question));
        return new QuestionScore(id, node.score(), node.level(),
                answered ? QuestionScore.ANSWERED : QuestionScore.UNANSWERED, Rounding.round(points, 2),
                shownMax(question), question.type() == QuestionType.MATRIX
                        ? MatrixScores.rows(question, answered ? answer.value() : null) : null);
    }

    /** A question's maximum points as the card shows them: to two decimals (a matrix's rows may weigh 0.35 × 1.5). */
    private static double shownMax(Question question) {
        return Rounding.round(question.maxPoints(), 2);
    }

    /** The points of a valid answer to a scored question, between 0 and maxScore. */
    static double points(Question question, AnswerValue value) {
        double maxScore = question.maxPoints();
        double points = switch (question.type()) {
            case SINGLE_CHOICE -> optionScore(question, ((AnswerValue.Choice) value).optionId());
            case YES_NO -> optionScore(question, ((AnswerValue.YesNo) value).optionId());
            case MULTIPLE_CHOICE -> {
                double sum = 0;
                for (String optionId : ((AnswerValue.Choices) value).optionIds()) {
                    sum += optionScore(question, optionId);
                }
                yield sum;
            }
            case SCALE -> {
                ScaleSpec scale = question.scale();
                double v = ((AnswerValue.Num) value).value().doubleValue();
                // multiply before dividing: (7 - 0) * 3 / 10 is exactly 2.1, (7 - 0) / 10 * 3 is not
                yield scale.max() > scale.min() ? (v - scale.min()) * maxScore / (scale.max() - scale.min()) : maxScore;
            }
            case NUMBER -> bandScore(question.number(), ((AnswerValue.Num) value).value());
            case TEXT -> 0;
            case MATRIX -> MatrixScores.points(question, (AnswerValue.Rows) value);
        };
        return Math.max(0, Math.min(points, maxScore));
    }

    private static double optionScore(Question question, String optionId) {
        return question.option(optionId).map(Option::score).orElseThrow(() -> new IllegalArgumentException(
                "question '" + question.id() + "' has no option '" + optionId + "'"));
    }

    /**
     * The score of the last band (sorted by {@code from}) whose {@code from} is at most {@code value}, when
     * {@code value} is within that band's upper bound {@code to} (if it has one); else 0.
     */
    private static double bandScore(NumberSpec spec, BigDecimal value) {
        if (spec == null) {
            return 0;
        }
        List<NumberSpec.Band> bands = new ArrayList<>(spec.bands());
        bands.sort(Comparator.comparingDouble(NumberSpec.Band::from)); // stable: equal "from" keep file order
        NumberSpec.Band in = null;
        for (NumberSpec.Band band : bands) {
            if (BigDecimal.valueOf(band.from()).compareTo(value) <= 0) {
                in = band;
            }
        }
        return in != null && (in.to() == null || value.compareTo(BigDecimal.valueOf(in.to())) <= 0) ? in.score() : 0;
    }

    // ---------------------------------------------------------------- aggregation

    private static Double aggregate(ScoringStrategy strategy, List<Weighted> values) {
        return strategy == ScoringStrategy.WEAKEST_LINK
                ? minimum(values.stream().map(Weighted::value).toList())
                : weightedMean(values);
    }

    /** Σ(weight × value) / Σ weight, summed in the given order; null when there is nothing (or no weight). */
    private static Double weightedMean(List<Weighted> values) {
        double weightedSum = 0;
        double totalWeight = 0;
        for (Weighted w : values) {
            weightedSum += w.weight() * w.value();
            totalWeight += w.weight();
        }
        return totalWeight > 0 ? weightedSum / totalWeight : null;
    }

    private static Double minimum(List<Double> values) {
        Double min = null;
        for (Double value : values) {
            if (min == null || value < min) {
                min = value;
            }
        }
        return min;
    }

    /**
     * The staircase score of an activity: the threshold of the highest level reached before the lowest level with a
     * step not passed; the first level's threshold if none; null without steps.
     */
    private static Double staircase(List<Level> levels, List<Counted> counted) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            rank.put(levels.get(i).id(), i);
        }
        int firstFailure = Integer.MAX_VALUE;
        boolean anyStep = false;
        for (Counted step : counted) {
            Integer level = rank.get(step.question().step());
            if (level == null) {
                continue; // not a step (the loader requires steps in staircase questionnaires)
            }
            anyStep = true;
            boolean passed = step.answered()
                    && step.points() >= step.question().effectivePassScore() - PASS_TOLERANCE;
            if (!passed) {
                firstFailure = Math.min(firstFailure, level);
            }
        }
        if (!anyStep) {
            return null;
        }
        int reached = 0;
        for (Counted step : counted) {
            Integer level = rank.get(step.question().step());
            if (level != null && level < firstFailure) {
                reached = Math.max(reached, level);
            }
        }
        return levels.get(reached).threshold();
    }

    // ---------------------------------------------------------------- answers and relevance

    private static void checkAnswers(Questionnaire questionnaire, Map<String, Question> byId, Answers answers) {
        List<String> problems = new ArrayList<>();
        for (Answer answer : answers.all()) {
            Question question = byId.get(answer.questionId());
            if (question == null) {
                continue;
            }
            List<AnswerRules.Reason> reasons = new ArrayList<>();
            if (answer.notApplicable() && !question.notApplicableAllowed()) {
                reasons.add(new AnswerRules.Reason(AnswerProblem.Kind.NOT_APPLICABLE_NOT_ALLOWED,
                        "'not applicable' is not allowed for this question"));
            }
            if (answer.value() != null) {
                AnswerRules.check(question, answer.value(), reasons);
            }
            reasons.forEach(reason -> problems.add("question '" + question.id() + "': " + reason.text()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("answers do not fit questionnaire '" + questionnaire.id() + "' version "
                    + questionnaire.version() + ": " + String.join("; ", problems));
        }
    }

    /**
     * Evaluates relevance conditions in dependency order. A question that is not relevant, unanswered or not
     * applicable is seen as null by the conditions that read it. With "stop at the first no", a step whose condition
     * holds is still not relevant when an earlier step of its activity is relevant, answered and not passed; such
     * steps are added to {@code stopped}.
     */
    private static Set<String> relevantQuestions(Questionnaire questionnaire, Plan plan, Answers answers,
            Set<String> stopped) {
        Map<String, Object> visible = new HashMap<>();
        AnswerLookup lookup = visible::get;
        Set<String> relevant = new HashSet<>();
        Map<String, Question> byId = questionnaire.questionsById();
        for (Question question : plan.evaluationOrder()) {
            if (question.relevance() == null || question.relevance().test(lookup)) {
                List<String> gates = plan.gates().getOrDefault(question.id(), List.of());
                if (gates.stream().anyMatch(g -> relevant.contains(g) && Staircase.stops(questionnaire, byId.get(g),
                        answers.get(g).orElse(null)))) {
                    stopped.add(question.id());
                    continue;
                }
                relevant.add(question.id());
                answers.get(question.id()).map(Answer::value)
                        .ifPresent(value -> visible.put(question.id(), expose(value)));
            }
        }
        return relevant;
    }

    /** The value of an answer as relevance conditions see it. */
    static Object expose(AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) {
            return c.optionId();
        }
        if (value instanceof AnswerValue.Choices c) {
            return c.optionIds();
        }
        if (value instanceof AnswerValue.YesNo y) {
            return y.value();
        }
        if (value instanceof AnswerValue.Num n) {
            return n.value();
        }
        if (value instanceof AnswerValue.Rows r) {
            return r.choices(); // only answered(q) reads a matrix (the loader refuses anything else)
        }
        return ((AnswerValue.Text) value).value();
    }

    /**
     * Questions ordered so that each comes after the questions its relevance condition reads; among the questions
     * ready to be evaluated, the first in document order goes first.
     */
    static List<Question> evaluationOrder(List<Question> documentOrder) {
        return evaluationOrder(documentOrder, Map.of());
    }

    /** The same, where each question also comes after the questions {@code gates} lists for it. */
    static List<Question> evaluationOrder(List<Question> documentOrder, Map<String, List<String>> gates) {
        DependencyOrder sorted = DependencyOrder.of(documentOrder, gates);
        if (!sorted.cycle().isEmpty()) {
            throw new IllegalArgumentException("relevance conditions form a cycle among: " + sorted.cycle().stream()
                    .map(Question::id).collect(Collectors.joining(", ")));
        }
        return sorted.order();
    }
}
