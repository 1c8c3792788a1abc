package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Found while writing the example questionnaires (issue 15 §11): {@code notApplicableScore: full|zero} on a question
 * of weight 0 (shown, never scored: docs/scoring.md 3.1, 3.4) has no effect, so the author hears it as a warning, as
 * for a recommendation on such a question (on a question without maxScore it is an error: nothing to give).
 */
class WeightZeroNotApplicableScoreTest {

    private static final String FILE = """
            id: gap
            version: 1
            languages: [fr, en]
            defaultLanguage: fr
            title: { fr: Écart, en: Gap }
            scoring: { strategy: weighted-points }
            levels:
              - { id: bas, threshold: 0, label: { fr: Bas, en: Low } }
              - { id: haut, threshold: 50, label: { fr: Haut, en: High } }
            axes:
              - id: axe
                title: { fr: Axe, en: Axis }
                themes:
                  - id: theme
                    title: { fr: Thème, en: Theme }
                    questions:
                      - { id: scored, type: yes-no, text: { fr: Q, en: Q }, maxScore: 1 }
                      - { id: info, type: yes-no, text: { fr: Q, en: Q }, maxScore: 1, weight: 0, notApplicable: true, notApplicableScore: zero }
            """;

    @Test
    void notApplicableScoreOnAWeightZeroQuestionIsReported() {
        ParseResult result = new QuestionnaireParser().parse("gap.yaml", FILE.getBytes(StandardCharsets.UTF_8));
        List<LoadError> reported = Stream.concat(result.errors().stream(), result.warnings().stream()).toList();
        assertTrue(result.warnings().stream().anyMatch(e -> e.path().equals("axes[0].themes[0].questions[1].notApplicableScore")
                && e.message().contains("weight 0")),
                () -> "notApplicableScore on a question of weight 0 has no effect but is not reported; reported: "
                        + reported);
    }
}
