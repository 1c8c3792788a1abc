package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questionnaire files a hostile author could write: each is refused alone, with its line, and costs little. */
class HostileYamlTest {

    private final QuestionnaireParser parser = new QuestionnaireParser();

    private ParseResult parse(String yaml) {
        return parser.parse("hostile.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRecursiveAliasIsRefusedWithItsLineInsteadOfOverflowingTheStack() {
        for (String yaml : List.of("a: &a [*a]\n", "a: &a {b: *a}\n", "a: &a [1, [2, {c: *a}]]\n")) {
            ParseResult result = parse(yaml);
            assertFalse(result.valid(), yaml);
            assertEquals("hostile.yaml:1:", result.errors().get(0).toString().substring(0, 15), yaml);
            assertTrue(result.errors().get(0).message().contains("recursive alias '*a'"), result.errors()::toString);
        }
        ParseResult deeper = parse("id: x\nversion: 1\naxes: &axes\n  - id: a\n    themes: *axes\n");
        assertEquals(5, deeper.errors().get(0).line());
        assertEquals(13, deeper.errors().get(0).column());
    }

    @Test
    void aliasesThatAreNotRecursiveStillWork() {
        // the same anchor name defined again, an alias to a closed collection, an alias to a scalar
        ParseResult result = parse("a: &x [1]\nb: &y [2, *x]\nc: &x [3, *y]\nd: &s text\ne: [*s, *x, *y]\n");
        assertTrue(result.errors().stream().noneMatch(e -> e.message().contains("recursive")), result.errors()::toString);
        assertTrue(result.errors().stream().noneMatch(e -> e.message().contains("not valid YAML")),
                result.errors()::toString);
    }

    @Test
    void aFolderWithARecursiveFileLoadsTheOthers(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/questionnaires/sample-od-maturity.v1.yaml"),
                dir.resolve("a-sample.yaml"));
        Files.writeString(dir.resolve("b-loop.yaml"), "id: loop\nversion: 1\naxes: &a [*a]\n");
        DirectoryLoader.Report report = new DirectoryLoader(parser).load(dir);
        assertEquals(List.of("a-sample.yaml"), report.loaded().stream().map(DirectoryLoader.Loaded::file).toList());
        assertEquals(List.of("b-loop.yaml"), report.refused().stream().map(DirectoryLoader.Refused::file).toList());
        assertEquals(3, report.refused().get(0).errors().get(0).line());
    }

    @Test
    void tensOfThousandsOfErrorsKeepTheFirstHundredAndCountTheRest() {
        StringBuilder yaml = new StringBuilder("id: many-errors\n");
        for (int i = 0; i < 45_000; i++) { // 90,000 nodes: under the node limit
            yaml.append("unknown_key_").append(i).append(": 1\n");
        }
        long start = System.nanoTime();
        ParseResult result = parse(yaml.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("parse: %d kB, %d errors found, %d kept, %d ms%n", yaml.length() / 1024,
                result.errorCount(), result.errors().size(), millis);
        assertEquals(ParserLimits.MAX_REPORTED_ERRORS, result.errors().size());
        assertTrue(result.errorCount() >= 45_000, "count " + result.errorCount());
        // the kept ones are in line order
        for (int i = 1; i < result.errors().size(); i++) {
            assertTrue(result.errors().get(i - 1).line() <= result.errors().get(i).line());
        }
        // under the cap: every error, and the count says the same
        ParseResult few = parse("id: x\nfoo: 1\n");
        assertEquals(few.errors().size(), few.errorCount());
    }
}
