package org.odmaturity.questionnaire.load;

import java.util.List;

import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * The outcome of reading one questionnaire file: either a questionnaire (no errors) or the errors found; and, either
 * way, the warnings: what loads but is surely not what the author meant (a recommendation no plan can ever show).
 *
 * @param questionnaire the definition, or null when there are errors
 * @param errors        the first {@link ParserLimits#MAX_REPORTED_ERRORS} errors found, in document order; empty
 *                      when the file is valid
 * @param contentHash   SHA-256 (hex) of the parsed content, independent of comments and layout; null when the file
 *                      could not be parsed as YAML
 * @param errorCount    how many errors were found in all (more than {@code errors} holds when the file has more than
 *                      {@link ParserLimits#MAX_REPORTED_ERRORS})
 * @param warnings      the first {@link ParserLimits#MAX_REPORTED_ERRORS} warnings, in document order; they never stop
 *                      a file from loading
 */
public record ParseResult(Questionnaire questionnaire, List<LoadError> errors, String contentHash, int errorCount,
        List<LoadError> warnings) {

    public ParseResult {
        errors = List.copyOf(errors);
        errorCount = Math.max(errorCount, errors.size());
        warnings = List.copyOf(warnings);
    }

    public ParseResult(Questionnaire questionnaire, List<LoadError> errors, String contentHash) {
        this(questionnaire, errors, contentHash, errors.size(), List.of());
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
