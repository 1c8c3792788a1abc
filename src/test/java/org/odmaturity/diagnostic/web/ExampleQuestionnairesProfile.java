package org.odmaturity.diagnostic.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A Quarkus boot serving the example questionnaires of {@code questionnaires/examples/} (docs: their README), among
 * them {@code eu-odm-style}, whose results read in points with two decimals (docs/scoring.md, section 7).
 */
public class ExampleQuestionnairesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("odm.questionnaires.dir", "questionnaires/examples");
    }
}
