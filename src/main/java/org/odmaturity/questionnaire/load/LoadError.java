package org.odmaturity.questionnaire.load;

/**
 * One problem found in a questionnaire file.
 *
 * @param file    the file name
 * @param line    1-based line
 * @param column  1-based column
 * @param path    where in the document, e.g. {@code axes[1].themes[0].questions[3].options}; empty for the whole file
 * @param message what is wrong, in plain words
 */
public record LoadError(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
