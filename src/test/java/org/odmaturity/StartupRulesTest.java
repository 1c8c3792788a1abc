package org.odmaturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rules that keep the start fast (issue 12 §4, docs/performance.md "Start and memory").
 *
 * <p>No {@code @ConfigMapping} carries a Bean Validation constraint: a single one makes Quarkus build a Hibernate
 * Validator factory during static initialisation, a fifth of the start's Java samples when it was there. Settings
 * check their values with a SmallRye {@code Converter} ({@code @WithConverter}, see plan.MinimumGroupSize), which
 * stops the start with the setting's name just the same.
 */
class StartupRulesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noConfigMappingUsesBeanValidation() throws IOException {
        List<Path> mappings;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            mappings = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("@ConfigMapping"))
                    .toList();
        }
        assertFalse(mappings.isEmpty(), "the rule must see the settings interfaces");
        assertEquals(List.of(), mappings.stream().filter(p -> read(p).contains("jakarta.validation")).toList());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
