package org.odmaturity.questionnaire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** A file whose alias contains itself overflowed the stack and stopped the start; now it is refused alone. */
    @Test
    void aRecursiveFileIsRefusedAloneAndTheOthersServe() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), sampleWithId("beside-a-loop"));
        Files.writeString(dir.resolve("b-loop.yaml"), "id: loop\nversion: 1\naxes: &a {themes: *a}\n");
        QuestionnaireRegistry.Snapshot snapshot = registry.read(dir);
        assertTrue(snapshot.entries().get("beside-a-loop@1").listed());
        assertEquals(List.of("b-loop.yaml"), snapshot.refused().stream().map(r -> r.file()).toList());
        assertTrue(snapshot.refused().get(0).errors().get(0).toString().startsWith("b-loop.yaml:3:"),
                snapshot.refused().get(0).errors()::toString);
    }

    @Test
    void aUsedVersionIsImmutable() throws IOException {
        String original = sampleWithId("immutable-check");
        Files.writeString(dir.resolve("q.yaml"), original);
        QuestionnaireRegistry.Snapshot first = registry.read(dir);
        assertEquals(List.of(), first.refused());
        assertTrue(first.entries().get("immutable-check@1").listed());
        String hash = first.entries().get("immutable-check@1").contentHash();
        assertEquals(hash, versions.find("immutable-check", 1).orElseThrow().contentHash, "recorded on first use");

        // Comments and layout may change: same content
        Files.writeString(dir.resolve("q.yaml"), "# reformatted\n" + original.replace("version: 1", "version:   1"));
        assertEquals(List.of(), registry.read(dir).refused());

        // Content may not: the file is refused and the recorded content keeps being served for that version
        Files.writeString(dir.resolve("q.yaml"), original.replace("Qui est chargé", "Qui s'occupe"));
        QuestionnaireRegistry.Snapshot changed = registry.read(dir);
        assertEquals(1, changed.refused().size());
        String message = changed.refused().get(0).errors().get(0).toString();
        assertTrue(message.startsWith("q.yaml:1:1: version: questionnaire 'immutable-check' version 1 is already in use "
                + "with another content (recorded from q.yaml on "), message);
        assertTrue(message.endsWith("the recorded content is served instead): a used version never changes, give this "
                + "file a new version number"), message);
        QuestionnaireRegistry.Entry served = changed.entries().get("immutable-check@1");
        assertEquals(hash, served.contentHash());
        assertEquals("Qui est chargé de l'ouverture des données ?",
                served.questionnaire().question("referent").orElseThrow().text().in("fr", "fr"));
        assertTrue(served.listed());

        // A new version number is the way to publish the change
        Files.writeString(dir.resolve("q.yaml"), original.replace("Qui est chargé", "Qui s'occupe")
                .replace("version: 1", "version: 2"));
        QuestionnaireRegistry.Snapshot bumped = registry.read(dir);
        assertEquals(List.of(), bumped.refused());
        assertTrue(bumped.entries().get("immutable-check@2").listed());
        // version 1's file is gone, but diagnostics that use it can still resolve it (not listed any more)
        assertFalse(bumped.entries().get("immutable-check@1").listed());
        assertEquals(hash, bumped.entries().get("immutable-check@1").contentHash());
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
