package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@code odm.peers.minimum-group-size}: read by SmallRye Config as the service reads it, with no Bean Validation. */
class PeersConfigTest {

    private static PeersConfig read(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PeersConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(PeersConfig.class);
    }

    @Test
    void fiveByDefault() {
        assertEquals(5, read(Map.of()).minimumGroupSize());
    }

    @Test
    void twoIsTheSmallestGroup() {
        assertEquals(2, read(Map.of("odm.peers.minimum-group-size", "2")).minimumGroupSize());
        assertEquals(12, read(Map.of("odm.peers.minimum-group-size", " 12 ")).minimumGroupSize());
    }

    @Test
    void aGroupOfOneOrLessStopsTheStartWithTheSettingsName() {
        for (String value : new String[] {"1", "0", "-3"}) {
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> read(Map.of("odm.peers.minimum-group-size", value)));
            assertTrue(messages(failure).contains("odm.peers.minimum-group-size must be at least 2"),
                    value + ": " + messages(failure));
        }
    }

    @Test
    void aValueThatIsNotAWholeNumberStopsTheStart() {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> read(Map.of("odm.peers.minimum-group-size", "five")));
        assertTrue(messages(failure).contains("must be a whole number"), messages(failure));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append(" | ");
        }
        return all.toString();
    }
}
