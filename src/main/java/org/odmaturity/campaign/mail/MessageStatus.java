package org.odmaturity.campaign.mail;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * QUEUED → SENDING (claimed by one instance for a lease) → SENT or FAILED (an admin may queue it again); CANCELLED when
 * the diagnostic was submitted before the email left.
 */
public enum MessageStatus {
    QUEUED, SENDING, SENT, FAILED, CANCELLED;

    @JsonValue
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<MessageStatus> fromKey(String key) {
        for (MessageStatus status : values()) {
            if (status.key().equals(key)) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
