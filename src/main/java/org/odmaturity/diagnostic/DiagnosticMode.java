package org.odmaturity.diagnostic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the questionnaire is filled: by the organisation alone, or by a facilitator during an interview. */
public enum DiagnosticMode {
    SELF_ASSESSMENT("self-assessment"), INTERVIEW("interview");

    private final String key;

    DiagnosticMode(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static DiagnosticMode fromKey(String key) {
        for (DiagnosticMode mode : values()) {
            if (mode.key.equals(key)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + key + "' (known: self-assessment, interview)");
    }
}
