package org.odmaturity.error;

/**
 * A parameter, form field or path of the request holds text that cannot be stored (a NUL character, a lone
 * surrogate): 400 naming it, or the "invalid request" page for a browser on a page. Nothing runs further.
 */
public class UnstorableTextException extends RuntimeException {

    private final String field;

    public UnstorableTextException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The parameter or form field (or {@code path}) that holds it. */
    public String field() {
        return field;
    }
}
