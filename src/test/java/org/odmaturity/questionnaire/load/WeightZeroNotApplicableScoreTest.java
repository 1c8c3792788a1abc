package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A gap found while writing the example questionnaires (issue 15 §11), reported and left for the parser's owner: the
 * parser refuses {@code notApplicableScore: full|zero} on a question that is not scored because it has no maxScore
 * ("'not applicable' has no points to give", QuestionnaireParserTest.rulesForQuestionsNotRelevantAndNotApplicableAreRead),
 * but accepts it silently on a question that is not scored because its weight is 0 (docs/scoring.md 3.1, 3.4:
 * "Unscored questions ... are never counted, whatever the rule"), where it has no effect either. The author should
 * hear about it (an error like the maxScore case, or a warning like a recommendation on a weight-0 question); this
 * test accepts either. Expected to FAIL until the parser reports it.
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
        assertTrue(reported.stream().anyMatch(e -> e.path().equals("axes[0].themes[0].questions[1].notApplicableScore")),
                () -> "notApplicableScore on a question of weight 0 has no effect but is not reported; reported: "
                        + reported);
    }
}
