package org.odmaturity.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.Question;

/** The loader's checks of {@code scoredBy: facilitator} and {@code rubric} (docs/questionnaire-format.md). */
class FacilitatorScoringParserTest {

    private static final Path FIXTURE = Path.of("src/test/resources/facilitator/facilitator-scored.v1.yaml");

    private static ParseResult parse(String yaml) {
        return new QuestionnaireParser().parse("test.v1.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String yaml) {
        return parse(yaml).errors().stream().map(LoadError::toString).toList();
    }

    /** The fixture with the question pil.freins (a text question scored by the facilitator, maxScore 3) replaced. */
    private static String withFreins(String replacement) throws IOException {
        String yaml = Files.readString(FIXTURE);
        int start = yaml.indexOf("          - id: pil.freins");
        int end = yaml.indexOf("          - id: pil.donnees");
        return yaml.substring(0, start) + replacement + yaml.substring(end);
    }

    private static String freins(String extra) {
        return """
                          - id: pil.freins
                            type: %s
                            text: { fr: Freins, en: Obstacles }
                """.formatted(extra.startsWith("type:") ? extra.substring(6).lines().findFirst().orElseThrow() : "text")
                + (extra.startsWith("type:") ? extra.lines().skip(1).map(l -> "            " + l + "\n")
                        .reduce("", String::concat) : extra.lines().map(l -> "            " + l + "\n")
                        .reduce("", String::concat));
    }

    @Test
    void the_fixture_loads_with_its_rubric_and_plain_text_questions_stay_unscored() throws IOException {
        ParseResult result = new QuestionnaireParser().parse("f.v1.yaml", Files.readAllBytes(FIXTURE));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.warnings(), "a recommendation on a question scored by the facilitator can show");
        Question vision = result.questionnaire().question("pil.vision").orElseThrow();
        assertTrue(vision.facilitatorScored());
        assertEquals(4.0, vision.maxScore());
        assertEquals(List.of(0.0, 2.0, 4.0), vision.facilitatorScoring().rubric().stream()
                .map(FacilitatorScoring.RubricLevel::score).toList());
        assertEquals("Des intentions, sans calendrier ni moyens.",
                vision.facilitatorScoring().level(2).orElseThrow().label().in("fr", "fr"));
        Question freins = result.questionnaire().question("pil.freins").orElseThrow();
        assertEquals(List.of(), freins.facilitatorScoring().rubric());
        Question remarques = result.questionnaire().question("pil.remarques").orElseThrow();
        assertNull(remarques.facilitatorScoring());
        assertNull(remarques.maxScore());
    }

    /** docs/questionnaire-format.md, "Questions scored by the facilitator": its example loads, with what it says. */
    @Test
    void the_documented_example_loads() throws IOException {
        String doc = Files.readString(Path.of("docs/questionnaire-format.md"));
        int section = doc.indexOf("### Questions scored by the facilitator");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String block = doc.substring(start, doc.indexOf("```", start));
        String yaml = Files.readString(FIXTURE);
        String questions = block.lines().map(l -> "          " + l + "\n").reduce("", String::concat);
        yaml = yaml.substring(0, yaml.indexOf("          - id: pil.vision")) + questions
                + yaml.substring(yaml.indexOf("          - id: pil.donnees"));
        ParseResult result = parse(yaml);
        assertEquals(List.of(), result.errors());
        Question vision = result.questionnaire().question("pil.vision").orElseThrow();
        assertEquals(3, vision.facilitatorScoring().rubric().size());
        assertEquals(1, vision.recommendations().size());
        Question freins = result.questionnaire().question("pil.freins").orElseThrow();
        assertEquals(3.0, freins.maxScore());
        assertTrue(freins.facilitatorScoring().rubric().isEmpty());
    }

    @Test
    void a_text_question_is_still_never_scored_without_scoredBy() throws IOException {
        assertEquals(List.of("test.v1.yaml:77:13: axes[0].themes[0].questions[2].maxScore: a text question is never "
                + "scored: remove maxScore (or add scoredBy: facilitator)"), errors(withFreins(freins("maxScore: 3"))));
    }

    @Test
    void each_mistake_is_named_where_it_is() throws IOException {
        assertEquals(List.of("test.v1.yaml:77:13: axes[0].themes[0].questions[2].scoredBy: only a text question is "
                + "scored by the facilitator (this one is yes-no: its answers score themselves)"),
                errors(withFreins(freins("type: yes-no\nscoredBy: facilitator\nmaxScore: 1"))));
        assertEquals(List.of("test.v1.yaml:78:23: axes[0].themes[0].questions[2].scoredBy: unknown scoredBy "
                + "'respondent' (known: facilitator)"), errors(withFreins(freins("maxScore: 3\nscoredBy: respondent"))));
        assertEquals(List.of("test.v1.yaml:74:13: axes[0].themes[0].questions[2]: a question scored by the "
                + "facilitator needs a maxScore"), errors(withFreins(freins("scoredBy: facilitator"))));
        assertEquals(List.of("test.v1.yaml:77:13: axes[0].themes[0].questions[2].rubric: a rubric is only for a "
                + "question with scoredBy: facilitator"),
                errors(withFreins(freins("rubric:\n  - { score: 0, label: { fr: Rien, en: Nothing } }"))));
    }

    @Test
    void a_rubric_has_distinct_levels_within_0_and_maxScore_and_one_reaches_it() throws IOException {
        List<String> errors = errors(withFreins(freins("""
                scoredBy: facilitator
                maxScore: 3
                rubric:
                  - { score: -1, label: { fr: Moins, en: Less } }
                  - { score: 1, label: { fr: Un, en: One } }
                  - { score: 1, label: { fr: Encore un, en: One again } }
                  - { score: 1.005, label: { fr: Précis, en: Precise } }
                  - { score: 2, label: { fr: Deux } }""")));
        assertEquals(List.of(
                "test.v1.yaml:78:23: axes[0].themes[0].questions[2].maxScore: no rubric level reaches maxScore 3",
                "test.v1.yaml:80:26: axes[0].themes[0].questions[2].rubric[0].score: score -1 is outside 0..3",
                "test.v1.yaml:82:26: axes[0].themes[0].questions[2].rubric[2].score: score 1 is already a level of "
                        + "this rubric",
                "test.v1.yaml:83:26: axes[0].themes[0].questions[2].rubric[3].score: score 1.005 has more than two "
                        + "decimals",
                "test.v1.yaml:84:36: axes[0].themes[0].questions[2].rubric[4].label: missing translation: en"),
                errors);
    }
}
