package org.odmaturity.questionnaire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline check a methodologist runs on a questionnaire file (issue 15 §10): the same parser and scoring engine as
 * the service, errors and warnings with their lines, exit statuses a script can test. The packaged jar runs it in
 * ValidateCommandIT.
 */
public class ValidateCommandTest {

    public static final String MINI = """
            id: mini
            version: 1
            languages: [fr]
            defaultLanguage: fr
            title: { fr: Mini }
            scoring: { strategy: weighted-points }
            levels:
              - { id: debut, threshold: 0, label: { fr: Début } }
              - { id: avance, threshold: 50, label: { fr: Avancé } }
            axes:
              - id: piloter
                title: { fr: Piloter }
                themes:
                  - id: gouvernance
                    title: { fr: Gouvernance }
                    questions:
                      - id: referent
                        type: single-choice
                        text: { fr: Qui ? }
                        maxScore: 2
                        options:
                          - { id: personne, label: { fr: Personne }, score: 0 }
                          - { id: informel, label: { fr: Informel }, score: 1 }
                          - { id: nomme, label: { fr: Nommé }, score: 2, recommendation: { action: { fr: Rien }, effort: low, horizon: short } }
                      - { id: budget, type: yes-no, text: { fr: Budget ? }, maxScore: 1 }
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ValidateCommand command;

    @BeforeEach
    void streams() {
        command = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aValidFileIsSaidValidWithItsWarningsAndExitsZero() throws IOException {
        Path file = write("mini.v1.yaml", MINI);
        assertEquals(0, command.run(List.of(file.toString())));
        List<String> lines = out();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("warning: mini.v1.yaml:24:62: axes[0].themes[0].questions[0].options[2].recommendation: this "
                + "option gives full marks (2 of 2), so no improvement plan will ever show this recommendation", lines.get(0));
        assertTrue(lines.get(1).startsWith("mini.v1.yaml: valid: questionnaire 'mini' version 1, 2 questions, "
                + "weighted-points, content hash "), lines.get(1));
        assertTrue(lines.get(1).endsWith(", 1 warning(s)"), lines.get(1));
    }

    @Test
    void aFileWithErrorsListsEachWithItsLineAndExitsOne() throws IOException {
        Path file = write("broken.yaml", MINI.replace("maxScore: 1 }", "maxScore: -1 }").replace("title: { fr: Mini }",
                "title: { fr: Mini }\nwieght: 2"));
        assertEquals(1, command.run(List.of(file.toString())));
        assertEquals(List.of(
                "broken.yaml:6:1: wieght: unknown key 'wieght' (allowed: id, version, languages, defaultLanguage, "
                        + "title, description, scoring, levels, axes)",
                "broken.yaml:26:75: axes[0].themes[0].questions[1].maxScore: must be greater than 0 (found -1)",
                "2 error(s): the service would refuse broken.yaml"),
                out().stream().filter(l -> !l.startsWith("warning:")).toList());
    }

    @Test
    void answersAreScoredAsTheServiceScoresThem() throws IOException {
        Path file = write("mini.v1.yaml", MINI);
        Path answers = write("answers.json", """
                {"answers": [{"question": "referent", "value": "informel"}, {"question": "budget", "value": true}]}
                """);
        assertEquals(0, command.run(List.of(file.toString(), answers.toString())));
        List<String> lines = out();
        // referent 1/2 = 50, budget 100: theme, axis and overall (50 + 100) / 2 = 75, level 'avance' from 50
        // points beside the percentage: 1 of 2 and 1 of 1, 2 of 3 in all
        assertEquals(List.of(
                "overall                                    75.0  avance         2/3 pts       2/2 answered",
                "  axis piloter                             75.0  avance         2/3 pts       2/2 answered",
                "    theme gouvernance                      75.0  avance         2/3 pts       2/2 answered",
                "      referent                             50.0  avance         1/2 pts       answered",
                "      budget                              100.0  avance         1/1 pts       answered"),
                lines.subList(2, lines.size()));
    }

    @Test
    void theScoreCardCanBePrintedAsTheApiReturnsIt() throws IOException {
        Path file = write("mini.v1.yaml", MINI);
        Path answers = write("answers.json", "{\"answers\": [{\"question\": \"budget\", \"value\": false}]}");
        assertEquals(0, command.run(List.of(file.toString(), answers.toString(), "--json")));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\"overall\" : {"), printed);
        assertTrue(printed.contains("\"status\" : \"unanswered\""), printed);
    }

    @Test
    void invalidAnswersAreEachNamedAndNothingIsScored() throws IOException {
        Path file = write("mini.v1.yaml", MINI);
        Path answers = write("answers.json", """
                {"answers": [{"question": "referent", "value": "chef"}, {"question": "ghost", "value": 1}]}
                """);
        assertEquals(3, command.run(List.of(file.toString(), answers.toString())));
        List<String> lines = out();
        assertEquals("answers.json: answers[0]: question 'referent': option 'chef' does not exist (options: personne, "
                + "informel, nomme)", lines.get(2));
        assertEquals("answers.json: answers[1]: question 'ghost' does not exist in questionnaire 'mini' version 1",
                lines.get(3));
        assertEquals("2 invalid answer(s): nothing was scored", lines.get(4));
    }

    @Test
    void malformedAnswerFilesAreRefusedWithWhereAndWhy() throws IOException {
        Path file = write("mini.v1.yaml", MINI);
        for (String body : List.of("{\"answers\": []} {}", "{\"answers\": [], \"answers\": []}", "[1, 2]",
                "{\"answers\": [{\"question\": \"budget\", \"valeur\": true}]}")) {
            out.reset();
            Path answers = write("answers.json", body);
            assertEquals(3, command.run(List.of(file.toString(), answers.toString())), body);
            String last = out().get(out().size() - 1);
            assertTrue(last.startsWith("answers.json: "), last);
        }
        assertTrue(out().get(out().size() - 1).contains("answers[0].valeur: unknown field"), out().toString());
    }

    // ------------------------------------------------------------ the facilitator's points (issue 15 §6, §10)

    /** docs/scoring.md 3.5's worked example: pil.vision (rubric 0/2/4), pil.freins (0 to 3), pil.donnees (0 to 2). */
    private static final Path FACILITATOR = Path.of("src/test/resources/facilitator/facilitator-scored.v1.yaml");

    private static String answer(String question, String value, String assessment) {
        return "{\"question\": \"" + question + "\"" + (value == null ? "" : ", \"value\": " + value)
                + (assessment == null ? "" : ", \"assessment\": " + assessment) + "}";
    }

    private int runFacilitator(String... answers) throws IOException {
        out.reset();
        Path file = write("answers.json", "{\"answers\": [" + String.join(",\n", answers) + "]}");
        return command.run(List.of(FACILITATOR.toString(), file.toString()));
    }

    /** The lines after the header, for answers of the worked example (referent yes, freins unsure, remarques). */
    private List<String> worked(String visionAssessment, String freinsAssessment) throws IOException {
        assertEquals(0, runFacilitator(answer("pil.referent", "true", null),
                answer("pil.vision", "\"Une intention d'ouvrir.\"", visionAssessment),
                "{\"question\": \"pil.freins\", \"value\": \"Le temps.\", \"unsure\": true"
                        + (freinsAssessment == null ? "" : ", \"assessment\": " + freinsAssessment) + "}",
                answer("pil.remarques", "\"Rien.\"", null)), out().toString());
        return out().subList(1, out().size());
    }

    @Test
    void withoutTheFacilitatorsPointsTheQuestionsArePending() throws IOException {
        // docs/scoring.md 3.5, before: vision and freins left out; (100 + 0) / 2 = 50.0, 2 of 4 points
        assertEquals(List.of(
                "overall                                    50.0  defined        2/4 pts       4/5 answered",
                "  axis pil                                 50.0  defined        2/4 pts       4/5 answered",
                "    theme strategie                        50.0  defined        2/4 pts       4/5 answered",
                "      pil.referent                        100.0  optimising     2/2 pts       answered",
                "      pil.vision                              —  —              —             pending",
                "      pil.freins                              —  —              —             pending",
                "      pil.donnees                           0.0  initial        0/2 pts       unanswered",
                "      pil.remarques                           —  —              —             unscored"),
                worked(null, null));
    }

    @Test
    void theFacilitatorsPointsScoreTheirQuestions() throws IOException {
        // docs/scoring.md 3.5, after: vision 2 of 4 = 50; freins 2.5 − 0.5 (unsure) = 2 of 3 = 66.7;
        // (100 + 50 + 66.67 + 0) / 4 = 54.2, 2 + 2 + 2 + 0 = 6 of 2 + 4 + 3 + 2 = 11 points
        assertEquals(List.of(
                "overall                                    54.2  defined        6/11 pts      4/5 answered",
                "  axis pil                                 54.2  defined        6/11 pts      4/5 answered",
                "    theme strategie                        54.2  defined        6/11 pts      4/5 answered",
                "      pil.referent                        100.0  optimising     2/2 pts       answered",
                "      pil.vision                           50.0  defined        2/4 pts       answered",
                "      pil.freins                           66.7  managed        2/3 pts       answered",
                "      pil.donnees                           0.0  initial        0/2 pts       unanswered",
                "      pil.remarques                           —  —              —             unscored"),
                worked("{\"points\": 2, \"justification\": \"Des intentions, sans calendrier.\"}",
                        "{\"points\": 2.5, \"justification\": \"Un frein et sa parade.\"}"));
        // one scored, one left pending: vision 50 only beside referent: (100 + 50 + 0) / 3 = 50.0, 4 of 8 points
        List<String> partly = worked("{\"points\": 2, \"justification\": \"Des intentions.\"}", null);
        assertEquals("overall                                    50.0  defined        4/8 pts       4/5 answered",
                partly.get(0));
        assertEquals("      pil.freins                              —  —              —             pending",
                partly.get(5));
    }

    @Test
    void theJsonScoreCardShowsTheQuestionScored() throws IOException {
        Path answers = write("answers.json", "{\"answers\": [" + answer("pil.vision", "\"Un plan.\"",
                "{\"points\": 4, \"justification\": \"Adoptée et datée.\"}") + "]}");
        assertEquals(0, command.run(List.of(FACILITATOR.toString(), answers.toString(), "--json")));
        com.fasterxml.jackson.databind.JsonNode card = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8).substring(out.toString(StandardCharsets.UTF_8).indexOf('{')));
        com.fasterxml.jackson.databind.JsonNode vision = card.at("/axes/0/themes/0/questions/1");
        assertEquals("pil.vision", vision.get("id").textValue());
        assertEquals("answered", vision.get("status").textValue());
        assertEquals(100.0, vision.get("score").doubleValue());
        assertEquals(4.0, vision.get("points").doubleValue());
        assertEquals(0, card.get("pending").size(), card.toString());
    }

    @Test
    void pointsAreOnlyForAQuestionScoredByTheFacilitatorThatHasAnAnswerToScore() throws IOException {
        String ok = "{\"points\": 1, \"justification\": \"Oui.\"}";
        assertEquals(3, runFacilitator(answer("pil.referent", "true", ok), answer("pil.remarques", "\"Rien.\"", ok),
                answer("pil.donnees", null, ok)));
        assertEquals(List.of(
                "answers.json: answers[0].assessment: question 'pil.referent' is not scored by the facilitator",
                "answers.json: answers[1].assessment: question 'pil.remarques' is not scored by the facilitator",
                "answers.json: answers[2].assessment: question 'pil.donnees' has no answer to score (unanswered, not "
                        + "applicable or not relevant)",
                "3 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
        // "not applicable", and an answer to a question that is not relevant (its condition is false): nothing to score
        Path file = write("na.v1.yaml", """
                id: na
                version: 1
                languages: [fr]
                defaultLanguage: fr
                title: { fr: N/A }
                scoring: { strategy: weighted-points }
                levels:
                  - { id: debut, threshold: 0, label: { fr: Début } }
                  - { id: avance, threshold: 50, label: { fr: Avancé } }
                axes:
                  - id: piloter
                    title: { fr: Piloter }
                    themes:
                      - id: gouvernance
                        title: { fr: Gouvernance }
                        questions:
                          - { id: publie, type: yes-no, text: { fr: Publiez-vous ? }, maxScore: 1 }
                          - { id: bilan, type: text, scoredBy: facilitator, text: { fr: Bilan ? }, maxScore: 2, notApplicable: true }
                          - { id: suite, type: text, scoredBy: facilitator, text: { fr: Suite ? }, maxScore: 2, relevantWhen: publie == true }
                """);
        Path answers = write("answers.json", "{\"answers\": [" + answer("publie", "false", null) + ", "
                + "{\"question\": \"bilan\", \"notApplicable\": true, \"assessment\": " + ok + "}, "
                + answer("suite", "\"Rien.\"", ok) + "]}");
        out.reset();
        assertEquals(3, command.run(List.of(file.toString(), answers.toString())));
        assertEquals(List.of(
                "answers.json: answers[1].assessment: question 'bilan' has no answer to score (unanswered, not "
                        + "applicable or not relevant)",
                "answers.json: answers[2].assessment: question 'suite' has no answer to score (unanswered, not "
                        + "applicable or not relevant)",
                "2 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
        // the same answers without the points are scored: bilan N/A left out, suite not relevant, publie 0 of 1
        answers = write("answers.json", "{\"answers\": [" + answer("publie", "false", null) + ", "
                + "{\"question\": \"bilan\", \"notApplicable\": true}, " + answer("suite", "\"Rien.\"", null) + "]}");
        out.reset();
        assertEquals(0, command.run(List.of(file.toString(), answers.toString())), out().toString());
    }

    @Test
    void pointsAreRequiredWithinZeroToMaxScoreWithTwoDecimalsAtMost() throws IOException {
        assertEquals(3, runFacilitator(answer("pil.freins", "\"a\"", "{\"justification\": \"Oui.\"}"),
                answer("pil.donnees", "\"b\"", "{\"points\": 2.01, \"justification\": \"Oui.\"}")));
        assertEquals(List.of(
                "answers.json: answers[0].assessment.points: points are required (0 to 3)",
                "answers.json: answers[1].assessment.points: points 2.01 are outside 0..2",
                "2 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
        assertEquals(3, runFacilitator(answer("pil.freins", "\"a\"", "{\"points\": -0.5, \"justification\": \"Oui.\"}"),
                answer("pil.donnees", "\"b\"", "{\"points\": 1.255, \"justification\": \"Oui.\"}")));
        assertEquals(List.of(
                "answers.json: answers[0].assessment.points: points -0.5 are outside 0..3",
                "answers.json: answers[1].assessment.points: points have at most two decimals",
                "2 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
        // the limits themselves pass: 0, the maximum, two decimals (and 1.250 is 1.25)
        assertEquals(0, runFacilitator(answer("pil.freins", "\"a\"", "{\"points\": 3, \"justification\": \"Oui.\"}"),
                answer("pil.donnees", "\"b\"", "{\"points\": 1.250, \"justification\": \"Oui.\"}"),
                answer("pil.vision", "\"c\"", "{\"points\": 0, \"justification\": \"Non.\"}")), out().toString());
        // freins 3 of 3 = 100, donnees 1.25 of 2 = 62.5, vision 0 of 4 = 0, referent unanswered 0: 40.6, 3 answered
        assertEquals("overall                                    40.6  defined        4.25/11 pts   3/5 answered",
                out().get(1));
    }

    @Test
    void withARubricThePointsAreOneOfItsLevels() throws IOException {
        assertEquals(3, runFacilitator(answer("pil.vision", "\"a\"", "{\"points\": 3, \"justification\": \"Oui.\"}")));
        assertEquals(List.of(
                "answers.json: answers[0].assessment.points: points must be a level of the question's rubric: 0, 2, 4",
                "1 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
    }

    @Test
    void aJustificationIsRequiredStorableAndAtMost4000Characters() throws IOException {
        assertEquals(3, runFacilitator(answer("pil.vision", "\"a\"", "{\"points\": 2, \"justification\": \"  \"}"),
                answer("pil.freins", "\"b\"", "{\"points\": 2}"),
                answer("pil.donnees", "\"c\"", "{\"points\": 2, \"justification\": \"nul \\u0000\"}")));
        assertEquals(List.of(
                "answers.json: answers[0].assessment.justification: a justification is required: the organisation "
                        + "sees why it got these points",
                "answers.json: answers[1].assessment.justification: a justification is required: the organisation "
                        + "sees why it got these points",
                "answers.json: answers[2].assessment.justification: text must not contain the NUL character (\\u0000)",
                "3 invalid assessment(s): nothing was scored"), out().subList(1, out().size()));
        String longest = "é".repeat(4_000);
        assertEquals(0, runFacilitator(answer("pil.vision", "\"a\"", "{\"points\": 2, \"justification\": \""
                + longest + "\"}")), out().toString());
        assertEquals(3, runFacilitator(answer("pil.vision", "\"a\"", "{\"points\": 2, \"justification\": \""
                + longest + "é\"}")));
        assertEquals("answers.json: answers[0].assessment.justification: a justification has at most 4000 characters",
                out().get(1));
    }

    @Test
    void aMalformedAssessmentIsRefusedWithWhereAndWhy() throws IOException {
        for (String[] c : new String[][] {
                { "\"2 points\"", "answers[0].assessment: expected {\"points\": …, \"justification\": \"…\"}" },
                { "{\"points\": \"2\", \"justification\": \"x\"}", "answers[0].assessment.points: expected a number" },
                { "{\"points\": 2, \"justification\": 2}", "answers[0].assessment.justification: expected a string" },
                { "{\"points\": 2, \"justification\": \"x\", \"assessedBy\": \"moi\"}",
                        "answers[0].assessment.assessedBy: unknown field (known: justification, points)" } }) {
            assertEquals(3, runFacilitator(answer("pil.vision", "\"a\"", c[0])), c[0]);
            assertEquals("answers.json: " + c[1], out().get(out().size() - 1));
        }
    }

    @Test
    void usageAndUnreadableFilesExitTwo() {
        assertEquals(2, command.run(List.of()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: "));
        assertEquals(2, command.run(List.of(dir.resolve("absent.yaml").toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("absent.yaml: no such file"));
        assertEquals(2, command.run(List.of("a.yaml", "b.json", "c.json")));
    }
}
