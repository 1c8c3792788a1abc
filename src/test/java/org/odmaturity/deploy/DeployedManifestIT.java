package org.odmaturity.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed deploy/kubernetes/kubernetes.yml is what the build generates from the Kubernetes settings of
 * application.properties (quarkus-kubernetes writes target/kubernetes/kubernetes.yml at {@code package}, before this
 * runs). Compared as YAML documents, so that only a difference in content fails; regenerate with
 * {@code ./mvnw package -DskipTests && cp target/kubernetes/kubernetes.yml deploy/kubernetes/}.
 */
class DeployedManifestIT {

    @Test
    void theCommittedManifestIsTheGeneratedOne() {
        String appDir = System.getProperty("odm.app.dir");
        assertNotNull(appDir, "failsafe passes odm.app.dir (the build's quarkus-app folder)");
        Path generated = Path.of(appDir).resolveSibling("kubernetes").resolve("kubernetes.yml");
        assertTrue(Files.isRegularFile(generated), generated + " is written by package");
        Path committed = Path.of("deploy/kubernetes/kubernetes.yml");

        assertEquals(DeploymentFilesTest.yamlDocuments(generated), DeploymentFilesTest.yamlDocuments(committed),
                committed + " differs from the generated " + generated + ": review the difference (diff -u "
                        + committed + " " + generated + "), then copy the generated file over the committed one"
                        + " (deploy/kubernetes/README.md, \"Regenerating\")");
    }
}
