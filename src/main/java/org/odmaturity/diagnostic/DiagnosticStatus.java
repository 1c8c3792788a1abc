package org.odmaturity.diagnostic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** DRAFT (answers change) → SUBMITTED (frozen, awaiting validation) → VALIDATED; an admin can reopen to DRAFT. */
public enum DiagnosticStatus {
    DRAFT("draft"), SUBMITTED("submitted"), VALIDATED("validated");

    private final String key;

    DiagnosticStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static DiagnosticStatus fromKey(String key) {
        for (DiagnosticStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + key + "' (known: draft, submitted, validated)");
    }
}
