package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** When a recommended action can realistically be done. */
public enum Horizon {
    /** Within 6 months. */
    SHORT("short"),
    /** Between 6 and 18 months. */
    MEDIUM("medium"),
    /** Beyond 18 months. */
    LONG("long");

    private final String key;

    Horizon(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Horizon> fromKey(String key) {
        return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
    }
}
