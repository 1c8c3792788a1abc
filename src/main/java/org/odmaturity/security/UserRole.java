package org.odmaturity.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The role of an account (respondents have no account). */
public enum UserRole {
    ADMIN(Roles.ADMIN), FACILITATOR(Roles.FACILITATOR);

    private final String role;

    UserRole(String role) {
        this.role = role;
    }

    /** The security role name, also the JSON name. */
    @JsonValue
    public String role() {
        return role;
    }

    @JsonCreator
    public static UserRole fromJson(String value) {
        for (UserRole candidate : values()) {
            if (candidate.role.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown role '" + value + "' (known: admin, facilitator)");
    }
}
