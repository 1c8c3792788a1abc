package org.odmaturity.diagnostic.matrix;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A boot serving the matrix fixture (src/test/resources/questionnaires-matrix) instead of the usual sample. */
public class MatrixTestProfile implements QuarkusTestProfile {

    public static final String QUESTIONNAIRE = "matrix-sample";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("odm.questionnaires.dir", "src/test/resources/questionnaires-matrix");
    }
}
