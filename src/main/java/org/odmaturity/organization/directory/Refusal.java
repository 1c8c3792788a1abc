package org.odmaturity.organization.directory;

/** Why a line of a directory file is refused (the API writes the code, the pages their own words). */
public enum Refusal {
    /** A required cell (SIREN, name, type) is empty. */
    MISSING_VALUE,
    /** A cell breaks the rule of its column (the SIREN's check digit, a département code, an email address…). */
    INVALID_VALUE,
    /** The same SIREN appears on an earlier line of the file. */
    DUPLICATE_SIREN,
    /** The line is longer than {@link DirectoryFile#MAX_LINE_CHARS} characters. */
    LINE_TOO_LONG,
    /** The line has more or fewer cells than the header. */
    WRONG_CELL_COUNT,
    /** A cell holds text that cannot be stored (a NUL character, a lone surrogate). */
    UNSTORABLE_TEXT,
    /** The CSV is broken from this line on (a quote opened and never closed): the rest of the file is not read. */
    MALFORMED_CSV
}
