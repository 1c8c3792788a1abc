package org.odmaturity.questionnaire.load;

import java.util.List;

import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The outcome of reading one questionnaire file: either a questionnaire (no errors) or every error found.
 *
 * @param questionnaire the definition, or null when there are errors
 * @param errors        all the errors, in document order; empty when the file is valid
 * @param contentHash   SHA-256 (hex) of the parsed content, independent of comments and layout; null when the file
 *                      could not be parsed as YAML
 */
public record ParseResult(Questionnaire questionnaire, List<LoadError> errors, String contentHash) {

    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
