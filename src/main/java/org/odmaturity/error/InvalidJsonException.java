package org.odmaturity.error;

import java.util.List;

/**
 * A JSON body read by hand (kept as a tree to tell an absent field from {@code null}) that does not have the expected
 * structure: an unknown field, a value of the wrong JSON type, a required field missing. The same answer as when
 * Jackson reads a record and finds the same mistake: 400 {@code invalid-json}, each entry of {@code errors} naming the
 * field.
 */
public class InvalidJsonException extends RuntimeException {

    private final List<?> errors;

    public InvalidJsonException(String detail, List<?> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<?> errors() {
        return errors;
    }
}
