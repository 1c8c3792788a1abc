package org.odmaturity.error;

import java.util.List;

/**
 * The request is well-formed but its content is invalid (422): each entry of {@code errors} names what is wrong and
 * where (a field, an answer, a line of a file).
 */
public class InvalidInputException extends RuntimeException {

    private final String slug;
    private final String title;
    private final List<?> errors;
    private final Integer errorCount;
    private final List<?> warnings;

    public InvalidInputException(String slug, String title, String detail, List<?> errors) {
        this(slug, title, detail, errors, null);
    }

    /** With {@code errorCount}, the number of problems in all, when {@code errors} lists only the first ones. */
    public InvalidInputException(String slug, String title, String detail, List<?> errors, Integer errorCount) {
        this(slug, title, detail, errors, errorCount, List.of());
    }

    /** With {@code warnings}: what is not an error but surely not meant, listed beside the errors (never null). */
    public InvalidInputException(String slug, String title, String detail, List<?> errors, Integer errorCount,
            List<?> warnings) {
        super(detail, null, false, false);
        this.warnings = List.copyOf(warnings);
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    /** How many problems there are in all when {@link #errors()} holds only the first ones; null otherwise. */
    public Integer errorCount() {
        return errorCount;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<?> errors() {
        return errors;
    }

    /** Warnings to list beside the errors; empty when there are none. */
    public List<?> warnings() {
        return warnings;
    }
}
