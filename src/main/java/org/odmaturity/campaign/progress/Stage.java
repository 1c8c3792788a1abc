package org.odmaturity.campaign.progress;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The furthest step an enrolled organisation has reached, in order: enrolled (a diagnostic, no live link), invited (a
 * live invitation link), link used, started (an answer given), submitted, validated. An interview may be started
 * without any link: the stage is the furthest step, not a path.
 */
public enum Stage {
    ENROLLED("enrolled"), INVITED("invited"), LINK_USED("link-used"), STARTED("started"), SUBMITTED("submitted"),
    VALIDATED("validated");

    /** The accepted values of the {@code stage} filter, for its pattern and messages. */
    public static final String KEYS = "enrolled|invited|link-used|started|submitted|validated";

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public static Optional<Stage> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
