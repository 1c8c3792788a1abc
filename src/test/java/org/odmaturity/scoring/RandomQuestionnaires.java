package org.odmaturity.scoring;

import static org.odmaturity.scoring.TestQuestionnaires.LEVELS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.odmaturity.questionnaire.expr.ExprParser;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.Theme;

/** Random questionnaires and answers for property tests, all drawn from one {@link Random}. */
final class RandomQuestionnaires {

    private static final QuestionType[] TYPES = QuestionType.values();

    private RandomQuestionnaires() {
    }

    /**
     * 1–4 axes of 1–3 themes of 1–5 questions of random types, random weights and option scores (at most maxScore),
     * the five levels 0/20/40/60/80, a random step on every question. With {@code relevance}, some questions get a
     * condition on questions placed before them in a random dependency order (not document order).
     */
    static Questionnaire questionnaire(Random r, ScoringStrategy strategy, boolean relevance) {
        int axisCount = 1 + r.nextInt(4);
        List<List<Integer>> questionsPerTheme = new ArrayList<>();
        List<Integer> themesPerAxis = new ArrayList<>();
        int questionCount = 0;
        for (int a = 0; a < axisCount; a++) {
            int themes = 1 + r.nextInt(3);
            themesPerAxis.add(themes);
            for (int t = 0; t < themes; t++) {
                int questions = 1 + r.nextInt(5);
                List<Integer> ids = new ArrayList<>();
                for (int k = 0; k < questions; k++) {
                    ids.add(questionCount++);
                }
                questionsPerTheme.add(ids);
            }
        }
        // dependency order: question i may only read questions that come before it in this permutation
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < questionCount; i++) {
            rank.add(i);
        }
        Collections.shuffle(rank, r);

        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < questionCount; i++) {
            questions.add(question(r, "q" + i));
        }
        if (relevance) {
            for (int i = 0; i < questionCount; i++) {
                if (r.nextInt(3) == 0) {
                    List<Question> before = new ArrayList<>();
                    for (int j = 0; j < questionCount; j++) {
                        if (rank.get(j) < rank.get(i)) {
                            before.add(questions.get(j));
                        }
                    }
                    if (!before.isEmpty()) {
                        questions.set(i, withCondition(questions.get(i),
                                condition(r, before.get(r.nextInt(before.size())))));
                    }
                }
            }
        }

        List<Axis> axes = new ArrayList<>();
        int themeIndex = 0;
        for (int a = 0; a < axisCount; a++) {
            List<Theme> themes = new ArrayList<>();
            for (int t = 0; t < themesPerAxis.get(a); t++) {
                List<Question> inTheme = questionsPerTheme.get(themeIndex).stream().map(questions::get).toList();
                themes.add(new Theme("t" + themeIndex, LocalizedText.EMPTY, LocalizedText.EMPTY, weight(r), inTheme));
                themeIndex++;
            }
            axes.add(new Axis("a" + a, LocalizedText.EMPTY, LocalizedText.EMPTY, weight(r), themes));
        }
        return TestQuestionnaires.questionnaire(strategy, LEVELS, axes.toArray(Axis[]::new));
    }

    private static double weight(Random r) {
        return oneDecimal(0.1 + r.nextDouble() * 4.9);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A random score from 0 to {@code max}, one decimal, never above {@code max}. */
    private static double upTo(Random r, double max) {
        return Math.min(max, oneDecimal(r.nextDouble() * max));
    }

    private static Question question(Random r, String id) {
        QuestionType type = TYPES[r.nextInt(TYPES.length)];
        double maxScore = r.nextBoolean() ? 1 + r.nextInt(10) : oneDecimal(0.5 + r.nextDouble() * 9.5);
        Double max = maxScore;
        List<Option> options = new ArrayList<>();
        ScaleSpec scale = null;
        NumberSpec number = null;
        List<MatrixRow> rows = new ArrayList<>();
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                int count = 2 + r.nextInt(4);
                for (int k = 0; k < count; k++) {
                    options.add(new Option("o" + k, LocalizedText.EMPTY, upTo(r, maxScore), false, null));
                }
                if (type == QuestionType.MULTIPLE_CHOICE && r.nextBoolean()) {
                    options.add(new Option("none", LocalizedText.EMPTY, upTo(r, maxScore), true, null));
                }
            }
            case YES_NO -> {
                options.add(new Option("yes", LocalizedText.EMPTY, r.nextInt(4) == 0 ? upTo(r, maxScore) : maxScore,
                        false, null));
                options.add(new Option("no", LocalizedText.EMPTY, r.nextInt(4) == 0 ? upTo(r, maxScore) : 0, false,
                        null));
            }
            case SCALE -> {
                int min = r.nextInt(5) - 2;
                scale = new ScaleSpec(min, min + 1 + r.nextInt(10), Map.of());
            }
            case NUMBER -> {
                if (r.nextInt(5) == 0) {
                    max = null; // an unscored number
                }
                List<NumberSpec.Band> bands = new ArrayList<>();
                double from = r.nextInt(10) - 5;
                double score = 0;
                int count = 1 + r.nextInt(4);
                for (int k = 0; k < count; k++) {
                    score = Math.min(maxScore, score + upTo(r, maxScore / 2)); // non-decreasing
                    bands.add(new NumberSpec.Band(from, score));
                    from += 1 + r.nextInt(20);
                }
                Collections.shuffle(bands, r); // the engine sorts them
                Double lower = r.nextBoolean() ? (double) (r.nextInt(10) - 10) : null;
                Double upper = r.nextBoolean() ? (double) (50 + r.nextInt(50)) : null;
                number = new NumberSpec(lower, upper, LocalizedText.EMPTY, bands);
            }
            case TEXT -> max = null;
            case MATRIX -> {
                int count = 2 + r.nextInt(4);
                for (int k = 0; k < count; k++) {
                    options.add(new Option("o" + k, LocalizedText.EMPTY, upTo(r, maxScore), false, null));
                }
                int rowCount = 1 + r.nextInt(4);
                for (int k = 0; k < rowCount; k++) {
                    rows.add(new MatrixRow("r" + k, LocalizedText.EMPTY, 1 + r.nextInt(3)));
                }
            }
        }
        String step = LEVELS.get(r.nextInt(LEVELS.size())).id();
        Double passScore = max != null && r.nextBoolean() ? Math.max(0.1, upTo(r, max)) : null;
        return new Question(id, type, LocalizedText.EMPTY, LocalizedText.EMPTY, weight(r), r.nextBoolean(),
                r.nextInt(3) == 0, false, false, null, null, max, options, scale, number, step, passScore, null,
                null, rows);
    }

    private static String condition(Random r, Question read) {
        String id = read.id();
        return switch (read.type()) {
            case YES_NO -> r.nextBoolean() ? id : "not " + id;
            case SINGLE_CHOICE -> id + " == '" + read.options().get(r.nextInt(read.options().size())).id() + "'";
            case MULTIPLE_CHOICE -> "selected(" + id + ", '" + read.options().get(0).id() + "') or count(" + id
                    + ") >= 2";
            case SCALE -> id + " >= " + (read.scale().min() + 1);
            default -> r.nextBoolean() ? "answered(" + id + ")" : "not answered(" + id + ")";
        };
    }

    private static Question withCondition(Question q, String condition) {
        return new Question(q.id(), q.type(), q.text(), q.help(), q.weight(), q.required(), q.notApplicableAllowed(),
                q.commentInvited(), q.evidenceInvited(), condition, ExprParser.parse(condition), q.maxScore(),
                q.options(), q.scale(), q.number(), q.step(), q.passScore(), q.recommendations(),
                q.notApplicableScore(), q.rows());
    }

    // ---------------------------------------------------------------- answers

    /**
     * A random valid answer set as raw inputs, in document order: for each question, unanswered (left out, or sent as
     * null), "not applicable" when allowed, or a random valid value.
     */
    static List<AnswerInput> answers(Random r, Questionnaire questionnaire) {
        List<AnswerInput> inputs = new ArrayList<>();
        questionnaire.questions().forEach(q -> {
            int dice = r.nextInt(10);
            if (dice == 0) {
                inputs.add(new AnswerInput(q.id(), null, false));
            } else if (dice == 1) {
                // left out
            } else if (dice == 2 && q.notApplicableAllowed()) {
                inputs.add(new AnswerInput(q.id(), null, true));
            } else {
                inputs.add(new AnswerInput(q.id(), value(r, q), false));
            }
        });
        return inputs;
    }

    /** A random valid raw value for {@code q}. */
    static Object value(Random r, Question q) {
        switch (q.type()) {
            case SINGLE_CHOICE:
                return q.options().get(r.nextInt(q.options().size())).id();
            case MULTIPLE_CHOICE: {
                List<Option> exclusive = q.options().stream().filter(Option::exclusive).toList();
                if (!exclusive.isEmpty() && r.nextInt(4) == 0) {
                    return List.of(exclusive.get(0).id());
                }
                List<String> ids = new ArrayList<>(q.options().stream().filter(o -> !o.exclusive()).map(Option::id)
                        .toList());
                Collections.shuffle(ids, r);
                return List.copyOf(ids.subList(0, r.nextInt(ids.size() + 1)));
            }
            case YES_NO:
                return r.nextBoolean();
            case SCALE:
                return BigDecimal.valueOf(q.scale().min() + r.nextInt(q.scale().max() - q.scale().min() + 1));
            case NUMBER: {
                NumberSpec spec = q.number();
                double low = spec.min() != null ? spec.min() : -20;
                double high = spec.max() != null ? spec.max() : 120;
                return BigDecimal.valueOf(low + r.nextDouble() * (high - low)).setScale(2, RoundingMode.DOWN)
                        .max(BigDecimal.valueOf(low));
            }
            case MATRIX: {
                Map<String, String> rows = new java.util.LinkedHashMap<>();
                q.rows().forEach(row -> {
                    if (r.nextInt(4) > 0) {
                        rows.put(row.id(), q.options().get(r.nextInt(q.options().size())).id());
                    }
                });
                return rows.isEmpty() ? Map.of(q.rows().get(0).id(), q.options().get(0).id()) : rows;
            }
            default:
                StringBuilder text = new StringBuilder();
                int length = r.nextInt(20);
                for (int k = 0; k < length; k++) {
                    text.append((char) ('a' + r.nextInt(26)));
                }
                return text.toString();
        }
    }

    /**
     * A monotone key of a raw value for {@code q}: a value with a greater or equal key scores at least as much
     * (option score; capped sum; the number itself, as bands are non-decreasing).
     */
    static double key(Question q, Object value) {
        switch (q.type()) {
            case SINGLE_CHOICE:
                return q.option((String) value).orElseThrow().score();
            case YES_NO:
                return q.option((Boolean) value ? "yes" : "no").orElseThrow().score();
            case MULTIPLE_CHOICE: {
                double sum = 0;
                for (Object id : (List<?>) value) {
                    sum += q.option((String) id).orElseThrow().score();
                }
                return Math.min(sum, q.maxScore());
            }
            case SCALE:
            case NUMBER:
                return ((BigDecimal) value).doubleValue();
            case MATRIX: {
                double sum = 0;
                for (var row : q.rows()) {
                    Object option = ((Map<?, ?>) value).get(row.id());
                    sum += option == null ? 0 : row.weight() * q.option((String) option).orElseThrow().score();
                }
                return sum;
            }
            default:
                return 0;
        }
    }
}
