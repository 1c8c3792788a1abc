package org.odmaturity.questionnaire.model;

import java.util.Arrays;
import java.util.Optional;

/** How much work a recommended action takes. */
public enum Effort {
    LOW("low"), MEDIUM("medium"), HIGH("high");

    private final String key;

    Effort(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Effort> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
