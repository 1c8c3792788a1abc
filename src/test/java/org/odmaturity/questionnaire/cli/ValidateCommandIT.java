package org.odmaturity.questionnaire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar checks a questionnaire file offline, as docs/questionnaire-format.md tells methodologists to run
 * it: {@code java -jar quarkus-run.jar validate FILE [ANSWERS]}, with no database and no configuration, in an empty
 * working directory.
 */
class ValidateCommandIT {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("odm.app.dir", "target/quarkus-app"), "quarkus-run.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends on its own");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theJarValidatesAndScoresAFileWithoutAServer() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("mini.v1.yaml"), ValidateCommandTest.MINI);
        Files.writeString(dir.resolve("answers.json"),
                "{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"}, {\"question\": \"budget\", \"value\": false}]}");
        Run run = run("validate", "mini.v1.yaml", "answers.json");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("mini.v1.yaml: valid: questionnaire 'mini' version 1"), run.out());
        assertTrue(run.out().contains("warning: mini.v1.yaml:24:62: "), run.out());
        // referent 2/2 = 100, budget no = 0: (100 + 0) / 2 = 50, level 'avance' from 50
        assertTrue(run.out().contains("overall                                    50.0  avance         2/3 pts       2/2 answered"),
                run.out());
        assertTrue(!run.out().contains("Quarkus") && !run.err().contains("Quarkus"), "the service does not start: "
                + run.out() + run.err());
    }

    @Test
    void theJarScoresTheFacilitatorsPoints() throws IOException, InterruptedException {
        Path examples = Path.of("questionnaires", "examples").toAbsolutePath();
        Run run = run("validate", examples.resolve("facilitator-style.v1.yaml").toString(),
                examples.resolve("facilitator-style.v1.answers.json").toString());
        assertEquals(0, run.status(), run.out() + run.err());
        // questionnaires/examples/README.md: vision 66.7 and publication 50 (pra.reuse pending, left out): 58.3
        assertTrue(run.out().contains("overall                                    58.3  developing     5.5/10 pts    6/6 answered"),
                run.out());
        assertTrue(run.out().contains("      pra.reuse                               —  —              —             pending"),
                run.out());
        Files.writeString(dir.resolve("answers.json"), "{\"answers\": [{\"question\": \"str.vision\", \"value\": \"x\", "
                + "\"assessment\": {\"points\": 3, \"justification\": \"Entre deux.\"}}]}");
        run = run("validate", examples.resolve("facilitator-style.v1.yaml").toString(), "answers.json");
        assertEquals(3, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("answers.json: answers[0].assessment.points: points must be a level of the "
                + "question's rubric: 0, 2, 4"), run.out());
    }

    @Test
    void theJarSaysWhyAFileWouldBeRefused() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("bad.yaml"), ValidateCommandTest.MINI.replace("strategy: weighted-points",
                "strategy: best-of"));
        Run run = run("validate", "bad.yaml");
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("bad.yaml:6:22: scoring.strategy: unknown strategy 'best-of'"), run.out());
        assertEquals(2, run("validate").status());
    }
}
