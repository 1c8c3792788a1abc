package org.odmaturity.questionnaire.expr;

/**
 * A condition that cannot be parsed. {@link #getMessage()} is a plain English sentence naming what was expected and
 * what was found; {@link #position()} is the 0-based character offset where the problem was detected.
 */
public class ExprSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public ExprSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based character offset of the problem in the source. */
    public int position() {
        return position;
    }
}
