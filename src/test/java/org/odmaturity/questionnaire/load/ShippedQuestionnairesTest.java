package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every questionnaire file the service ships loads with zero errors and zero warnings. */
class ShippedQuestionnairesTest {

    @Test
    void everyShippedQuestionnaireLoads() throws IOException {
        DirectoryLoader.Report report = new DirectoryLoader(new QuestionnaireParser()).load(Path.of("questionnaires"));
        assertEquals(List.of(), report.refused().stream().flatMap(r -> r.errors().stream()).map(LoadError::toString)
                .toList());
        assertFalse(report.loaded().isEmpty(), "questionnaires/ holds at least one questionnaire");
    }

    @Test
    void noShippedQuestionnaireHasAWarning() throws IOException {
        DirectoryLoader.Report report = new DirectoryLoader(new QuestionnaireParser()).load(Path.of("questionnaires"));
        assertEquals(List.of(), report.loaded().stream().flatMap(l -> l.warnings().stream()).map(LoadError::toString)
                .toList());
    }

    /**
     * The content hash of each shipped file, as computed before the format's v2 additions (issue 15): new optional keys
     * must leave every existing file's meaning and hash alone (diagnostics pin the hash of the version they answer).
     * The v2 files of issue 16 are pinned the same way: a change of their content is a v3 file.
     */
    @Test
    void shippedQuestionnairesKeepTheirContentHash() throws IOException {
        DirectoryLoader.Report report = new DirectoryLoader(new QuestionnaireParser()).load(Path.of("questionnaires"));
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        report.loaded().forEach(l -> hashes.put(l.file(), l.contentHash()));
        assertEquals(java.util.Map.of(
                "budget-data.v1.yaml", "719bfc0a49a53f706042cbfddaecc99de07667da79b77b3ea7ec628a044a9356",
                "budget-data.v2.yaml", "5197749f4f143f824a1cf848a68d19fcfebc1a70a605ba827736896f6495ff12",
                "od-maturity.v1.yaml", "e27e93c6a8378806c787d7d894238570d30835154c70a33a9c33c42675924b4b",
                "od-maturity.v2.yaml", "76601fdb3c8fb2f59d409bd5e4fb14602961837be4cf2d62ed3b3ad9c3ac12e7"), hashes);
    }
}
