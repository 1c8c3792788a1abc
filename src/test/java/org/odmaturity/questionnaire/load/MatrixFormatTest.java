package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;

/** Matrix questions in the file format (issue 15 §5): rows sharing one set of options. */
class MatrixFormatTest {

    private final QuestionnaireParser parser = new QuestionnaireParser();

    private static final String FILE = """
            id: mini
            version: 1
            languages: [fr, en]
            defaultLanguage: fr
            title: { fr: Mini, en: Mini }
            scoring: { strategy: weighted-points }
            levels:
              - { id: a, threshold: 0, label: { fr: A, en: A } }
              - { id: b, threshold: 50, label: { fr: B, en: B } }
            axes:
              - id: x
                title: { fr: X, en: X }
                themes:
                  - id: t
                    title: { fr: T, en: T }
                    questions:
            %s
            """;

    private ParseResult parse(String questions) {
        return parser.parse("test.yaml", FILE.formatted(questions.indent(10).stripTrailing())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(ParseResult result) {
        return result.errors().stream().map(LoadError::toString).toList();
    }

    private static final String OPTIONS = "  options:\n"
            + "    - { id: non, label: { fr: Non publié, en: Not published }, score: 0 }\n"
            + "    - { id: partiel, label: { fr: En partie, en: Partly }, score: 1 }\n"
            + "    - { id: publie, label: { fr: Publié, en: Published }, score: 2 }";

    @Test
    void aMatrixHasRowsWithTextsAndWeightsAndSharedOptions() {
        ParseResult result = parse("""
                - id: par.categories
                  type: matrix
                  text: { fr: Publiez-vous ces données ?, en: Do you publish these data? }
                  maxScore: 2
                  rows:
                    - { id: budget, text: { fr: Budget, en: Budget }, weight: 2 }
                    - { id: transport, text: { fr: Transports, en: Transport } }
                """ + OPTIONS + "\n- { id: after, type: yes-no, text: { fr: Q, en: Q }, maxScore: 1, "
                + "relevantWhen: \"answered(par.categories)\" }\n");
        assertEquals(List.of(), errors(result));
        Question q = result.questionnaire().question("par.categories").orElseThrow();
        assertEquals(QuestionType.MATRIX, q.type());
        assertEquals(List.of("budget", "transport"), q.rows().stream().map(MatrixRow::id).toList());
        assertEquals("Transports", q.rows().get(1).text().in("fr", null));
        assertEquals(2.0, q.rows().get(0).weight());
        assertEquals(1.0, q.rows().get(1).weight(), "a row weighs 1 by default");
        assertEquals(2.0, q.maxScore(), "maxScore is the best of one row, as written");
        assertEquals(6.0, q.maxPoints(), "the question's maximum: Σ row weight × maxScore = 2×2 + 1×2");
        assertEquals(3, q.options().size());
    }

    @Test
    void rowsAreCheckedLikeOptions() {
        ParseResult result = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows:
                    - { id: budget, text: { fr: Budget, en: Budget } }
                    - { id: budget, text: { fr: Encore, en: Again } }
                    - { id: Bad Row, text: { fr: X, en: X } }
                    - { id: sans-texte }
                    - { id: lourd, text: { fr: L, en: L }, weight: 0 }
                    - { id: partiel, text: { fr: P } }
                """ + OPTIONS + "\n");
        List<String> errors = errors(result);
        assertTrue(errors.contains("test.yaml:23:23: axes[0].themes[0].questions[0].rows[1].id: row id 'budget' is "
                + "already used at axes[0].themes[0].questions[0].rows[0] in this question"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rows[2].id: 'Bad Row' is not a valid id")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rows[3]") && e.contains("text")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rows[4].weight: must be greater than 0")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rows[5].text") && e.contains("en")), errors.toString());
    }

    @Test
    void aMatrixNeedsRowsAndAtLeastTwoScoredOptions() {
        ParseResult noRows = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                """ + OPTIONS + "\n");
        assertTrue(errors(noRows).stream().anyMatch(e -> e.contains("questions[0]") && e.contains("rows")),
                errors(noRows).toString());
        ParseResult emptyRows = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows: []
                """ + OPTIONS + "\n");
        assertTrue(errors(emptyRows).stream().anyMatch(e -> e.endsWith("rows: a matrix question needs at least one row")),
                errors(emptyRows).toString());
        ParseResult oneOption = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows: [ { id: r, text: { fr: R, en: R } } ]
                  options: [ { id: o, label: { fr: O, en: O }, score: 2 } ]
                """);
        assertTrue(errors(oneOption).stream().anyMatch(e -> e.endsWith("options: a matrix question needs at least two "
                + "options")), errors(oneOption).toString());
        ParseResult unscoredOption = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows: [ { id: r, text: { fr: R, en: R } } ]
                  options: [ { id: o, label: { fr: O, en: O }, score: 2 }, { id: p, label: { fr: P, en: P } } ]
                """);
        assertTrue(errors(unscoredOption).stream().anyMatch(e -> e.contains("options[1]") && e.contains("score")),
                errors(unscoredOption).toString());
        ParseResult unreachable = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 3
                  rows: [ { id: r, text: { fr: R, en: R } } ]
                """ + OPTIONS + "\n");
        assertTrue(errors(unreachable).stream().anyMatch(e -> e.endsWith("maxScore: no answer reaches maxScore 3 (the "
                + "best possible is 2)")), errors(unreachable).toString());
    }

    @Test
    void rowsBelongToMatrixQuestionsOnly() {
        ParseResult result = parse("""
                - id: m
                  type: single-choice
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows: [ { id: r, text: { fr: R, en: R } } ]
                """ + OPTIONS + "\n");
        assertEquals(List.of("test.yaml:21:13: axes[0].themes[0].questions[0].rows: rows are only for matrix "
                + "questions, not for single-choice"), errors(result));
    }

    @Test
    void aConditionReadsAMatrixOnlyThroughAnswered() {
        ParseResult result = parse("""
                - id: m
                  type: matrix
                  text: { fr: Q, en: Q }
                  maxScore: 2
                  rows: [ { id: r, text: { fr: R, en: R } } ]
                """ + OPTIONS + """

                - { id: y, type: yes-no, text: { fr: Q, en: Q }, relevantWhen: "m == 'publie'" }
                - { id: z, type: yes-no, text: { fr: Q, en: Q }, relevantWhen: "selected(m, 'publie')" }
                """);
        List<String> errors = errors(result);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("question 'm' is a matrix question: a condition can only ask whether it is "
                + "answered, with answered(m)"), errors.toString());
        assertTrue(errors.get(1).contains("selected() needs a single-choice or multiple-choice question, but 'm' is a "
                + "matrix question"), errors.toString());
    }
}
