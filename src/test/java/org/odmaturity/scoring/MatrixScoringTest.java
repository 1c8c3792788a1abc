package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;

/** Matrix questions: validation of the {rowId: optionId} value, scoring by rows (docs/scoring.md, "Matrix questions"). */
class MatrixScoringTest {

    /** The worked example of docs/scoring.md, "Matrix questions", as a file. */
    static final String DOC_EXAMPLE = """
            id: matrix-doc
            version: 1
            languages: [fr]
            defaultLanguage: fr
            title: { fr: Exemple }
            scoring: { strategy: weighted-points }
            levels:
              - { id: debut, threshold: 0, label: { fr: Début } }
              - { id: avance, threshold: 60, label: { fr: Avancé } }
            axes:
              - id: partager
                title: { fr: Partager }
                themes:
                  - id: publication
                    title: { fr: Publication }
                    questions:
                      - id: par.categories
                        type: matrix
                        text: { fr: Publiez-vous ces catégories de données ? }
                        maxScore: 2
                        notApplicable: true
                        rows:
                          - { id: budget, text: { fr: Budget }, weight: 2 }
                          - { id: transport, text: { fr: Transports } }
                          - { id: culture, text: { fr: Culture } }
                        options:
                          - { id: non, label: { fr: Non publié }, score: 0 }
                          - { id: partiel, label: { fr: En partie }, score: 1 }
                          - { id: publie, label: { fr: Publié }, score: 2 }
                      - { id: par.portail, type: yes-no, text: { fr: Avez-vous un portail ? }, maxScore: 1 }
                      - id: par.suite
                        type: yes-no
                        text: { fr: Suite }
                        relevantWhen: "answered(par.categories)"
            """;

    static Questionnaire load(String yaml) {
        ParseResult result = new QuestionnaireParser().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.errors());
        return result.questionnaire();
    }

    private static final Questionnaire DOC = load(DOC_EXAMPLE);

    private static AnswerValidation validate(Object value) {
        return AnswerValidator.validate(DOC, List.of(new AnswerInput("par.categories", value, false)));
    }

    private static Map<String, Object> rows(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void docExample() {
        AnswerValidation validation = AnswerValidator.validate(DOC, List.of(
                new AnswerInput("par.categories", rows("budget", "publie", "transport", "partiel"), false),
                new AnswerInput("par.portail", true, false)));
        assertEquals(List.of(), validation.problems());
        ScoreCard card = ScoringEngine.score(DOC, validation.answers());
        QuestionScore matrix = card.axes().get(0).themes().get(0).questions().get(0);
        // rows: budget 2 × 2 = 4 of 4, transport 1 × 1 = 1 of 2, culture unanswered 0 of 2
        assertEquals(List.of(new RowScore("budget", "publie", 4, 4), new RowScore("transport", "partiel", 1, 2),
                new RowScore("culture", null, 0, 2)), matrix.rows());
        assertEquals(new QuestionScore("par.categories", 62.5, "avance", QuestionScore.ANSWERED, 5.0, 8.0,
                matrix.rows()), matrix);
        ThemeScore theme = card.axes().get(0).themes().get(0);
        assertEquals(81.3, theme.score(), "(62.5 + 100) / 2 = 81.25, one decimal");
        assertEquals(6.0, theme.points());
        assertEquals(9.0, theme.maxPoints());
        assertTrue(card.notRelevant().isEmpty(), "answered(par.categories) opens par.suite");
    }

    @Test
    void unansweredAndNotApplicable() {
        ScoreCard none = ScoringEngine.score(DOC, Answers.empty());
        QuestionScore unanswered = none.axes().get(0).themes().get(0).questions().get(0);
        assertEquals(QuestionScore.UNANSWERED, unanswered.status());
        assertEquals(0.0, unanswered.points());
        assertEquals(8.0, unanswered.maxPoints());
        assertEquals(3, unanswered.rows().size());
        assertTrue(unanswered.rows().stream().allMatch(r -> r.option() == null && r.points() == 0));
        assertEquals(List.of("par.suite"), none.notRelevant());

        AnswerValidation na = AnswerValidator.validate(DOC, List.of(new AnswerInput("par.categories", null, true)));
        assertEquals(List.of(), na.problems());
        QuestionScore leftOut = ScoringEngine.score(DOC, na.answers()).axes().get(0).themes().get(0).questions().get(0);
        assertEquals(QuestionScore.NOT_APPLICABLE, leftOut.status());
        assertNull(leftOut.rows());
        assertNull(leftOut.points());
    }

    @Test
    void anObjectWithoutAnsweredRowIsNoAnswer() {
        for (Object value : List.of(Map.of(), rows("budget", null), rows("budget", null, "culture", null))) {
            AnswerValidation validation = validate(value);
            assertEquals(List.of(), validation.problems(), value.toString());
            assertTrue(validation.answers().isEmpty(), value.toString());
        }
        AnswerValidation partly = validate(rows("budget", null, "culture", "non"));
        assertEquals(List.of(), partly.problems());
        assertEquals(new AnswerValue.Rows(Map.of("culture", "non")), partly.answers().get("par.categories")
                .orElseThrow().value());
    }

    @Test
    void problemsNameTheRow() {
        List<AnswerProblem> problems = validate(rows("budget", "publie", "sport", "non", "culture", "peut-etre",
                "transport", 3)).problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(AnswerProblem.Kind.WRONG_TYPE, problems.get(0).kind());
        assertEquals("question 'par.categories': row 'transport': the answer of a row must be an option id (a string) "
                + "or null, got a number", problems.get(0).message());
        assertEquals(Map.of("row", "transport"), problems.get(0).args());
        assertEquals(AnswerProblem.Kind.UNKNOWN_ROW, problems.get(1).kind());
        assertEquals("question 'par.categories': row 'sport' does not exist (rows: budget, transport, culture)",
                problems.get(1).message());
        assertEquals(AnswerProblem.Kind.UNKNOWN_OPTION, problems.get(2).kind());
        assertEquals("question 'par.categories': row 'culture': option 'peut-etre' does not exist (options: non, "
                + "partiel, publie)", problems.get(2).message());
        assertEquals(Map.of("row", "culture"), problems.get(2).args());
    }

    @Test
    void onlyAMatrixTakesAnObject() {
        List<AnswerProblem> list = validate(List.of("publie")).problems();
        assertEquals("question 'par.categories': a matrix answer must be an object {\"row id\": \"option id\", ...}, "
                + "got a list", list.get(0).message());
        assertEquals("question 'par.categories': a matrix answer must be an object {\"row id\": \"option id\", ...}, "
                + "got a string", validate("publie").problems().get(0).message());
        List<AnswerProblem> single = AnswerValidator.validate(DOC, List.of(new AnswerInput("par.portail",
                Map.of("budget", "publie"), false))).problems();
        assertEquals("question 'par.portail': a yes-no answer must be true or false, got an object",
                single.get(0).message());
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score(DOC, Answers.of(List.of(
                Answer.of("par.categories", new AnswerValue.Rows(Map.of("budget", "ailleurs")))))));
    }

    /** Random matrices and answers (seeded): the question's points are the sum of its rows', within bounds. */
    @RepeatedTest(50)
    void rowsAddUp() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String message = "seed " + seed;
        int rowCount = 1 + random.nextInt(6);
        int optionCount = 2 + random.nextInt(4);
        int maxScore = 1 + random.nextInt(5);
        StringBuilder yaml = new StringBuilder(DOC_EXAMPLE.substring(0, DOC_EXAMPLE.indexOf("- id: par.categories")));
        String in = " ".repeat(12);
        yaml.append("- id: m\n").append(in).append("type: matrix\n").append(in).append("text: { fr: M }\n").append(in)
                .append("maxScore: ").append(maxScore).append("\n").append(in).append("rows:\n");
        List<Double> weights = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            double weight = 1 + random.nextInt(3);
            weights.add(weight);
            yaml.append(in).append("  - { id: r").append(r).append(", text: { fr: R }, weight: ").append((int) weight)
                    .append(" }\n");
        }
        yaml.append(in).append("options:\n");
        List<Integer> scores = new ArrayList<>();
        for (int o = 0; o < optionCount; o++) {
            int score = o == 0 ? maxScore : random.nextInt(maxScore + 1);
            scores.add(score);
            yaml.append(in).append("  - { id: o").append(o).append(", label: { fr: O }, score: ").append(score)
                    .append(" }\n");
        }
        Questionnaire q = load(yaml.toString());
        Question question = q.question("m").orElseThrow();
        Map<String, Object> value = new LinkedHashMap<>();
        double expected = 0;
        for (int r = 0; r < rowCount; r++) {
            if (random.nextInt(4) > 0) {
                int o = random.nextInt(optionCount);
                value.put("r" + r, "o" + o);
                expected += weights.get(r) * scores.get(o);
            }
        }
        AnswerValidation validation = AnswerValidator.validate(q, List.of(new AnswerInput("m", value, false)));
        assertEquals(List.of(), validation.problems(), message);
        QuestionScore score = ScoringEngine.score(q, validation.answers()).axes().get(0).themes().get(0).questions()
                .get(0);
        double max = weights.stream().mapToDouble(w -> w * maxScore).sum();
        assertEquals(max, score.maxPoints(), 1e-9, message);
        assertEquals(Rounding.round(expected, 2), score.points(), 1e-9, message);
        assertEquals(score.points(), score.rows().stream().mapToDouble(RowScore::points).sum(), 1e-6, message);
        assertEquals(score.maxPoints(), score.rows().stream().mapToDouble(RowScore::maxPoints).sum(), 1e-6, message);
        assertTrue(score.points() >= 0 && score.points() <= score.maxPoints(), message);
        assertEquals(value.isEmpty() ? QuestionScore.UNANSWERED : QuestionScore.ANSWERED, score.status(), message);
        // every row on the best option: full marks
        Map<String, Object> best = new LinkedHashMap<>();
        question.rows().forEach(r -> best.put(r.id(), "o0"));
        QuestionScore full = ScoringEngine.score(q, AnswerValidator.validate(q, List.of(new AnswerInput("m", best,
                false))).answers()).axes().get(0).themes().get(0).questions().get(0);
        assertEquals(100.0, full.score(), message);
        // answering one more row never lowers the points
        for (int r = 0; r < rowCount; r++) {
            if (!value.containsKey("r" + r)) {
                Map<String, Object> more = new LinkedHashMap<>(value);
                more.put("r" + r, "o" + random.nextInt(optionCount));
                double morePoints = ScoringEngine.score(q, AnswerValidator.validate(q, List.of(new AnswerInput("m",
                        more, false))).answers()).axes().get(0).themes().get(0).questions().get(0).points();
                assertTrue(morePoints >= score.points(), message);
            }
        }
    }
}
