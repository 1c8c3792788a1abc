package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ResultsIn;

/**
 * {@code scoring.resultsIn} and {@code scoring.decimals} (issue 15 §1 and §9): their defaults keep every existing file's
 * meaning; thresholds have at most the questionnaire's decimals (the error names the level); results read in points
 * take thresholds within 0 and the questionnaire's total of points, ascending, under weighted-points only.
 */
class ResultReadingParserTest {

    /** Two questions of 2 and 3 points and a text question: a total of 5 points. */
    private static final String FILE = """
            id: reading
            version: 1
            languages: [fr]
            defaultLanguage: fr
            title: { fr: Lecture }
            scoring: { strategy: %s%s }
            levels:
              - { id: bas, threshold: 0, label: { fr: Bas } }
              - { id: moyen, threshold: %s, label: { fr: Moyen } }
              - { id: haut, threshold: %s, label: { fr: Haut } }
            axes:
              - id: x
                title: { fr: X }
                themes:
                  - id: t
                    title: { fr: T }
                    questions:
                      - { id: a, type: yes-no, text: { fr: A }, maxScore: 2 }
                      - { id: b, type: scale, text: { fr: B }, maxScore: 3, scale: { min: 0, max: 3 }, weight: 2 }
                      - { id: c, type: text, text: { fr: C } }
            """;

    private static ParseResult parse(String strategy, String scoring, String middle, String high) {
        return new QuestionnaireParser().parse("reading.yaml",
                FILE.formatted(strategy, scoring, middle, high).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(ParseResult result) {
        return result.errors().stream().map(LoadError::toString).toList();
    }

    @Test
    void byDefaultResultsReadInPercentWithOneDecimal() {
        ParseResult result = parse("weighted-points", "", "33.3", "66.7");
        assertEquals(List.of(), errors(result));
        Questionnaire q = result.questionnaire();
        assertEquals(ResultsIn.PERCENT, q.resultsIn());
        assertEquals(1, q.decimals());
        assertEquals(5.0, q.totalPoints());
    }

    @Test
    void aThresholdWithMoreDecimalsThanTheScoresIsAnErrorNamingTheLevel() {
        assertEquals(List.of("reading.yaml:9:29: levels[1].threshold: level 'moyen': a threshold has at most one "
                + "decimal, the scores' precision (scoring.decimals: 1) (found 33.33)"),
                errors(parse("weighted-points", "", "33.33", "66.7")));
        assertEquals(List.of("reading.yaml:10:28: levels[2].threshold: level 'haut': a threshold has at most 2 "
                + "decimals, the scores' precision (scoring.decimals: 2) (found 66.667)"),
                errors(parse("weighted-points", ", decimals: 2", "33.33", "66.667")));
        ParseResult two = parse("weighted-points", ", decimals: 2", "33.33", "66.67");
        assertEquals(List.of(), errors(two));
        assertEquals(2, two.questionnaire().decimals());
    }

    @Test
    void decimalsAreOneOrTwo() {
        assertEquals(List.of("reading.yaml:6:49: scoring.decimals: scores have 1 or 2 decimals (found 3)"),
                errors(parse("weighted-points", ", decimals: 3", "33.3", "66.7")));
        assertEquals(List.of("reading.yaml:6:49: scoring.decimals: scores have 1 or 2 decimals (found 0)"),
                errors(parse("weighted-points", ", decimals: 0", "33.3", "66.7")));
    }

    @Test
    void inPointsThresholdsArePointsOfTheTotal() {
        ParseResult result = parse("weighted-points", ", resultsIn: points", "2.5", "5");
        assertEquals(List.of(), errors(result));
        assertEquals(ResultsIn.POINTS, result.questionnaire().resultsIn());
        assertEquals(List.of("reading.yaml:10:28: levels[2].threshold: level 'haut': results read in points, so a "
                + "threshold is at most the questionnaire's total of 5 points (found 5.5)"),
                errors(parse("weighted-points", ", resultsIn: points", "2.5", "5.5")));
        assertEquals(List.of("reading.yaml:10:28: levels[2].threshold: thresholds must ascend: 2 is not above the "
                + "previous level's 2.5"), errors(parse("weighted-points", ", resultsIn: points", "2.5", "2")));
    }

    @Test
    void inPercentThresholdsStayWithin100() {
        assertEquals(List.of("reading.yaml:10:28: levels[2].threshold: must be between 0 and 100 (found 150)"),
                errors(parse("weighted-points", "", "50", "150")));
    }

    @Test
    void pointsNeedWeightedPointsAndAKnownReading() {
        ParseResult weakest = parse("weakest-link", ", resultsIn: points", "2", "4");
        assertNull(weakest.questionnaire());
        assertEquals(List.of("reading.yaml:6:47: scoring.resultsIn: results read in points need the strategy "
                + "weighted-points (levels by points read a sum of points; found weakest-link)"), errors(weakest));
        assertEquals(List.of("reading.yaml:6:50: scoring.resultsIn: unknown reading 'pts' (known: percent, points)"),
                errors(parse("weighted-points", ", resultsIn: pts", "33.3", "66.7")));
    }
}
