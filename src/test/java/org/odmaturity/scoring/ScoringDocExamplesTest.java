package org.odmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.odmaturity.questionnaire.model.ScoringStrategy.STAIRCASE;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEAKEST_LINK;
import static org.odmaturity.questionnaire.model.ScoringStrategy.WEIGHTED_POINTS;
import static org.odmaturity.scoring.TestQuestionnaires.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.LoadError;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The worked examples of docs/scoring.md, one per strategy: same questionnaires, same answers, and every number
 * printed in the document. Change both together.
 */
class ScoringDocExamplesTest {

    private static final String ANSWERED = QuestionScore.ANSWERED;
    private static final String UNANSWERED = QuestionScore.UNANSWERED;

    private static QuestionScore qs(String id, Double score, String level, String status) {
        return new QuestionScore(id, score, level, status);
    }

    /** A counted question: its points and its maxScore. */
    private static QuestionScore qs(String id, Double score, String level, String status, double points, double max) {
        return new QuestionScore(id, score, level, status, points, max);
    }

    private static Completeness c(int answered, int relevant, double ratio) {
        return new Completeness(answered, relevant, ratio);
    }

    /** Worked example 1's questionnaire (docs/scoring.md); worked example 5 reads it in points. */
    static Questionnaire example1() {
        return questionnaire(WEIGHTED_POINTS,
                axis("pil", 1,
                        theme("pil.gov", 2,
                                single("pil.referent", 2, opt("none", 0), opt("informal", 1), opt("named", 2))
                                        .weight(2),
                                yesNo("pil.strategy", 1, 0),
                                number("pil.budget", 3.0, band(0, 0), band(1000, 1), band(10000, 3))),
                        theme("pil.skills", 1,
                                scale("pil.training", 2, 0, 4),
                                multiple("pil.team", 3, opt("agent", 1), opt("lawyer", 1), opt("developer", 2),
                                        exclusiveOpt("nobody", 0)),
                                yesNo("pil.partner", 1, 0).na())),
                axis("par", 2,
                        theme("par.portal", 1,
                                yesNo("par.published", 1, 0),
                                number("par.count", 4.0, band(1, 1), band(10, 2), band(50, 4))
                                        .when("par.published"),
                                single("par.licence", 2, opt("none", 0), opt("open", 2)),
                                textQuestion("par.notes"))));
    }

    /** Worked example 1's answers, scored against {@code q}. */
    static ScoreCard example1Answers(Questionnaire q) {
        return score(q,
                in("pil.referent", "informal"),
                in("pil.strategy", true),
                in("pil.budget", dec(5000)),
                in("pil.training", dec(3)),
                in("pil.team", List.of("agent", "lawyer", "developer")),
                na("pil.partner"),
                in("par.published", false),
                in("par.count", dec(20)),
                in("par.notes", "A portal is planned for next year."));
    }

    /** docs/scoring.md, "Worked example 1: weighted points". */
    @Test
    void example_1_weighted_points() {
        Questionnaire q = example1();

        ScoreCard card = example1Answers(q);

        ScoreCard expected = new ScoreCard(new NodeScore(22.7, "repeatable", 7.5, 14.0),
                List.of(
                        new AxisScore("pil", 68.1, "managed", c(6, 6, 1.0), List.of(
                                new ThemeScore("pil.gov", 58.3, "defined", c(3, 3, 1.0), List.of(
                                        qs("pil.referent", 50.0, "defined", ANSWERED, 1.0, 2.0),
                                        qs("pil.strategy", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                        qs("pil.budget", 33.3, "repeatable", ANSWERED, 1.0, 3.0)), 3.0, 6.0),
                                new ThemeScore("pil.skills", 87.5, "optimising", c(3, 3, 1.0), List.of(
                                        qs("pil.training", 75.0, "managed", ANSWERED, 1.5, 2.0),
                                        qs("pil.team", 100.0, "optimising", ANSWERED, 3.0, 3.0),
                                        qs("pil.partner", null, null, QuestionScore.NOT_APPLICABLE)), 4.5, 5.0)), 7.5, 11.0),
                        new AxisScore("par", 0.0, "initial", c(2, 3, 0.667), List.of(
                                new ThemeScore("par.portal", 0.0, "initial", c(2, 3, 0.667), List.of(
                                        qs("par.published", 0.0, "initial", ANSWERED, 0.0, 1.0),
                                        qs("par.count", null, null, QuestionScore.NOT_RELEVANT),
                                        qs("par.licence", 0.0, "initial", UNANSWERED, 0.0, 2.0),
                                        qs("par.notes", null, null, QuestionScore.UNSCORED)), 0.0, 3.0)), 0.0, 3.0)),
                c(8, 9, 0.889),
                List.of("par.count"));
        assertEquals(expected, card);
    }

    /** docs/scoring.md, "Worked example 2: staircase". */
    @Test
    void example_2_staircase() {
        Questionnaire q = questionnaire(STAIRCASE,
                axis("gov", 1,
                        theme("gov.policy", 1,
                                yesNo("p1", 1, 0).step("repeatable"),
                                single("p2", 2, opt("none", 0), opt("draft", 1), opt("adopted", 2)).step("defined")
                                        .pass(1),
                                yesNo("p3", 1, 0).step("managed"),
                                scale("p4", 10, 0, 10).step("optimising").pass(8)),
                        theme("gov.quality", 2,
                                yesNo("q1", 1, 0).step("repeatable"),
                                multiple("q2", 3, opt("format", 1), opt("metadata", 1), opt("updates", 1))
                                        .step("repeatable").pass(2),
                                yesNo("q3", 1, 0).step("defined").na(),
                                yesNo("q4", 1, 0).step("managed"))),
                axis("use", 1,
                        theme("use.reuse", 1,
                                yesNo("r1", 1, 0).step("repeatable"),
                                yesNo("r2", 1, 0).step("defined"))));

        ScoreCard card = score(q,
                in("p1", true), in("p2", "draft"), in("p3", false), in("p4", dec(9)),
                in("q1", true), in("q2", List.of("format", "metadata")), na("q3"),
                in("r1", false), in("r2", true));

        ScoreCard expected = new ScoreCard(new NodeScore(13.3, "initial", 15.0, 21.0),
                List.of(
                        new AxisScore("gov", 26.7, "repeatable", c(7, 8, 0.875), List.of(
                                new ThemeScore("gov.policy", 40.0, "defined", c(4, 4, 1.0), List.of(
                                        qs("p1", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                        qs("p2", 50.0, "defined", ANSWERED, 1.0, 2.0),
                                        qs("p3", 0.0, "initial", ANSWERED, 0.0, 1.0),
                                        qs("p4", 90.0, "optimising", ANSWERED, 9.0, 10.0)), 11.0, 14.0),
                                new ThemeScore("gov.quality", 20.0, "repeatable", c(3, 4, 0.75), List.of(
                                        qs("q1", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                        qs("q2", 66.7, "managed", ANSWERED, 2.0, 3.0),
                                        qs("q3", null, null, QuestionScore.NOT_APPLICABLE),
                                        qs("q4", 0.0, "initial", UNANSWERED, 0.0, 1.0)), 3.0, 5.0)), 14.0, 19.0),
                        new AxisScore("use", 0.0, "initial", c(2, 2, 1.0), List.of(
                                new ThemeScore("use.reuse", 0.0, "initial", c(2, 2, 1.0), List.of(
                                        qs("r1", 0.0, "initial", ANSWERED, 0.0, 1.0),
                                        qs("r2", 100.0, "optimising", ANSWERED, 1.0, 1.0)), 1.0, 2.0)), 1.0, 2.0)),
                c(9, 10, 0.9),
                List.of());
        assertEquals(expected, card);
    }

    /**
     * docs/scoring.md, "Worked example 2b: the opt-in rules" (5.2.1). The questionnaire is read from the document
     * itself, so that the example cannot drift from what the loader accepts.
     */
    @Test
    void example_2b_staircase_rules() throws IOException {
        String doc = Files.readString(Path.of("docs/scoring.md"));
        int from = doc.indexOf("```yaml\n", doc.indexOf("##### Worked example 2b")) + "```yaml\n".length();
        String yaml = doc.substring(from, doc.indexOf("```", from));
        Questionnaire q = loadDocQuestionnaire(yaml);

        AnswerInput[] answers = { in("a1", true), in("a2", "partly"), in("a3", true), in("a4", true),
                in("b1", "schema"), in("b2", true), in("c1", true) };
        ScoreCard card = score(q, answers);

        ScoreCard expected = new ScoreCard(new NodeScore(43.8, "repeatable", 5.0, 8.0),
                List.of(new AxisScore("data", 43.8, "repeatable", c(4, 5, 0.8), List.of(
                        // 25 + 1/2 × (50 − 25) = 37.5; a3 and a4 hidden by the "no" (partly) to a2
                        new ThemeScore("release", 37.5, "repeatable", c(2, 2, 1.0), List.of(
                                qs("a1", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                qs("a2", 50.0, "defined", ANSWERED, 1.0, 2.0),
                                qs("a3", null, null, QuestionScore.NOT_RELEVANT),
                                qs("a4", null, null, QuestionScore.NOT_RELEVANT)), 2.0, 3.0),
                        // the ladder passes repeatable and defined, not managed: b2 hidden; F = managed, d = 0
                        new ThemeScore("standards", 50.0, "defined", c(1, 1, 1.0), List.of(
                                qs("b1", 66.7, "defined", ANSWERED, 2.0, 3.0),
                                qs("b2", null, null, QuestionScore.NOT_RELEVANT)), 2.0, 3.0),
                        // c2 required and unanswered: incomplete, left out of the axis
                        new ThemeScore("skills", null, null, c(1, 2, 0.5), List.of(
                                qs("c1", 100.0, "optimising", ANSWERED, 1.0, 1.0),
                                qs("c2", 0.0, "initial", UNANSWERED, 0.0, 1.0)), 1.0, 2.0, ThemeScore.INCOMPLETE)),
                        5.0, 8.0)),
                c(4, 5, 0.8),
                List.of("a3", "a4", "b2"));
        assertEquals(expected, card);

        // "Without scoring.staircase": release 25, standards 50, skills 25 → (25 + 50 + 25) / 3 = 33.3
        Questionnaire plain = loadDocQuestionnaire(yaml.replaceAll("(?m)^  staircase:\\n(^    .*\\n)+", ""));
        ScoreCard without = score(plain, answers);
        assertEquals(List.of(), without.notRelevant());
        assertEquals(List.of(25.0, 50.0, 25.0), without.axes().get(0).themes().stream().map(ThemeScore::score).toList());
        assertEquals(33.3, without.overall().score());
    }

    private static Questionnaire loadDocQuestionnaire(String yaml) {
        ParseResult result = new QuestionnaireParser().parse("scoring.md", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.errors().stream().map(LoadError::toString).toList());
        assertEquals(List.of(), result.warnings().stream().map(LoadError::toString).toList());
        return result.questionnaire();
    }

    /** docs/scoring.md, "Worked example 3: weakest link". */
    @Test
    void example_3_weakest_link() {
        List<Level> levels = levels("beginning", 0, "developing", 25, "established", 50, "leading", 75);
        Questionnaire q = questionnaire(WEAKEST_LINK, levels,
                axis("strategy", 3,
                        theme("strategy.vision", 5,
                                single("v1", 3, opt("none", 0), opt("partial", 2), opt("full", 3)).weight(4),
                                scale("v2", 4, 1, 5)),
                        theme("strategy.people", 1,
                                yesNo("e1", 2, 0),
                                multiple("e2", 2, opt("training", 1), opt("network", 1), exclusiveOpt("none", 0)),
                                textQuestion("e3"))),
                axis("data", 1,
                        theme("data.inventory", 1,
                                number("d1", 4.0, band(0, 0), band(10, 1), band(50, 3), band(200, 4)),
                                yesNo("d2", 1, 0).na(),
                                yesNo("d3", 1, 0).when("d1 >= 10"))));

        ScoreCard card = score(q,
                in("v1", "partial"), in("v2", dec(5)),
                in("e1", true), in("e2", List.of("training")),
                in("d1", dec(120)), na("d2"), in("d3", true));

        ScoreCard expected = new ScoreCard(new NodeScore(50.0, "established", 13.0, 16.0),
                List.of(
                        new AxisScore("strategy", 50.0, "established", c(4, 5, 0.8), List.of(
                                new ThemeScore("strategy.vision", 66.7, "established", c(2, 2, 1.0), List.of(
                                        qs("v1", 66.7, "established", ANSWERED, 2.0, 3.0),
                                        qs("v2", 100.0, "leading", ANSWERED, 4.0, 4.0)), 6.0, 7.0),
                                new ThemeScore("strategy.people", 50.0, "established", c(2, 3, 0.667), List.of(
                                        qs("e1", 100.0, "leading", ANSWERED, 2.0, 2.0),
                                        qs("e2", 50.0, "established", ANSWERED, 1.0, 2.0),
                                        qs("e3", null, null, QuestionScore.UNSCORED)), 3.0, 4.0)), 9.0, 11.0),
                        new AxisScore("data", 75.0, "leading", c(3, 3, 1.0), List.of(
                                new ThemeScore("data.inventory", 75.0, "leading", c(3, 3, 1.0), List.of(
                                        qs("d1", 75.0, "leading", ANSWERED, 3.0, 4.0),
                                        qs("d2", null, null, QuestionScore.NOT_APPLICABLE),
                                        qs("d3", 100.0, "leading", ANSWERED, 1.0, 1.0)), 4.0, 5.0)), 4.0, 5.0)),
                c(7, 8, 0.875),
                List.of());
        assertEquals(expected, card);
    }
}
