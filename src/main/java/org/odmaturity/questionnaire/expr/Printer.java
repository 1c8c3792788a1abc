package org.odmaturity.questionnaire.expr;

import java.util.Iterator;

/**
 * Prints expressions in canonical form: single spaces around operators, single-quoted strings, plain numbers, and
 * parentheses only where precedence or associativity requires them (and/or are left-associative).
 */
final class Printer {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int ATOM = 5;

    private Printer() {
    }

    static String print(Expr expr) {
        StringBuilder out = new StringBuilder();
        print(expr, out);
        return out.toString();
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Or) {
            return OR;
        }
        if (expr instanceof Expr.And) {
            return AND;
        }
        if (expr instanceof Expr.Not) {
            return NOT;
        }
        if (expr instanceof Expr.Compare || expr instanceof Expr.In) {
            return COMPARISON;
        }
        return ATOM;
    }

    /** Prints {@code expr}, in parentheses unless its precedence is at least {@code min}. */
    private static void print(Expr expr, int min, StringBuilder out) {
        if (precedence(expr) < min) {
            out.append('(');
            print(expr, out);
            out.append(')');
        } else {
            print(expr, out);
        }
    }

    private static void print(Expr expr, StringBuilder out) {
        if (expr instanceof Expr.Or e) {
            print(e.left(), OR, out);
            out.append(" or ");
            print(e.right(), OR + 1, out);
        } else if (expr instanceof Expr.And e) {
            print(e.left(), AND, out);
            out.append(" and ");
            print(e.right(), AND + 1, out);
        } else if (expr instanceof Expr.Not e) {
            out.append("not ");
            print(e.operand(), NOT, out);
        } else if (expr instanceof Expr.Compare e) {
            print(e.left(), ATOM, out);
            out.append(' ').append(e.op().symbol()).append(' ');
            print(e.right(), ATOM, out);
        } else if (expr instanceof Expr.In e) {
            print(e.operand(), ATOM, out);
            out.append(e.negated() ? " not in [" : " in [");
            for (Iterator<Expr.Literal> it = e.values().iterator(); it.hasNext(); ) {
                print(it.next(), out);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (expr instanceof Expr.Answered e) {
            out.append("answered(").append(e.question().questionId()).append(')');
        } else if (expr instanceof Expr.Selected e) {
            out.append("selected(").append(e.question().questionId()).append(", ");
            quote(e.option().value(), out);
            out.append(')');
        } else if (expr instanceof Expr.Count e) {
            out.append("count(").append(e.question().questionId()).append(')');
        } else if (expr instanceof Expr.QuestionRef e) {
            out.append(e.questionId());
        } else if (expr instanceof Expr.NumberLiteral e) {
            out.append(e.value().toPlainString());
        } else if (expr instanceof Expr.StringLiteral e) {
            quote(e.value(), out);
        } else if (expr instanceof Expr.BooleanLiteral e) {
            out.append(e.value());
        } else {
            throw new AssertionError(expr.getClass());
        }
    }

    /** Appends {@code text} in single quotes, escaping backslashes and single quotes. */
    static void quote(String text, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('\'');
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return out.toString();
    }
}
