package org.odmaturity.diagnostic.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Serves src/test/resources/questionnaires-staircase: a staircase questionnaire with the opt-in rules of issue 15 §4. */
public class StaircaseQuestionnaireProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("odm.questionnaires.dir", "src/test/resources/questionnaires-staircase");
    }
}
