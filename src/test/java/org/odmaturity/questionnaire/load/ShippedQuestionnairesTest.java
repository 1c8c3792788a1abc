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
}
