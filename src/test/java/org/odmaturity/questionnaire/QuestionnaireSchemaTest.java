package org.odmaturity.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks {@code questionnaires/questionnaire.schema.json}: every questionnaire file shipped in {@code questionnaires/}
 * satisfies it, and typical mistakes are reported by it. Plain JUnit (no Quarkus): the working directory is the
 * project root.
 */
class QuestionnaireSchemaTest {

    private static final Path QUESTIONNAIRES = Path.of("questionnaires");
    private static final Path SCHEMA_FILE = QUESTIONNAIRES.resolve("questionnaire.schema.json");

    /**
     * Jackson reads YAML 1.1, where {@code yes}/{@code no}/{@code on}/{@code off} are booleans; the service reads YAML
     * 1.2 (core schema), where they are strings (e.g. the option ids {@code yes} and {@code no}). Read them as strings.
     */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** A small valid questionnaire; the negative cases each break one thing in a copy of it. */
    private static final String VALID = """
            id: schema-test
            version: 1
            languages: [fr, en]
            defaultLanguage: fr
            title: { fr: Test du schéma, en: Schema test }
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
                      - id: choix
                        type: single-choice
                        text: { fr: "Choix ?", en: "Choice?" }
                        weight: 2
                        maxScore: 1
                        options:
                          - id: non
                            label: { fr: Non, en: No }
                            score: 0
                            recommendation:
                              action: { fr: Agir, en: Act }
                              effort: low
                              horizon: short
                          - { id: oui, label: { fr: Oui, en: Yes }, score: 1 }
                      - id: budget
                        type: yes-no
                        text: { fr: "Budget ?", en: "Budget?" }
                        maxScore: 1
                        options:
                          - { id: yes, label: { fr: Oui, en: Yes }, score: 1 }
                          - { id: no, label: { fr: Non, en: No }, score: 0 }
                      - id: echelle
                        type: scale
                        text: { fr: "Échelle ?", en: "Scale?" }
                        maxScore: 4
                        scale:
                          min: 0
                          max: 4
                          labels:
                            0: { fr: Jamais, en: Never }
                            4: { fr: Toujours, en: Always }
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode schemaNode = new ObjectMapper().readTree(SCHEMA_FILE.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = metaSchema.validate(new ObjectMapper().readTree(SCHEMA_FILE.toFile()));
        assertTrue(errors.isEmpty(), () -> "schema is not a valid JSON Schema:\n" + describe(errors));
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionnaireFileMatchesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(QUESTIONNAIRES)) {
            files = listing
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "no questionnaire file in " + QUESTIONNAIRES.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));
            assertTrue(errors.isEmpty(), () -> file + " does not match " + SCHEMA_FILE + ":\n" + describe(errors));
        }));
    }

    /** The example questionnaires (questionnaires/examples/, never served) follow the schema too (issue 15 §11). */
    @TestFactory
    Stream<DynamicTest> everyExampleQuestionnaireMatchesTheSchema() throws IOException {
        Path examples = QUESTIONNAIRES.resolve("examples");
        List<Path> files;
        try (Stream<Path> listing = Files.list(examples)) {
            files = listing
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "no questionnaire file in " + examples.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest("examples/" + file.getFileName(), () -> {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));
            assertTrue(errors.isEmpty(), () -> file + " does not match " + SCHEMA_FILE + ":\n" + describe(errors));
        }));
    }

    @Test
    void theBaseDocumentOfTheNegativeCasesIsValid() {
        Set<ValidationMessage> errors = schema.validate(valid());
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void unknownKeyIsRejected() {
        assertRejected(doc -> question(doc, 0).put("wieght", 2), "wieght");
    }

    @Test
    void unknownTopLevelKeyIsRejected() {
        assertRejected(doc -> doc.put("levles", "x"), "levles");
    }

    @Test
    void badQuestionTypeIsRejected() {
        assertRejected(doc -> question(doc, 0).put("type", "single-choise"), ".type");
    }

    @Test
    void optionScoreOfTheWrongTypeIsRejected() {
        assertRejected(doc -> option(doc, 0, 1).put("score", "two"), ".score");
    }

    @Test
    void optionWithoutScoreInAScoredQuestionIsRejected() {
        assertRejected(doc -> option(doc, 0, 1).remove("score"), "score");
    }

    @Test
    void optionWithoutScoreInAnUnscoredQuestionIsAccepted() {
        ObjectNode doc = valid();
        question(doc, 0).remove("maxScore");
        option(doc, 0, 0).remove("score");
        option(doc, 0, 1).remove("score");
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void badEffortIsRejected() {
        assertRejected(doc -> ((ObjectNode) option(doc, 0, 0).get("recommendation")).put("effort", "huge"), ".effort");
    }

    @Test
    void negativeQuestionWeightIsRejected() {
        // 0 is a question's "shown, not scored" (issue 15 §9); themes and axes stay above 0
        assertRejected(doc -> question(doc, 0).put("weight", -1), ".weight");
    }

    @Test
    void choiceQuestionWithoutOptionsIsRejected() {
        assertRejected(doc -> question(doc, 0).remove("options"), "options");
    }

    @Test
    void yesNoOptionsOtherThanYesAndNoAreRejected() {
        assertRejected(doc -> option(doc, 1, 0).put("id", "oui"), "options");
    }

    @Test
    void yesNoQuestionWithoutOptionsIsAccepted() {
        ObjectNode doc = valid();
        question(doc, 1).remove("options");
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void scaleQuestionWithoutScaleIsRejected() {
        assertRejected(doc -> question(doc, 2).remove("scale"), "scale");
    }

    @Test
    void nonIntegerScaleLabelKeyIsRejected() {
        assertRejected(doc -> ((ObjectNode) question(doc, 2).get("scale").get("labels"))
                .set("deux", text("Deux", "Two")), "deux");
    }

    @Test
    void badTextsAreRejected() {
        assertRejected(doc -> doc.set("title", text("", "Title")), "title");
        assertRejected(doc -> ((ObjectNode) doc.get("title")).put("FR", "Titre"), "FR");
    }

    @Test
    void badIdsAreRejected() {
        assertRejected(doc -> doc.put("id", "Schema_Test"), ".id");
        assertRejected(doc -> question(doc, 0).put("id", "choix--unique"), ".id");
        for (String bad : List.of("a-", "a--b", "a.-b", "a-.b", "a.", "-a", "Choix")) {
            assertRejected(doc -> question(doc, 0).put("id", bad), ".id");
            assertRejected(doc -> option(doc, 0, 0).put("id", bad), ".id");
        }
    }

    @Test
    void questionsAndOptionsShareOneIdRule() {
        // issue 15 §10: '-' in question ids, '.' in option ids, as the parser accepts them
        ObjectNode doc = valid();
        question(doc, 0).put("id", "choix-unique.v2");
        option(doc, 0, 0).put("id", "non-publie.v2");
        option(doc, 0, 1).put("id", "premiers-pas");
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void firstLevelMustStartAtZero() {
        assertRejected(doc -> ((ObjectNode) doc.get("levels").get(0)).put("threshold", 10), "threshold");
    }

    @Test
    void optionScoreInAnUnscoredQuestionIsRejected() {
        assertRejected(doc -> question(doc, 0).remove("maxScore"), ".score");
    }

    @Test
    void exclusiveOutsideMultipleChoiceIsRejected() {
        assertRejected(doc -> option(doc, 0, 0).put("exclusive", true), "exclusive");
        ObjectNode doc = valid();
        question(doc, 0).put("type", "multiple-choice");
        option(doc, 0, 0).put("exclusive", true);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void maxScoreOnATextQuestionIsRejected() {
        assertRejected(doc -> {
            ObjectNode q = question(doc, 2);
            q.put("type", "text");
            q.remove("scale");
        }, "maxScore");
    }

    @Test
    void stepIsForTheStaircaseStrategyOnly() {
        assertRejected(doc -> question(doc, 0).put("step", "haut"), "step");
        assertRejected(doc -> question(doc, 0).put("passScore", 1), "passScore");

        ObjectNode staircase = valid();
        ((ObjectNode) staircase.get("scoring")).put("strategy", "staircase");
        for (int i = 0; i < 3; i++) {
            question(staircase, i).put("step", i == 0 ? "bas" : "haut");
        }
        question(staircase, 2).put("passScore", 3);
        Set<ValidationMessage> errors = schema.validate(staircase);
        assertTrue(errors.isEmpty(), () -> describe(errors));

        question(staircase, 1).remove("step");
        assertFalse(schema.validate(staircase).isEmpty(), "a scored staircase question without step was accepted");
    }

    /** Issue 15 §4: scoring.staircase and steps on the options of a single-choice question (docs/scoring.md 5.2.1). */
    @Test
    void staircaseRulesAndOptionStepsAreForTheStaircaseOnly() {
        ObjectNode staircase = valid();
        ObjectNode scoring = (ObjectNode) staircase.get("scoring");
        scoring.put("strategy", "staircase");
        ObjectNode rules = scoring.putObject("staircase");
        rules.put("stopAtFirstNo", true);
        rules.put("unansweredSteps", "incomplete");
        rules.put("partialCredit", true);
        option(staircase, 0, 1).put("step", "haut"); // the single choice climbs through its option: no step of its own
        question(staircase, 1).put("step", "haut");
        question(staircase, 2).put("step", "haut");
        Set<ValidationMessage> errors = schema.validate(staircase);
        assertTrue(errors.isEmpty(), () -> describe(errors));

        ObjectNode both = staircase.deepCopy();
        question(both, 0).put("step", "haut");
        assertFalse(schema.validate(both).isEmpty(), "a step on the question and on its options was accepted");
        ObjectNode pass = staircase.deepCopy();
        question(pass, 0).put("passScore", 1);
        assertFalse(schema.validate(pass).isEmpty(), "a passScore beside option steps was accepted");
        ObjectNode unknown = staircase.deepCopy();
        ((ObjectNode) unknown.at("/scoring/staircase")).put("unansweredSteps", "skipped");
        assertFalse(schema.validate(unknown).isEmpty(), "an unknown unansweredSteps rule was accepted");

        assertRejected(doc -> ((ObjectNode) doc.get("scoring")).putObject("staircase").put("stopAtFirstNo", true),
                "staircase");
        assertRejected(doc -> option(doc, 0, 1).put("step", "haut"), "step");
    }

    @Test
    void defaultYesNoOptionsNeedFrenchAndEnglishOnly() {
        ObjectNode doc = valid();
        question(doc, 1).remove("options");
        ((ArrayNode) doc.get("languages")).add("de");
        assertFalse(schema.validate(doc).isEmpty(), "yes-no without options accepted in a German questionnaire");
    }

    @Test
    void aListOfRecommendationsWithoutEffortOrHorizonIsAccepted() {
        ObjectNode doc = valid();
        ObjectNode option = option(doc, 0, 0);
        ArrayNode list = option.putArray("recommendations");
        list.add(option.remove("recommendation"));
        list.addObject().set("action", text("Former", "Train"));
        question(doc, 0).putArray("recommendations").addObject().set("action", text("Commencer", "Start"));
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void recommendationAndRecommendationsTogetherAreRejected() {
        assertRejected(doc -> option(doc, 0, 0).putArray("recommendations").addObject()
                .set("action", text("Former", "Train")), "recommendations");
        assertRejected(doc -> {
            question(doc, 0).putObject("recommendation").set("action", text("A", "A"));
            question(doc, 0).putArray("recommendations").addObject().set("action", text("B", "B"));
        }, "recommendations");
    }

    @Test
    void anEmptyListOfRecommendationsIsRejected() {
        assertRejected(doc -> question(doc, 0).putArray("recommendations"), "recommendations");
    }

    /** Results read in points (issue 15 §1): thresholds are points, so above 100 is allowed there only. */
    @Test
    void thresholdsAbove100AreAllowedOnlyWhenResultsReadInPoints() {
        ObjectNode doc = valid();
        ((ObjectNode) doc.get("scoring")).put("resultsIn", "points");
        ((ObjectNode) doc.at("/levels/1")).put("threshold", 150);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
        assertRejected(d -> ((ObjectNode) d.at("/levels/1")).put("threshold", 150), "threshold");
        assertRejected(d -> ((ObjectNode) d.get("scoring")).put("resultsIn", "percents"), "resultsIn");
    }

    @Test
    void resultsInPointsNeedWeightedPoints() {
        assertRejected(d -> ((ObjectNode) d.get("scoring")).put("resultsIn", "points").put("strategy", "weakest-link"),
                "strategy");
    }

    /** Thresholds with two decimals (issue 15 §9): 1 or 2 decimals, nothing else. */
    @Test
    void decimalsAreOneOrTwo() {
        ObjectNode doc = valid();
        ((ObjectNode) doc.get("scoring")).put("decimals", 2);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> describe(errors));
        assertRejected(d -> ((ObjectNode) d.get("scoring")).put("decimals", 3), "decimals");
        assertRejected(d -> ((ObjectNode) d.get("scoring")).put("decimals", 1.5), "decimals");
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt, String expectedInErrors) {
        ObjectNode doc = valid();
        breakIt.accept(doc);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertFalse(errors.isEmpty(), "expected the schema to reject the document");
        String described = describe(errors);
        assertTrue(described.contains(expectedInErrors),
                () -> "expected an error about '" + expectedInErrors + "', got:\n" + described);
    }

    private static ObjectNode valid() {
        try {
            JsonNode node = YAML.readTree(VALID);
            // The YAML 1.2 reading keeps the option ids yes/no as strings.
            assertEquals("yes", node.at("/axes/0/themes/0/questions/1/options/0/id").asText());
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode question(ObjectNode doc, int index) {
        return (ObjectNode) doc.at("/axes/0/themes/0/questions/" + index);
    }

    private static ObjectNode option(ObjectNode doc, int questionIndex, int optionIndex) {
        return (ObjectNode) ((ArrayNode) question(doc, questionIndex).get("options")).get(optionIndex);
    }

    private static ObjectNode text(String fr, String en) {
        ObjectNode text = YAML.createObjectNode();
        text.put("fr", fr);
        text.put("en", en);
        return text;
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(e -> "  " + e.getInstanceLocation() + ": " + e.getMessage() + " [" + e.getEvaluationPath() + "]")
                .sorted()
                .collect(Collectors.joining("\n"));
    }
}
