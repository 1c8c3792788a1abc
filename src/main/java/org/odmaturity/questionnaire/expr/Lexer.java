package org.odmaturity.questionnaire.expr;

import java.math.BigDecimal;
import java.util.Set;

/** Splits a condition into tokens, one at a time, so that the first error in reading order is the one reported. */
final class Lexer {

    enum Kind {
        NUMBER, STRING, IDENTIFIER,
        AND, OR, NOT, IN, TRUE, FALSE, NULL,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA,
        EQ, NE, LT, LE, GT, GE,
        END
    }

    /**
     * One token. {@code text} is the source text (for strings: the unescaped content); {@code number} is set for
     * numbers only.
     */
    record Token(Kind kind, int position, String text, BigDecimal number) {

        /** How the token is named in error messages ("found ..."). */
        String describe() {
            switch (kind) {
                case END:
                    return "end of input";
                case IDENTIFIER:
                    return "identifier '" + text + "'";
                case NUMBER:
                    return "number " + text;
                case STRING:
                    return "string " + Printer.quote(text.length() > 30 ? text.substring(0, 27) + "..." : text);
                default:
                    return "'" + text + "'";
            }
        }
    }

    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "true", "false", "null");

    private final String source;
    private int pos;

    Lexer(String source) {
        this.source = source;
    }

    static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '.';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a letter, digit or '_' (the characters allowed on both sides of a '-' inside an identifier). */
    static boolean isWordChar(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    /**
     * Whether the '-' at {@code at} of {@code text} belongs to an identifier: it stands between two letters, digits
     * or '_' ({@code non-publie}, {@code q-1}), never first, last, next to a '.' or to another '-'. Any other '-'
     * is read as the sign of a number (or reported: there is no arithmetic).
     */
    static boolean isInnerDash(CharSequence text, int at) {
        return text.charAt(at) == '-' && at > 0 && at + 1 < text.length()
                && isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at + 1));
    }

    /**
     * Whether {@code text} is one identifier token: {@code [A-Za-z_][A-Za-z0-9_.]*}, where a '-' may also stand
     * between two letters, digits or '_'.
     */
    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !isIdentifierStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isIdentifierPart(text.charAt(i)) && !isInnerDash(text, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isKeyword(String text) {
        return KEYWORDS.contains(text);
    }

    Token next() {
        while (pos < source.length() && isSpace(source.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= source.length()) {
            return new Token(Kind.END, start, "", null);
        }
        char c = source.charAt(pos);
        if (isIdentifierStart(c)) {
            return identifier(start);
        }
        if (isDigit(c) || c == '-') {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        char following = pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
        switch (c) {
            case '(':
                return punct(Kind.LPAREN, 1);
            case ')':
                return punct(Kind.RPAREN, 1);
            case '[':
                return punct(Kind.LBRACKET, 1);
            case ']':
                return punct(Kind.RBRACKET, 1);
            case ',':
                return punct(Kind.COMMA, 1);
            case '<':
                return following == '=' ? punct(Kind.LE, 2) : punct(Kind.LT, 1);
            case '>':
                return following == '=' ? punct(Kind.GE, 2) : punct(Kind.GT, 1);
            case '=':
                if (following == '=') {
                    return punct(Kind.EQ, 2);
                }
                throw new ExprSyntaxException("'=' is not an operator; use '==' to compare", start);
            case '!':
                if (following == '=') {
                    return punct(Kind.NE, 2);
                }
                throw new ExprSyntaxException("'!' is not supported; use 'not'", start);
            case '&':
                throw new ExprSyntaxException("'" + (following == '&' ? "&&" : "&") + "' is not supported; use 'and'",
                        start);
            case '|':
                throw new ExprSyntaxException("'" + (following == '|' ? "||" : "|") + "' is not supported; use 'or'",
                        start);
            default:
                throw new ExprSyntaxException("unexpected character " + describeChar(start), start);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private Token punct(Kind kind, int length) {
        int start = pos;
        pos += length;
        return new Token(kind, start, source.substring(start, pos), null);
    }

    private Token identifier(int start) {
        while (pos < source.length() && (isIdentifierPart(source.charAt(pos)) || isInnerDash(source, pos))) {
            pos++;
        }
        String text = source.substring(start, pos);
        Kind kind;
        switch (text) {
            case "and": kind = Kind.AND; break;
            case "or": kind = Kind.OR; break;
            case "not": kind = Kind.NOT; break;
            case "in": kind = Kind.IN; break;
            case "true": kind = Kind.TRUE; break;
            case "false": kind = Kind.FALSE; break;
            case "null": kind = Kind.NULL; break;
            default: kind = Kind.IDENTIFIER; break;
        }
        return new Token(kind, start, text, null);
    }

    private Token number(int start) {
        if (source.charAt(pos) == '-') {
            if (start > 0 && isIdentifierPart(source.charAt(start - 1))) {
                throw new ExprSyntaxException("'-' cannot be used here: in a question id a '-' stands between two"
                        + " letters, digits or '_', and arithmetic is not supported", start);
            }
            pos++;
            if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                throw new ExprSyntaxException(
                        "'-' must be directly followed by the digits of a number (arithmetic is not supported)", start);
            }
        }
        skipDigits();
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                throw new ExprSyntaxException("expected a digit after '.' in number '"
                        + source.substring(start, pos) + "'", pos);
            }
            skipDigits();
        }
        if (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
            while (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
                pos++;
            }
            throw new ExprSyntaxException("invalid number '" + source.substring(start, pos)
                    + "' (question ids cannot start with a digit)", start);
        }
        String text = source.substring(start, pos);
        return new Token(Kind.NUMBER, start, text, new BigDecimal(text));
    }

    private void skipDigits() {
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
    }

    private Token string(int start, char quote) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= source.length()) {
                throw new ExprSyntaxException("unterminated string: missing closing " + quote, start);
            }
            char c = source.charAt(pos);
            if (c == quote) {
                pos++;
                return new Token(Kind.STRING, start, value.toString(), null);
            }
            if (c == '\\') {
                char escaped = pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
                if (escaped != '\\' && escaped != '\'' && escaped != '"') {
                    if (pos + 1 >= source.length()) {
                        throw new ExprSyntaxException("unterminated string: missing closing " + quote, start);
                    }
                    throw new ExprSyntaxException("invalid escape " + describeEscape(pos + 1)
                            + " in string; only \\\\, \\' and \\\" are allowed", pos);
                }
                value.append(escaped);
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    /** The escape sequence ending at {@code at}, as in {@code '\n'}, or {@code '\' followed by U+0009}. */
    private String describeEscape(int at) {
        int cp = source.codePointAt(at);
        if (cp > ' ' && cp < 0x7f) {
            return "'\\" + (char) cp + "'";
        }
        return "'\\' followed by " + String.format("U+%04X", cp);
    }

    private String describeChar(int at) {
        int cp = source.codePointAt(at);
        if (cp > ' ' && cp < 0x7f) {
            return "'" + (char) cp + "'";
        }
        return String.format("U+%04X", cp);
    }
}
