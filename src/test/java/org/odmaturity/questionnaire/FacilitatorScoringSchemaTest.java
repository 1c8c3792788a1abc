package org.odmaturity.questionnaire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON schema follows the format for {@code scoredBy: facilitator} and {@code rubric} (issue 15 §6). */
class FacilitatorScoringSchemaTest {

    private static final Path FIXTURE = Path.of("src/test/resources/facilitator/facilitator-scored.v1.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Path.of("questionnaires/questionnaire.schema.json").toFile()));
    }

    private static ObjectNode fixture() throws IOException {
        return (ObjectNode) YAML.readTree(FIXTURE.toFile());
    }

    /** Question {@code index} of the fixture's only theme: 1 pil.vision (rubric), 2 pil.freins, 4 pil.remarques. */
    private static ObjectNode question(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("axes").get(0).get("themes").get(0).get("questions").get(index);
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n"));
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode doc = fixture();
        breakIt.accept(doc);
        assertTrue(!schema.validate(doc).isEmpty(), "the schema should refuse this");
    }

    @Test
    void the_worked_example_matches_the_schema() throws IOException {
        Set<ValidationMessage> errors = schema.validate(fixture());
        assertTrue(errors.isEmpty(), () -> describe(errors));
    }

    @Test
    void a_text_question_with_maxScore_needs_scoredBy() throws IOException {
        assertRejected(doc -> question(doc, 2).remove("scoredBy"));
        assertRejected(doc -> question(doc, 4).put("maxScore", 2));
    }

    @Test
    void scoredBy_is_facilitator_on_a_text_question_with_a_maxScore() throws IOException {
        assertRejected(doc -> question(doc, 2).put("scoredBy", "respondent"));
        assertRejected(doc -> question(doc, 2).remove("maxScore"));
        assertRejected(doc -> question(doc, 0).put("scoredBy", "facilitator"));
    }

    @Test
    void a_rubric_needs_scoredBy_and_well_formed_levels() throws IOException {
        assertRejected(doc -> question(doc, 4).set("rubric", question(doc, 1).get("rubric").deepCopy()));
        assertRejected(doc -> ((ObjectNode) question(doc, 1).get("rubric").get(0)).remove("label"));
        assertRejected(doc -> ((ObjectNode) question(doc, 1).get("rubric").get(0)).put("score", -1));
        assertRejected(doc -> ((ObjectNode) question(doc, 1).get("rubric").get(0)).put("points", 1));
        assertRejected(doc -> question(doc, 1).set("rubric", new ArrayNode(YAML.getNodeFactory())));
    }
}
