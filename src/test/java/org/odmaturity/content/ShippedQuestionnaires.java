package org.odmaturity.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.odmaturity.questionnaire.load.LoadError;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;

/** Loads the questionnaires shipped in {@code questionnaires/}, failing with every load error when one is invalid. */
final class ShippedQuestionnaires {

    static final String OD_MATURITY = "od-maturity.v1.yaml";
    static final String BUDGET_DATA = "budget-data.v1.yaml";
    static final String OD_MATURITY_V2 = "od-maturity.v2.yaml";
    static final String BUDGET_DATA_V2 = "budget-data.v2.yaml";

    /** Every shipped file, v1 and v2 (v1 keeps serving the campaigns pinned to it). */
    static final List<String> ALL = List.of(OD_MATURITY, BUDGET_DATA, OD_MATURITY_V2, BUDGET_DATA_V2);

    private ShippedQuestionnaires() {
    }

    static ParseResult parse(String fileName) {
        try {
            byte[] content = Files.readAllBytes(Path.of("questionnaires", fileName));
            return new QuestionnaireParser().parse(fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire load(String fileName) {
        ParseResult result = parse(fileName);
        List<String> errors = result.errors().stream().map(LoadError::toString).toList();
        assertEquals(List.of(), errors, fileName + " must load with zero errors");
        assertNotNull(result.questionnaire());
        return result.questionnaire();
    }
}
