package org.odmaturity.questionnaire.load;

/**
 * Limits that make a hostile file harmless.
 *
 * @param maxBytes   largest accepted file
 * @param maxAliases most aliases ({@code *anchor}) in one file
 * @param maxNodes   most nodes in the document once aliases are expanded
 * @param maxDepth   deepest nesting of mappings and sequences
 */
public record ParserLimits(int maxBytes, int maxAliases, int maxNodes, int maxDepth) {

    /** Most errors reported for one file: the others are counted only ({@link ParseResult#errorCount()}). */
    public static final int MAX_REPORTED_ERRORS = 100;

    public static final ParserLimits DEFAULT = new ParserLimits(1024 * 1024, 50, 100_000, 40);
}
