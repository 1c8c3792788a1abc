package org.odmaturity.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * Comparisons read percentages; a questionnaire whose results read in points has its thresholds read there as their
 * share of its total, in percent (docs/scoring.md, section 7.2). A questionnaire in percent keeps its thresholds.
 */
class ComparedThresholdTest {

    private static Questionnaire load(String file) throws IOException {
        Path path = Path.of(file);
        return new QuestionnaireParser().parse(path.getFileName().toString(), Files.readAllBytes(path))
                .questionnaire();
    }

    @Test
    void pointsThresholdsReadAsSharesOfTheTotal() throws IOException {
        Questionnaire eu = load("questionnaires/examples/eu-odm-style.v1.yaml");
        // 0, 7.35, 13.65 and 17.85 of 21 points: 0, 35, 65 and 85 %
        assertEquals(List.of(0.0, 35.0, 65.0, 85.0),
                eu.levels().stream().map(l -> ResultsCalculator.comparedThreshold(eu, l.threshold())).toList());
    }

    @Test
    void percentThresholdsAreKept() throws IOException {
        Questionnaire sample = load("src/test/resources/questionnaires/sample-od-maturity.v1.yaml");
        assertEquals(sample.levels().stream().map(Level::threshold).toList(), sample.levels().stream()
                .map(l -> ResultsCalculator.comparedThreshold(sample, l.threshold())).toList());
    }
}
