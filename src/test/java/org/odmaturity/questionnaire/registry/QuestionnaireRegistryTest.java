package org.odmaturity.questionnaire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuestionnaireRegistryTest {

    @Inject
    QuestionnaireRegistry registry;

    @Inject
    QuestionnaireVersionService versions;

    @TempDir
    Path dir;

    private String sampleWithId(String id) throws IOException {
        return Files.readString(Path.of("src/test/resources/questionnaires/sample-od-maturity.v1.yaml"))
                .replace("id: sample-od-maturity", "id: " + id);
    }

    @Test
    void aUsedVersionIsImmutable() throws IOException {
        String original = sampleWithId("immutable-check");
        Files.writeString(dir.resolve("q.yaml"), original);
        QuestionnaireRegistry.Snapshot first = registry.read(dir);
        assertEquals(1, first.entries().size(), first.refused()::toString);
        String hash = first.entries().get("immutable-check@1").contentHash();
        assertEquals(hash, versions.find("immutable-check", 1).orElseThrow().contentHash, "recorded on first use");

        // Comments and layout may change: same content
        Files.writeString(dir.resolve("q.yaml"), "# reformatted\n" + original.replace("version: 1", "version:   1"));
        assertEquals(1, registry.read(dir).entries().size());

        // Content may not
        Files.writeString(dir.resolve("q.yaml"), original.replace("Qui est chargé", "Qui s'occupe"));
        QuestionnaireRegistry.Snapshot changed = registry.read(dir);
        assertEquals(0, changed.entries().size());
        assertEquals(1, changed.refused().size());
        String message = changed.refused().get(0).errors().get(0).toString();
        assertTrue(message.startsWith("q.yaml:1:1: version: questionnaire 'immutable-check' version 1 is already in use "
                + "with another content (recorded from q.yaml on "), message);
        assertTrue(message.endsWith("give this file a new version number"), message);

        // A new version number is the way to publish the change
        Files.writeString(dir.resolve("q.yaml"), original.replace("Qui est chargé", "Qui s'occupe")
                .replace("version: 1", "version: 2"));
        assertEquals(1, registry.read(dir).entries().size());
    }

    @Test
    void twoFilesWithTheSameVersionRefuseTheSecond() throws IOException {
        String content = sampleWithId("twice");
        Files.writeString(dir.resolve("a.yaml"), content);
        Files.writeString(dir.resolve("b.yml"), content);
        Files.writeString(dir.resolve("notes.txt"), "not a questionnaire", StandardCharsets.UTF_8);
        QuestionnaireRegistry.Snapshot snapshot = registry.read(dir);
        assertEquals("a.yaml", snapshot.entries().get("twice@1").file());
        assertEquals(1, snapshot.refused().size());
        assertEquals("b.yml:1:1: version: questionnaire 'twice' version 1 is already defined by a.yaml: give this file "
                + "another version number", snapshot.refused().get(0).errors().get(0).toString());
    }
}
