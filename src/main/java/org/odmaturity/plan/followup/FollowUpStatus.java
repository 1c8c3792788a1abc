package org.odmaturity.plan.followup;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an action of a validated plan stands: to do (also an action nobody followed up yet), in progress, done, abandoned. */
public enum FollowUpStatus {
    TODO("todo"), IN_PROGRESS("in_progress"), DONE("done"), ABANDONED("abandoned");

    private final String key;

    FollowUpStatus(String key) {
        this.key = key;
    }

    /** The key of the API and of the forms. */
    @JsonValue
    public String key() {
        return key;
    }

    public static Optional<FollowUpStatus> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
