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

    @Test
    void usageAndUnreadableFilesExitTwo() {
        assertEquals(2, command.run(List.of()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: "));
        assertEquals(2, command.run(List.of(dir.resolve("absent.yaml").toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("absent.yaml: no such file"));
        assertEquals(2, command.run(List.of("a.yaml", "b.json", "c.json")));
    }
}
