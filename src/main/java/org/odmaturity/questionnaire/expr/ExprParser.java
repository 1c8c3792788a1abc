package org.odmaturity.questionnaire.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.odmaturity.questionnaire.expr.Lexer.Kind;
import org.odmaturity.questionnaire.expr.Lexer.Token;

/**
 * Parses relevance conditions: the small expression language that decides whether a question is asked, given the
 * answers already given.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * condition   = or-expr ;
 * or-expr     = and-expr { "or" and-expr } ;                      (* left-associative *)
 * and-expr    = not-expr { "and" not-expr } ;                     (* left-associative *)
 * not-expr    = "not" not-expr | comparison ;
 * comparison  = operand [ compare-op operand | [ "not" ] "in" list ] ;  (* no chaining: a &lt; b &lt; c is an error *)
 * compare-op  = "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ;
 * operand     = literal | identifier | call | "(" or-expr ")" ;
 * call        = ( "answered" | "count" ) "(" identifier ")"
 *             | "selected" "(" identifier "," string ")" ;
 * list        = "[" literal { "," literal } "]" ;                 (* at least one value *)
 * literal     = number | string | "true" | "false" ;
 *
 * identifier  = letter-or-underscore { letter-or-underscore | digit | "." } ;   (* ASCII: [A-Za-z_][A-Za-z0-9_.]* *)
 *               (* a "-" also belongs to it between two letters, digits or "_": non-publie, q-1; *)
 *               (* "a - b", "a-", "a--b", "a.-b" and "1-2" stay errors (there is no arithmetic)  *)
 * number      = [ "-" ] digit { digit } [ "." digit { digit } ] ;             (* no space after "-", no exponent *)
 * string      = "'" { char | "\'" | "\\" | "\"" } "'"
 *             | '"' { char | '\"' | "\\" | "\'" } '"' ;
 * </pre>
 *
 * <p>Precedence, lowest first: {@code or}, {@code and}, {@code not}, comparisons ({@code ==} {@code !=} {@code <}
 * {@code <=} {@code >} {@code >=} {@code in} {@code not in}). So {@code not a == 'x'} means {@code not (a == 'x')} and
 * {@code a or b and c} means {@code a or (b and c)}. Spaces, tabs and line breaks between tokens are ignored.
 *
 * <p>Keywords are lowercase and reserved: {@code and or not in true false null} ({@code null} is rejected with a hint
 * to use {@code answered}). {@code &&}, {@code ||}, {@code !} and {@code =} are rejected with a hint to use
 * {@code and}, {@code or}, {@code not} and {@code ==}. The function names {@code answered}, {@code selected} and
 * {@code count} are not reserved: followed by {@code (} they call the function, otherwise they are question ids. An
 * identifier followed by {@code (} that is not one of these is an unknown function. Inside a string, a backslash may
 * only escape a backslash, a single quote or a double quote; any other character, line breaks included, stands for
 * itself.
 *
 * <h2>Meaning</h2>
 *
 * <ul>
 * <li>An identifier is a question id; its value is the question's answer: a {@code String} (single-choice option id,
 * text), a set of option ids (multiple choice), a {@code Boolean} (yes/no), a {@code BigDecimal} (number, scale), or
 * null when the question is unanswered, "not applicable" or not relevant.</li>
 * <li>Used directly as a condition ({@code q}, {@code not q}, {@code q and r}), an identifier is true iff its value is
 * {@code true}; this is meant for yes/no questions. Any other non-boolean value used as a condition counts as false
 * (and {@link ExprChecker} reports it).</li>
 * <li>A comparison with null on either side is false: {@code q != 'a'} is false when q is unanswered, while
 * {@code not (q == 'a')} is true. Values of different kinds (string, number, boolean, set) are never equal, nor
 * unequal: the comparison is false. Numbers compare by value ({@code 2 == 2.0}). {@code <}, {@code <=}, {@code >},
 * {@code >=} only apply to numbers; on anything else they are false.</li>
 * <li>{@code x in [v1, v2]} is true iff x is not null and equals one of the values; when x is a set (multiple
 * choice), iff at least one of its elements equals one of the values. {@code x not in [...]} is the negation of
 * {@code x in [...]}, except that it is also false when x is null.</li>
 * <li>{@code answered(q)} is true iff q's value is not null.</li>
 * <li>{@code selected(q, 'o')} is true iff q is a multiple choice whose selection contains {@code o}, or a single
 * choice whose answer is {@code o}.</li>
 * <li>{@code count(q)} is a number: how many options of multiple choice q are selected (1 for an answered single
 * choice), 0 when q is null. Use it in comparisons: {@code count(q) >= 2}.</li>
 * <li>{@code and} and {@code or} short-circuit; evaluation never fails.</li>
 * </ul>
 *
 * <h2>Errors and limits</h2>
 *
 * <p>Invalid input throws {@link ExprSyntaxException} with a plain English message such as
 * {@code expected ')' but found end of input} and the 0-based character offset where the problem was detected. A
 * condition is at most {@value #MAX_LENGTH} characters long, and parentheses and {@code not} operators may be nested at
 * most {@value #MAX_DEPTH} deep.
 *
 * <p>Static checks against the questionnaire (unknown questions, options and kinds) are done by {@link ExprChecker}.
 */
public final class ExprParser {

    /** Maximum length of a condition, in characters. */
    public static final int MAX_LENGTH = 2000;

    /** Maximum nesting of parentheses and {@code not}. */
    public static final int MAX_DEPTH = 32;

    /** The function names, in the order used in messages. */
    public static final List<String> FUNCTIONS = List.of("answered", "selected", "count");

    private final Lexer lexer;
    private Token token;
    private int depth;
    /** Whether the last comparison() produced a bare operand (so comparison operators could still follow). */
    private boolean bareOperand;

    private ExprParser(String source) {
        this.lexer = new Lexer(source);
    }

    /**
     * Parses a condition.
     *
     * @throws ExprSyntaxException when the source is not a valid condition
     */
    public static Expr parse(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_LENGTH) {
            throw new ExprSyntaxException("condition is too long: " + source.length() + " characters (at most "
                    + MAX_LENGTH + ")", MAX_LENGTH);
        }
        return new ExprParser(source).condition();
    }

    private Expr condition() {
        token = lexer.next();
        if (token.kind() == Kind.END) {
            throw new ExprSyntaxException("the condition is empty", 0);
        }
        Expr expr = orExpr();
        if (token.kind() != Kind.END) {
            throw expected(bareOperand ? "an operator or end of input" : "'and', 'or' or end of input");
        }
        return expr;
    }

    private Token advance() {
        Token current = token;
        token = lexer.next();
        return current;
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw new ExprSyntaxException("condition is nested too deeply (more than " + MAX_DEPTH
                    + " levels of parentheses and 'not')", at.position());
        }
    }

    private void leave() {
        depth--;
    }

    private Expr orExpr() {
        Expr left = andExpr();
        while (token.kind() == Kind.OR) {
            int at = advance().position();
            left = new Expr.Or(at, left, andExpr());
        }
        return left;
    }

    private Expr andExpr() {
        Expr left = notExpr();
        while (token.kind() == Kind.AND) {
            int at = advance().position();
            left = new Expr.And(at, left, notExpr());
        }
        return left;
    }

    private Expr notExpr() {
        if (token.kind() != Kind.NOT) {
            return comparison();
        }
        Token not = advance();
        enter(not);
        Expr operand = notExpr();
        leave();
        return new Expr.Not(not.position(), operand);
    }

    private Expr comparison() {
        Expr left = operand();
        Expr result;
        Expr.Op op = compareOp(token.kind());
        if (op != null) {
            int at = advance().position();
            result = new Expr.Compare(at, left, op, operand());
        } else if (token.kind() == Kind.IN) {
            int at = advance().position();
            result = new Expr.In(at, left, false, list());
        } else if (token.kind() == Kind.NOT) {
            int at = advance().position();
            if (token.kind() != Kind.IN) {
                throw expected("'in' after 'not'");
            }
            advance();
            result = new Expr.In(at, left, true, list());
        } else {
            bareOperand = true;
            return left;
        }
        if (compareOp(token.kind()) != null || token.kind() == Kind.IN || token.kind() == Kind.NOT) {
            throw new ExprSyntaxException("comparisons cannot be chained; combine them with 'and' (found "
                    + token.describe() + ")", token.position());
        }
        bareOperand = false;
        return result;
    }

    private static Expr.Op compareOp(Kind kind) {
        switch (kind) {
            case EQ: return Expr.Op.EQ;
            case NE: return Expr.Op.NE;
            case LT: return Expr.Op.LT;
            case LE: return Expr.Op.LE;
            case GT: return Expr.Op.GT;
            case GE: return Expr.Op.GE;
            default: return null;
        }
    }

    private Expr operand() {
        switch (token.kind()) {
            case NUMBER:
            case STRING:
            case TRUE:
            case FALSE:
                return literal();
            case NULL:
                throw nullNotSupported();
            case IDENTIFIER: {
                Token name = advance();
                if (token.kind() == Kind.LPAREN) {
                    return call(name);
                }
                return new Expr.QuestionRef(name.position(), name.text());
            }
            case LPAREN: {
                Token open = advance();
                enter(open);
                Expr inner = orExpr();
                if (token.kind() != Kind.RPAREN) {
                    throw expected("')'");
                }
                advance();
                leave();
                return inner;
            }
            default:
                throw expected("a question id, a value, a function call or '('");
        }
    }

    private Expr.Literal literal() {
        Token t = advance();
        switch (t.kind()) {
            case NUMBER: return new Expr.NumberLiteral(t.position(), t.number());
            case STRING: return new Expr.StringLiteral(t.position(), t.text());
            case TRUE: return new Expr.BooleanLiteral(t.position(), Boolean.TRUE);
            case FALSE: return new Expr.BooleanLiteral(t.position(), Boolean.FALSE);
            default: throw new AssertionError(t);
        }
    }

    private ExprSyntaxException nullNotSupported() {
        return new ExprSyntaxException(
                "'null' is not supported; use answered(q) or not answered(q) to test whether q has an answer",
                token.position());
    }

    private Expr call(Token name) {
        String function = name.text();
        if (!FUNCTIONS.contains(function)) {
            throw new ExprSyntaxException("unknown function '" + function + "' (known: "
                    + String.join(", ", FUNCTIONS) + ")", name.position());
        }
        advance(); // '('
        Expr.QuestionRef question = questionArgument(function);
        Expr result;
        if (function.equals("selected")) {
            if (token.kind() != Kind.COMMA) {
                throw expected("',' and an option id after the question id in selected()");
            }
            advance();
            if (token.kind() != Kind.STRING) {
                String hint = token.kind() == Kind.IDENTIFIER ? " (option ids are written in quotes: '"
                        + token.text() + "')" : "";
                throw expected("an option id string as second argument of selected()", hint);
            }
            Token option = advance();
            result = new Expr.Selected(name.position(), question,
                    new Expr.StringLiteral(option.position(), option.text()));
            if (token.kind() == Kind.COMMA) {
                throw new ExprSyntaxException("selected() takes exactly two arguments: a question id and an option id",
                        token.position());
            }
        } else {
            if (token.kind() == Kind.COMMA) {
                throw new ExprSyntaxException(function + "() takes exactly one argument: a question id",
                        token.position());
            }
            result = function.equals("answered") ? new Expr.Answered(name.position(), question)
                    : new Expr.Count(name.position(), question);
        }
        if (token.kind() != Kind.RPAREN) {
            throw expected("')'");
        }
        advance();
        return result;
    }

    private Expr.QuestionRef questionArgument(String function) {
        if (token.kind() != Kind.IDENTIFIER) {
            String hint = token.kind() == Kind.STRING ? " (question ids are written without quotes)" : "";
            throw expected("a question id as argument of " + function + "()", hint);
        }
        Token id = advance();
        if (token.kind() == Kind.LPAREN) {
            throw new ExprSyntaxException("the argument of " + function
                    + "() must be a question id, not a function call", id.position());
        }
        return new Expr.QuestionRef(id.position(), id.text());
    }

    private List<Expr.Literal> list() {
        if (token.kind() != Kind.LBRACKET) {
            throw expected("a list such as ['a', 'b'] after 'in'");
        }
        advance();
        if (token.kind() == Kind.RBRACKET) {
            throw new ExprSyntaxException("empty list: write at least one value between '[' and ']'",
                    token.position());
        }
        List<Expr.Literal> values = new ArrayList<>();
        while (true) {
            switch (token.kind()) {
                case NUMBER:
                case STRING:
                case TRUE:
                case FALSE:
                    values.add(literal());
                    break;
                case NULL:
                    throw nullNotSupported();
                case IDENTIFIER:
                    throw expected("a number, a string, true or false in the list",
                            " (option ids are written in quotes: '" + token.text() + "')");
                default:
                    throw expected("a number, a string, true or false in the list");
            }
            if (token.kind() == Kind.RBRACKET) {
                advance();
                return values;
            }
            if (token.kind() != Kind.COMMA) {
                throw expected("',' or ']'");
            }
            advance();
        }
    }

    private ExprSyntaxException expected(String what) {
        return expected(what, "");
    }

    /** "expected X but found Y", with a hint when Y looks like a mis-cased keyword. */
    private ExprSyntaxException expected(String what, String hint) {
        String found = token.describe();
        if (hint.isEmpty() && token.kind() == Kind.IDENTIFIER) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (!lower.equals(token.text()) && Lexer.isKeyword(lower)) {
                hint = " (keywords are lowercase: '" + lower + "')";
            }
        }
        return new ExprSyntaxException("expected " + what + " but found " + found + hint, token.position());
    }
}
