package org.odmaturity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every "now" of the application comes from {@link Instants}: to the microsecond, as PostgreSQL keeps it. */
class OneClockRuleTest {

    @Test
    void onlyInstantsAsksTheJvmClock() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertEquals(List.of(Path.of("src/main/java/org/odmaturity/time/Instants.java")),
                    files.filter(p -> p.toString().endsWith(".java")).filter(p -> read(p).contains("Instant.now()"))
                            .toList());
        }
    }

    @Test
    void nowIsToTheMicrosecond() {
        assertEquals(0, Instants.now().getNano() % 1000);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
