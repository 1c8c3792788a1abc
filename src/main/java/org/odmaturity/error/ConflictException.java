package org.odmaturity.error;

/** The request conflicts with the current state (409): a duplicate, or an edit made meanwhile by someone else. */
public class ConflictException extends RuntimeException {

    private final String field;
    private final Object current;

    public ConflictException(String field, String detail) {
        this(field, detail, null);
    }

    /** @param current what the client should see now (e.g. the answers changed meanwhile), or null */
    public ConflictException(String field, String detail, Object current) {
        super(detail, null, false, false);
        this.field = field;
        this.current = current;
    }

    public String field() {
        return field;
    }

    public Object current() {
        return current;
    }
}
