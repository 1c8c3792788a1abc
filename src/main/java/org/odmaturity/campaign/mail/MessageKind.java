package org.odmaturity.campaign.mail;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a campaign email is: the first invitation to answer, or a reminder before the deadline. */
public enum MessageKind {
    INVITATION("invitation"), REMINDER("reminder");

    private final String key;

    MessageKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static MessageKind fromKey(String key) {
        for (MessageKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + key + "' (known: invitation, reminder)");
    }
}
