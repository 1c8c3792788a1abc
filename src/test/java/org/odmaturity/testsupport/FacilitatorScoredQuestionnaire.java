package org.odmaturity.testsupport;

import static org.odmaturity.testsupport.TestData.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;

import io.restassured.http.ContentType;

/**
 * The questionnaire of src/test/resources/facilitator/facilitator-scored.v1.yaml (questions scored by the facilitator,
 * docs/scoring.md's worked example), served to the tests that need it without listing it: recorded as a used version
 * (the registry serves recorded versions by id and version), so the tests that count listed questionnaires see no
 * change.
 */
public final class FacilitatorScoredQuestionnaire {

    public static final String ID = "facilitator-scored";
    public static final Path FILE = Path.of("src/test/resources/facilitator/facilitator-scored.v1.yaml");

    private FacilitatorScoredQuestionnaire() {
    }

    /** Records the version (once) and reloads the registry so that it is served. */
    public static void install(QuestionnaireVersionService versions, QuestionnaireRegistry registry) {
        if (registry.find(ID, 1).isPresent()) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(FILE);
            ParseResult parsed = new QuestionnaireParser().parse(FILE.getFileName().toString(), content);
            if (!parsed.valid()) {
                throw new IllegalStateException("fixture does not load: " + parsed.errors());
            }
            versions.recordUse(ID, 1, parsed.contentHash(), FILE.getFileName().toString(), Files.readString(FILE));
            registry.reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An open campaign on this questionnaire; returns its id. */
    public static long campaign(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "year", 2026, "status", "open",
                        "questionnaire", Map.of("id", ID, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
