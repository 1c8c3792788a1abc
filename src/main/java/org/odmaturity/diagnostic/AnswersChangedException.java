package org.odmaturity.diagnostic;

import java.util.List;
import java.util.Map;

import org.odmaturity.error.ConflictException;

/**
 * Answers of a batch were changed meanwhile by someone else (409, nothing applied): the questions concerned, and for
 * the API each one's current revision and state.
 */
public class AnswersChangedException extends ConflictException {

    private final transient List<String> questions;

    AnswersChangedException(List<String> questions, List<Map<String, Object>> current) {
        super("answers", questions.size() + " answer(s) were changed meanwhile by someone else; nothing was applied. "
                + "Review them and send again with the current revision.", current);
        this.questions = List.copyOf(questions);
    }

    /** The ids of the questions changed meanwhile, in the batch's order. */
    public List<String> questions() {
        return questions;
    }
}
