package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.ScoringStrategy;

class QuestionnaireParserTest {

    private final QuestionnaireParser parser = new QuestionnaireParser();

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    private ParseResult parse(String yaml) {
        return parser.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(ParseResult result) {
        return result.errors().stream().map(LoadError::toString).toList();
    }

    @Test
    void sampleQuestionnaireLoadsWithZeroErrors() throws IOException {
        ParseResult result = parser.parse("sample-od-maturity.v1.yaml", read("src/test/resources/questionnaires/sample-od-maturity.v1.yaml"));
        assertEquals(List.of(), lines(result));
        Questionnaire q = result.questionnaire();
        assertEquals("sample-od-maturity", q.id());
        assertEquals(1, q.version());
        assertEquals(ScoringStrategy.WEIGHTED_POINTS, q.strategy());
        assertEquals(List.of("piloter", "partager", "produire", "valoriser"), q.axes().stream().map(a -> a.id()).toList());
        assertEquals(5, q.levels().size());
        Question budget = q.question("budget").orElseThrow();
        assertEquals(QuestionType.YES_NO, budget.type());
        assertEquals(List.of("yes", "no"), budget.options().stream().map(o -> o.id()).toList());
        assertEquals(1.0, budget.options().get(0).score());
        assertEquals("Oui", budget.options().get(0).label().in("fr", "fr"));
        Question nbJeux = q.question("nb_jeux").orElseThrow();
        assertNotNull(nbJeux.relevance(), "relevance conditions are parsed");
        assertEquals(4, nbJeux.number().bands().size());
        assertEquals(64, result.contentHash().length());
    }

    @Test
    void brokenFileReportsEveryErrorWithFileLineColumnAndPath() throws IOException {
        ParseResult result = parser.parse("broken.yaml", read("src/test/resources/questionnaires/broken.yaml"));
        assertFalse(result.valid());
        assertNull(result.questionnaire());
        assertEquals(List.of(
                "broken.yaml:6:8: title: missing translation: en",
                "broken.yaml:11:28: levels[1].threshold: thresholds must ascend: 0 is not above the previous level's 0",
                "broken.yaml:22:21: axes[0].themes[0].questions[0].weight: must be 0 or more (found -1)",
                "broken.yaml:26:64: axes[0].themes[0].questions[0].options[1].score: score 5 is above maxScore 2",
                "broken.yaml:27:17: axes[0].themes[0].questions[1].id: question id 'referent' is already used at "
                        + "axes[0].themes[0].questions[0]",
                "broken.yaml:33:13: axes[0].themes[0].questions[2].wieght: unknown key 'wieght' (allowed: id, type, text, "
                        + "help, weight, required, notApplicable, comment, evidence, relevantWhen, maxScore, options, scale, "
                        + "number, step, passScore, recommendation, recommendations, notApplicableScore, rows, scoredBy, "
                        + "rubric)",
                "broken.yaml:34:27: axes[0].themes[0].questions[2].relevantWhen: question 'referent' has no option 'nomme' "
                        + "(options: non, oui) (column 13 of the condition)",
                "broken.yaml:38:27: axes[0].themes[0].questions[3].relevantWhen: relevance conditions form a cycle: "
                        + "boucle_a → boucle_b → boucle_a",
                "broken.yaml:46:27: axes[0].themes[0].questions[5].relevantWhen: syntax error: '&&' is not supported; "
                        + "use 'and' (column 18 of the condition)",
                "broken.yaml:50:27: axes[0].themes[0].questions[6].relevantWhen: unknown question 'publi' "
                        + "(column 1 of the condition)"),
                lines(result));
    }

    private static final String MINIMAL = """
            id: mini
            version: 3
            languages: [fr]
            defaultLanguage: fr
            title: { fr: Mini }
            scoring: { strategy: %s }
            levels:
              - { id: a, threshold: 0, label: { fr: A } }
              - { id: b, threshold: 50, label: { fr: B } }
            axes:
              - id: x
                title: { fr: X }
                themes:
                  - id: t
                    title: { fr: T }
                    questions:
            %s
            """;

    private static String minimal(String strategy, String questions) {
        return MINIMAL.formatted(strategy, questions.indent(10).stripTrailing());
    }

    @Test
    void minimalQuestionnaireWithEveryQuestionType() {
        ParseResult result = parse(minimal("weighted-points", """
                - { id: sc, type: single-choice, text: { fr: Q }, maxScore: 1, options: [ { id: a, label: { fr: A }, score: 0 }, { id: b, label: { fr: B }, score: 1 } ] }
                - { id: mc, type: multiple-choice, text: { fr: Q }, maxScore: 2, options: [ { id: a, label: { fr: A }, score: 1 }, { id: b, label: { fr: B }, score: 1 }, { id: z, label: { fr: Aucun }, score: 0, exclusive: true } ] }
                - { id: yn, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "selected(mc, 'a') or count(mc) >= 2" }
                - { id: sca, type: scale, text: { fr: Q }, maxScore: 4, scale: { min: 1, max: 5, labels: { 1: { fr: Peu }, 5: { fr: Beaucoup } } } }
                - { id: num, type: number, text: { fr: Q }, maxScore: 2, number: { min: 0, bands: [ { from: 0, score: 0 }, { from: 10, score: 2 } ] }, relevantWhen: "sca > 2" }
                - { id: txt, type: text, text: { fr: Q } }
                """));
        assertEquals(List.of(), lines(result));
        assertEquals(6, result.questionnaire().questions().count());
    }

    @Test
    void everyErrorIsReportedInOnePassEvenBesideAnInvalidId() {
        // issue 15 §10: a dangling reference is reported even when another id, or the question's own id or type, is wrong
        ParseResult result = parse(minimal("weighted-points", """
                - { id: Bad-Id, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "ghost == true" }
                - { id: ok, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "phantom == true" }
                - { id: typo, type: yes-or-no, text: { fr: Q }, relevantWhen: "spectre == true" }
                """));
        assertEquals(List.of(
                "test.yaml:17:19: axes[0].themes[0].questions[0].id: 'Bad-Id' is not a valid id (lowercase letters, "
                        + "digits, '_' and '-', optionally in '.'-separated parts, starting with a letter; a '-' stands "
                        + "between two letters, digits or '_')",
                "test.yaml:17:85: axes[0].themes[0].questions[0].relevantWhen: unknown question 'ghost' (column 1 of the condition)",
                "test.yaml:18:81: axes[0].themes[0].questions[1].relevantWhen: unknown question 'phantom' (column 1 of the condition)",
                "test.yaml:19:31: axes[0].themes[0].questions[2].type: unknown question type 'yes-or-no' (known: "
                        + "single-choice, multiple-choice, yes-no, scale, number, text, matrix)",
                "test.yaml:19:73: axes[0].themes[0].questions[2].relevantWhen: unknown question 'spectre' (column 1 of the condition)"),
                lines(result));
    }

    @Test
    void questionsAndOptionsShareOneIdRule() {
        // issue 15 §10: '-' in question ids (read as one id in conditions), '.' in option ids; no '-' at an edge or twice
        ParseResult ok = parse(minimal("weighted-points", """
                - { id: non-publie, type: single-choice, text: { fr: Q }, maxScore: 1, options: [ { id: premiers-pas, label: { fr: A }, score: 0 }, { id: v2.a_b-c, label: { fr: B }, score: 1 } ] }
                - { id: q-1.b-2, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "non-publie == 'v2.a_b-c' and answered(non-publie)" }
                """));
        assertEquals(List.of(), lines(ok));
        assertEquals(List.of("non-publie"), List.copyOf(ok.questionnaire().question("q-1.b-2").orElseThrow()
                .relevance().references()));
        for (String bad : List.of("a-", "a--b", "a.-b", "a-.b", "a.", "-a", "1a", "A", "a b")) {
            ParseResult question = parse(minimal("weighted-points",
                    "- { id: '" + bad + "', type: yes-no, text: { fr: Q }, maxScore: 1 }"));
            assertEquals(1, question.errors().size(), bad + ": " + lines(question));
            assertTrue(lines(question).get(0).contains("'" + bad + "' is not a valid id (lowercase letters, digits, '_' and '-'"),
                    lines(question).get(0));
            ParseResult option = parse(minimal("weighted-points",
                    "- { id: q, type: single-choice, text: { fr: Q }, maxScore: 1, options: [ { id: '" + bad
                            + "', label: { fr: A }, score: 0 }, { id: b, label: { fr: B }, score: 1 } ] }"));
            assertEquals(1, option.errors().size(), bad + ": " + lines(option));
            assertTrue(lines(option).get(0).contains(".options[0].id: '" + bad + "' is not a valid id"), lines(option).get(0));
        }
    }

    @Test
    void aConditionReadingAQuestionInErrorIsNotBlamedForIt() {
        // 'typo' exists with a wrong type: "unknown question 'typo'" would only repeat that error
        ParseResult result = parse(minimal("weighted-points", """
                - { id: typo, type: yes-or-no, text: { fr: Q } }
                - { id: ok, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "answered(typo)" }
                """));
        assertEquals(1, result.errorCount(), lines(result).toString());
        assertTrue(lines(result).get(0).contains("unknown question type 'yes-or-no'"), lines(result).toString());
    }

    @Test
    void aRecommendationNoPlanCanShowIsAWarningNotAnError() {
        ParseResult result = parse(minimal("weighted-points", """
                - id: sc
                  type: single-choice
                  text: { fr: Q }
                  maxScore: 2
                  options:
                    - { id: a, label: { fr: A }, score: 0, recommendation: { action: { fr: Agir }, effort: low, horizon: short } }
                    - { id: b, label: { fr: B }, score: 2, recommendation: { action: { fr: Rien }, effort: low, horizon: short } }
                - { id: txt, type: text, text: { fr: Q }, recommendation: { action: { fr: Lire }, effort: low, horizon: short } }
                """));
        assertEquals(List.of(), lines(result));
        assertNotNull(result.questionnaire(), "warnings never stop a file from loading");
        assertEquals(List.of(
                "test.yaml:23:54: axes[0].themes[0].questions[0].options[1].recommendation: this option gives full "
                        + "marks (2 of 2), so no improvement plan will ever show this recommendation",
                "test.yaml:24:53: axes[0].themes[0].questions[1].recommendation: the question is not scored (a text "
                        + "question never is), so no improvement plan will ever show this recommendation"),
                result.warnings().stream().map(LoadError::toString).toList());
    }

    @Test
    void recommendationsAreAListInFileOrderWithOptionalEffortAndHorizon() {
        ParseResult result = parse(minimal("weighted-points", """
                - id: sc
                  type: single-choice
                  text: { fr: Q }
                  maxScore: 2
                  recommendations:
                    - { action: { fr: Commencer } }
                  options:
                    - id: a
                      label: { fr: A }
                      score: 0
                      recommendations:
                        - { action: { fr: Nommer }, effort: low }
                        - { action: { fr: Former }, horizon: long }
                        - { action: { fr: Publier }, effort: high, horizon: short }
                    - { id: b, label: { fr: B }, score: 1, recommendation: { action: { fr: Seul } } }
                    - { id: c, label: { fr: C }, score: 2 }
                """));
        assertEquals(List.of(), lines(result));
        assertEquals(List.of(), result.warnings());
        Question sc = result.questionnaire().question("sc").orElseThrow();
        assertEquals(List.of(new Recommendation(LocalizedText.of("fr", "Commencer"), null, null)), sc.recommendations());
        Option a = sc.option("a").orElseThrow();
        assertEquals(List.of("Nommer", "Former", "Publier"), a.recommendations().stream()
                .map(r -> r.action().in("fr", "fr")).toList());
        assertEquals(Arrays.asList(Effort.LOW, null, Effort.HIGH), a.recommendations().stream()
                .map(Recommendation::effort).toList());
        assertEquals(Arrays.asList(null, Horizon.LONG, Horizon.SHORT), a.recommendations().stream()
                .map(Recommendation::horizon).toList());
        assertEquals("Nommer", a.recommendation().action().in("fr", "fr"), "the single accessor gives the first");
        Option b = sc.option("b").orElseThrow();
        assertEquals(1, b.recommendations().size(), "a single recommendation is a one-item list");
        assertNull(b.recommendation().effort());
        assertEquals(List.of(), sc.option("c").orElseThrow().recommendations());
        assertNull(sc.option("c").orElseThrow().recommendation());
    }

    @Test
    void recommendationAndRecommendationsTogetherOrAnEmptyListAreErrors() {
        assertEquals(List.of(
                "test.yaml:17:105: axes[0].themes[0].questions[0].recommendations: give either recommendation (one) or "
                        + "recommendations (a list), not both"),
                lines(parse(minimal("weighted-points", """
                        - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, recommendation: { action: { fr: A } }, recommendations: [ { action: { fr: B } } ] }
                        """))));
        assertEquals(List.of(
                "test.yaml:22:93: axes[0].themes[0].questions[0].options[0].recommendations: give either recommendation "
                        + "(one) or recommendations (a list), not both"),
                lines(parse(minimal("weighted-points", """
                        - id: q
                          type: single-choice
                          text: { fr: Q }
                          maxScore: 1
                          options:
                            - { id: a, label: { fr: A }, score: 0, recommendation: { action: { fr: A } }, recommendations: [ { action: { fr: B } } ] }
                            - { id: b, label: { fr: B }, score: 1 }
                        """))));
        assertEquals(List.of(
                "test.yaml:17:83: axes[0].themes[0].questions[0].recommendations: recommendations must hold at least one "
                        + "recommendation (or leave the key out)"),
                lines(parse(minimal("weighted-points", """
                        - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, recommendations: [] }
                        """))));
        assertEquals(List.of(
                "test.yaml:17:108: axes[0].themes[0].questions[0].recommendations[1]: missing required key 'action'"),
                lines(parse(minimal("weighted-points", """
                        - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, recommendations: [ { action: { fr: A } }, { effort: low } ] }
                        """))));
    }

    @Test
    void everyRecommendationOfAListNoPlanCanShowIsAWarning() {
        ParseResult result = parse(minimal("weighted-points", """
                - id: sc
                  type: single-choice
                  text: { fr: Q }
                  maxScore: 2
                  options:
                    - { id: a, label: { fr: A }, score: 0, recommendations: [ { action: { fr: Agir } } ] }
                    - { id: b, label: { fr: B }, score: 2, recommendations: [ { action: { fr: Rien } }, { action: { fr: Encore } } ] }
                - { id: txt, type: text, text: { fr: Q }, recommendations: [ { action: { fr: Lire } }, { action: { fr: Relire } } ] }
                - { id: w0, type: yes-no, text: { fr: Q }, maxScore: 1, weight: 0, recommendations: [ { action: { fr: Un } }, { action: { fr: Deux } } ] }
                """));
        assertEquals(List.of(), lines(result));
        assertNotNull(result.questionnaire(), "warnings never stop a file from loading");
        assertEquals(List.of(
                "axes[0].themes[0].questions[0].options[1].recommendations[0]: this option gives full marks (2 of 2), so "
                        + "no improvement plan will ever show this recommendation",
                "axes[0].themes[0].questions[0].options[1].recommendations[1]: this option gives full marks (2 of 2), so "
                        + "no improvement plan will ever show this recommendation",
                "axes[0].themes[0].questions[1].recommendations[0]: the question is not scored (a text question never "
                        + "is), so no improvement plan will ever show this recommendation",
                "axes[0].themes[0].questions[1].recommendations[1]: the question is not scored (a text question never "
                        + "is), so no improvement plan will ever show this recommendation",
                "axes[0].themes[0].questions[2].recommendations[0]: the question has weight 0 (shown, not scored), so no "
                        + "improvement plan will ever show this recommendation",
                "axes[0].themes[0].questions[2].recommendations[1]: the question has weight 0 (shown, not scored), so no "
                        + "improvement plan will ever show this recommendation"),
                result.warnings().stream().map(w -> w.toString().replaceFirst("^test\\.yaml:\\d+:\\d+: ", ""))
                        .toList());
        assertTrue(result.warnings().get(1).toString().startsWith("test.yaml:23:"), "each warning points at its item: "
                + result.warnings().get(1));
    }

    @Test
    void numberBandsMayHaveAnUpperBoundThatNeitherInvertsNorOverlaps() {
        ParseResult ok = parse(minimal("weighted-points", """
                - { id: n, type: number, text: { fr: Q }, maxScore: 2, number: { bands: [ { from: 1, to: 10, score: 1 }, { from: 11, to: 50, score: 2 } ] } }
                """));
        assertEquals(List.of(), lines(ok));
        assertEquals(10.0, ok.questionnaire().question("n").orElseThrow().number().bands().get(0).to());
        ParseResult bad = parse(minimal("weighted-points", """
                - { id: n, type: number, text: { fr: Q }, maxScore: 2, number: { bands: [ { from: 1, to: 10, score: 1 }, { from: 10, to: 5, score: 2 } ] } }
                """));
        assertEquals(List.of(
                "test.yaml:17:124: axes[0].themes[0].questions[0].number.bands[1].from: bands must not overlap: 10 is "
                        + "within the previous band, which goes up to 10",
                "test.yaml:17:132: axes[0].themes[0].questions[0].number.bands[1].to: to (5) is below from (10)"),
                lines(bad));
    }

    @Test
    void aQuestionOfWeightZeroIsShownNotScoredAndCannotBeAStep() {
        ParseResult ok = parse(minimal("weighted-points", """
                - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1 }
                - { id: info, type: yes-no, text: { fr: Q }, maxScore: 1, weight: 0 }
                """));
        assertEquals(List.of(), lines(ok));
        assertEquals(0.0, ok.questionnaire().question("info").orElseThrow().weight());
        assertEquals(List.of(
                "test.yaml:17:74: axes[0].themes[0].questions[0].weight: must be 0 or more (found -1)"),
                lines(parse(minimal("weighted-points", """
                        - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, weight: -1 }
                        """))));
        ParseResult staircase = parse(minimal("staircase", """
                - { id: q1, type: yes-no, text: { fr: Q }, maxScore: 1, step: b }
                - { id: info, type: yes-no, text: { fr: Q }, maxScore: 1, weight: 0 }
                - { id: q2, type: yes-no, text: { fr: Q }, maxScore: 1, weight: 0, step: b }
                """));
        assertEquals(List.of("test.yaml:19:78: axes[0].themes[0].questions[2].step: a question of weight 0 is not "
                + "scored, so it cannot be a step"), lines(staircase));
    }

    @Test
    void notApplicableScoreOnAQuestionOfWeightZeroIsAWarning() {
        // found while writing the example questionnaires (issue 15 §11): it has no effect, so the author hears it
        ParseResult result = parse(minimal("weighted-points", """
                - { id: scored, type: yes-no, text: { fr: Q }, maxScore: 1 }
                - { id: info, type: yes-no, text: { fr: Q }, maxScore: 1, weight: 0, notApplicable: true, notApplicableScore: zero }
                """));
        assertEquals(List.of(), lines(result));
        assertEquals(List.of("axes[0].themes[0].questions[1].notApplicableScore"),
                result.warnings().stream().map(LoadError::path).toList());
        assertTrue(result.warnings().get(0).message().contains("weight 0"), result.warnings().toString());
    }

    @Test
    void anUnsureDeductionIsAPositiveNumberOfPoints() {
        assertEquals(0.5, parse(minimal("weighted-points, unsureDeduction: 0.5", """
                - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1 }
                """)).questionnaire().unsureDeduction());
        assertEquals(0.0, parse(minimal("weighted-points", """
                - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1 }
                """)).questionnaire().unsureDeduction());
        assertEquals(List.of("test.yaml:6:56: scoring.unsureDeduction: must be 0 or more points (found -1)"),
                lines(parse(minimal("weighted-points, unsureDeduction: -1", """
                        - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1 }
                        """))));
    }

    @Test
    void rulesForQuestionsNotRelevantAndNotApplicableAreRead() {
        ParseResult ok = parse(MINIMAL.formatted("weighted-points, notRelevant: zero", """
                          - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, notApplicable: true, notApplicableScore: full }
                          - { id: r, type: yes-no, text: { fr: Q }, maxScore: 1, notApplicable: true }
                """.stripTrailing()).replace("    title: { fr: T }\n", "    title: { fr: T }\n        notRelevant: left-out\n"));
        assertEquals(List.of(), lines(ok));
        Questionnaire q = ok.questionnaire();
        assertEquals(CountAs.ZERO, q.notRelevant());
        assertEquals(CountAs.LEFT_OUT, q.axes().get(0).themes().get(0).notRelevant());
        assertEquals(CountAs.FULL, q.question("q").orElseThrow().notApplicableScore());
        assertEquals(CountAs.LEFT_OUT, q.question("r").orElseThrow().notApplicableScore());
        ParseResult bad = parse(MINIMAL.formatted("weighted-points, notRelevant: full", """
                          - { id: q, type: yes-no, text: { fr: Q }, maxScore: 1, notApplicableScore: zero }
                          - { id: t, type: text, text: { fr: Q }, notApplicable: true, notApplicableScore: full }
                          - { id: u, type: yes-no, text: { fr: Q }, maxScore: 1, notApplicable: true, notApplicableScore: half }
                """.stripTrailing()));
        assertEquals(List.of(
                "test.yaml:6:52: scoring.notRelevant: unknown rule 'full' (known: left-out, zero)",
                "test.yaml:17:66: axes[0].themes[0].questions[0].notApplicableScore: the question does not accept "
                        + "'not applicable': add notApplicable: true",
                "test.yaml:18:72: axes[0].themes[0].questions[1].notApplicableScore: the question is not scored (no "
                        + "maxScore), so 'not applicable' has no points to give",
                "test.yaml:19:107: axes[0].themes[0].questions[2].notApplicableScore: unknown rule 'half' (known: "
                        + "left-out, full, zero)"), lines(bad));
    }

    @Test
    void yamlOneOneBooleansAreText() {
        // YAML 1.2: 'no' and 'yes' are strings, so they are valid ids
        ParseResult result = parse(minimal("weighted-points", """
                - { id: q, type: single-choice, text: { fr: Q }, maxScore: 1, options: [ { id: no, label: { fr: Non }, score: 0 }, { id: yes, label: { fr: Oui }, score: 1 } ] }
                """));
        assertEquals(List.of(), lines(result));
    }

    @Test
    void typeErrorsNameWhatWasExpected() {
        ParseResult result = parse(minimal("weighted-points", """
                - { id: q, type: yes-no, text: { fr: Q }, required: "oui", maxScore: deux }
                """));
        assertEquals(List.of(
                "test.yaml:17:63: axes[0].themes[0].questions[0].required: expected true or false but found text",
                "test.yaml:17:80: axes[0].themes[0].questions[0].maxScore: expected a number but found text"), lines(result));
    }

    @Test
    void staircaseNeedsStepsThatAreLevels() {
        ParseResult result = parse(minimal("staircase", """
                - { id: q1, type: yes-no, text: { fr: Q }, maxScore: 1, step: b }
                - { id: q2, type: yes-no, text: { fr: Q }, maxScore: 1, step: z }
                - { id: q3, type: yes-no, text: { fr: Q }, maxScore: 1 }
                """));
        assertEquals(List.of(
                "test.yaml:18:73: axes[0].themes[0].questions[1].step: unknown level 'z' (levels: a, b)",
                "test.yaml:19:13: axes[0].themes[0].questions[2]: with the staircase strategy every scored question "
                        + "needs a step (the id of the level it belongs to)"), lines(result));
    }

    @Test
    void unreachableMaximumAndWrongStrategyAreRefused() {
        ParseResult result = parse(minimal("best-of", """
                - { id: q, type: single-choice, text: { fr: Q }, maxScore: 3, options: [ { id: a, label: { fr: A }, score: 0 }, { id: b, label: { fr: B }, score: 2 } ] }
                """));
        assertEquals(List.of(
                "test.yaml:6:22: scoring.strategy: unknown strategy 'best-of' (known: weighted-points, staircase, weakest-link)",
                "test.yaml:17:70: axes[0].themes[0].questions[0].maxScore: no answer reaches maxScore 3 (the best possible is 2)"),
                lines(result));
    }

    @Test
    void hashIgnoresCommentsAndLayoutButNotContent() {
        String a = minimal("weighted-points", "- { id: q, type: text, text: { fr: Q } }");
        String b = "# a comment\n" + a.replace("{ fr: Mini }", "\n  fr: \"Mini\"");
        String c = a.replace("{ fr: Mini }", "{ fr: Maxi }");
        ParseResult ra = parse(a);
        ParseResult rb = parse(b);
        ParseResult rc = parse(c);
        assertTrue(ra.valid() && rb.valid() && rc.valid(), () -> lines(ra) + " " + lines(rb) + " " + lines(rc));
        assertEquals(ra.contentHash(), rb.contentHash());
        assertNotEquals(ra.contentHash(), rc.contentHash());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ParseResult result = parse(yaml.toString());
        assertFalse(result.valid());
        assertTrue(lines(result).get(0).contains("more than 50 aliases"), lines(result)::toString);
    }

    @Test
    void aliasExpansionIsBoundedEvenUnderTheAliasLimit() {
        // 4 levels of 7 aliases (28 aliases) expand to 7^4 = 2401 lists; a small node limit shows the bound works
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 5; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 7; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ParseResult result = new QuestionnaireParser(new ParserLimits(1 << 20, 50, 1000, 40))
                .parse("alias.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(result.valid());
    }

    @Test
    void deepNestingTooLargeFilesExtraDocumentsAndBadEncodingAreRefused() {
        assertTrue(lines(parse("a: " + "[".repeat(5000) + "]".repeat(5000))).get(0).contains("nesting deeper than 40"));
        byte[] big = new byte[ParserLimits.DEFAULT.maxBytes() + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(lines(parser.parse("big.yaml", big)).get(0).startsWith("big.yaml:1:1: file is 1048577 bytes"));
        assertTrue(lines(parse("a: 1\n---\nb: 2\n")).get(0).contains("found a second one"));
        assertEquals(List.of("bad.yaml:1:1: file is not valid UTF-8 text"),
                lines(parser.parse("bad.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28})));
        assertTrue(lines(parse("id: !!java.io.File /etc/passwd\n")).stream().anyMatch(l -> l.contains("tagged")),
                () -> lines(parse("id: !!java.io.File /etc/passwd\n")).toString());
        assertTrue(lines(parse("a: [1, 2\n")).get(0).startsWith("test.yaml:2:1: not valid YAML"),
                () -> lines(parse("a: [1, 2\n")).toString());
    }
}
