package org.odmaturity.questionnaire.expr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExprParserTest {

    // ------------------------------------------------------------------ canonical form

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of("a", "a"),
                Arguments.of("  a   ==   'x'  ", "a == 'x'"),
                Arguments.of("a\n==\t'x'\r\n", "a == 'x'"),
                Arguments.of("a==\"x\"", "a == 'x'"),
                Arguments.of("a == \"it's\"", "a == 'it\\'s'"),
                Arguments.of("a == 'it\\'s'", "a == 'it\\'s'"),
                Arguments.of("a == 'back\\\\slash'", "a == 'back\\\\slash'"),
                Arguments.of("a == \"say \\\"hi\\\"\"", "a == 'say \"hi\"'"),
                Arguments.of("a == 'say \\\"hi\\\"'", "a == 'say \"hi\"'"),
                Arguments.of("a == ''", "a == ''"),
                Arguments.of("a == 'été ✓'", "a == 'été ✓'"),
                Arguments.of("n == 2.50", "n == 2.50"),
                Arguments.of("n > -0.5", "n > -0.5"),
                Arguments.of("n == 007", "n == 7"),
                Arguments.of("n!=3", "n != 3"),
                Arguments.of("a <= 1 and a >= 0 and a > -1 and a < 2", "a <= 1 and a >= 0 and a > -1 and a < 2"),
                Arguments.of("a or b or c", "a or b or c"),
                Arguments.of("(a or b) or c", "a or b or c"),
                Arguments.of("a or (b or c)", "a or (b or c)"),
                Arguments.of("a and b and c", "a and b and c"),
                Arguments.of("a and (b and c)", "a and (b and c)"),
                Arguments.of("a and b or c", "a and b or c"),
                Arguments.of("a or b and c", "a or b and c"),
                Arguments.of("(a or b) and c", "(a or b) and c"),
                Arguments.of("a and (b or c)", "a and (b or c)"),
                Arguments.of("(a and b) or c", "a and b or c"),
                Arguments.of("not a and b", "not a and b"),
                Arguments.of("not (a and b)", "not (a and b)"),
                Arguments.of("not (a or b)", "not (a or b)"),
                Arguments.of("not not a", "not not a"),
                Arguments.of("not (not a)", "not not a"),
                Arguments.of("not a == 'x'", "not a == 'x'"),
                Arguments.of("not (a == 'x')", "not a == 'x'"),
                Arguments.of("(not a) == true", "(not a) == true"),
                Arguments.of("(a == 'x') == (b == 'y')", "(a == 'x') == (b == 'y')"),
                Arguments.of("((((a))))", "a"),
                Arguments.of("a in [ 'x' ,'y' ]", "a in ['x', 'y']"),
                Arguments.of("a not   in [1,-2.5,true]", "a not in [1, -2.5, true]"),
                Arguments.of("not a in ['x']", "not a in ['x']"),
                Arguments.of("(a in ['x']) == false", "(a in ['x']) == false"),
                Arguments.of("count(m) in [1, 2]", "count(m) in [1, 2]"),
                Arguments.of("answered( a )", "answered(a)"),
                Arguments.of("selected(m,\"x\")", "selected(m, 'x')"),
                Arguments.of("count(m)>=2", "count(m) >= 2"),
                Arguments.of("count == 1", "count == 1"),
                Arguments.of("answered and selected", "answered and selected"),
                Arguments.of("q.1_b == true", "q.1_b == true"),
                Arguments.of("_x.y.", "_x.y."),
                Arguments.of("andy or ore or nothing or int", "andy or ore or nothing or int"),
                Arguments.of("true", "true"),
                Arguments.of("false or true", "false or true"),
                Arguments.of("'x' == a", "'x' == a"),
                Arguments.of("non-publie==true", "non-publie == true"),
                Arguments.of("answered(q-1)", "answered(q-1)"),
                Arguments.of("a-b.c_d-2 >=-2", "a-b.c_d-2 >= -2"),
                Arguments.of("count(q-x)>=-1", "count(q-x) >= -1"),
                Arguments.of("q-1 in [-1,-2]", "q-1 in [-1, -2]"),
                Arguments.of("x >= -2", "x >= -2"),
                Arguments.of("count(q) >= -1", "count(q) >= -1"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("canonicalForms")
    void printsCanonicalForm(String source, String canonical) {
        Expr expr = ExprParser.parse(source);
        assertEquals(canonical, expr.toString());
        Expr again = ExprParser.parse(canonical);
        assertEquals(ExprTestSupport.withoutPositions(expr), ExprTestSupport.withoutPositions(again));
    }

    // ------------------------------------------------------------------ tree shape and positions

    private static Expr.QuestionRef ref(String id) {
        return new Expr.QuestionRef(0, id);
    }

    private static Expr.StringLiteral str(String value) {
        return new Expr.StringLiteral(0, value);
    }

    private static Expr.NumberLiteral num(String value) {
        return new Expr.NumberLiteral(0, new BigDecimal(value));
    }

    private static void assertTree(Expr expected, String source) {
        assertEquals(expected, ExprTestSupport.withoutPositions(ExprParser.parse(source)), source);
    }

    @Test
    void precedenceAndAssociativity() {
        assertAll(
                () -> assertTree(new Expr.Or(0, ref("a"), new Expr.And(0, ref("b"), ref("c"))), "a or b and c"),
                () -> assertTree(new Expr.Or(0, new Expr.And(0, ref("a"), ref("b")), ref("c")), "a and b or c"),
                () -> assertTree(new Expr.And(0, new Expr.And(0, ref("a"), ref("b")), ref("c")), "a and b and c"),
                () -> assertTree(new Expr.Or(0, new Expr.Or(0, ref("a"), ref("b")), ref("c")), "a or b or c"),
                () -> assertTree(new Expr.And(0, new Expr.Not(0, ref("a")), ref("b")), "not a and b"),
                () -> assertTree(new Expr.Or(0, new Expr.Not(0, ref("a")), ref("b")), "not a or b"),
                () -> assertTree(new Expr.Not(0, new Expr.Compare(0, ref("a"), Expr.Op.EQ, str("x"))),
                        "not a == 'x'"),
                () -> assertTree(new Expr.Not(0, new Expr.In(0, ref("a"), true, List.of(str("x")))),
                        "not a not in ['x']"),
                () -> assertTree(new Expr.And(0,
                        new Expr.Compare(0, new Expr.Count(0, ref("m")), Expr.Op.GE, num("2")),
                        new Expr.Selected(0, ref("m"), str("x"))), "count(m) >= 2 and selected(m, 'x')"));
    }

    @Test
    void recordsPositions() {
        //                                  0         1         2
        //                                  0123456789012345678901234567
        Expr expr = ExprParser.parse("a == 'x' or not b in [1, 2]");
        Expr expected = new Expr.Or(9,
                new Expr.Compare(2, new Expr.QuestionRef(0, "a"), Expr.Op.EQ, new Expr.StringLiteral(5, "x")),
                new Expr.Not(12, new Expr.In(18, new Expr.QuestionRef(16, "b"), false,
                        List.of(new Expr.NumberLiteral(22, BigDecimal.ONE),
                                new Expr.NumberLiteral(25, BigDecimal.valueOf(2))))));
        assertEquals(expected, expr);

        //                                   0         1         2         3
        //                                   0123456789012345678901234567890123456
        Expr calls = ExprParser.parse(" answered(q) and selected(m, 'o')");
        assertEquals(new Expr.And(13,
                new Expr.Answered(1, new Expr.QuestionRef(10, "q")),
                new Expr.Selected(17, new Expr.QuestionRef(26, "m"), new Expr.StringLiteral(29, "o"))), calls);

        Expr notIn = ExprParser.parse("a not in [-3]");
        assertEquals(new Expr.In(2, new Expr.QuestionRef(0, "a"), true,
                List.of(new Expr.NumberLiteral(10, BigDecimal.valueOf(-3)))), notIn);
    }

    @Test
    void referencesListsQuestionIdsOnceInSourceOrder() {
        Expr expr = ExprParser.parse(
                "d == 'x' or answered(b) and selected(c, 'o') or count(d) > 1 or a in [1] or not e or 'a' == f");
        assertEquals(List.of("d", "b", "c", "a", "e", "f"), List.copyOf(expr.references()));
        assertEquals(List.of(), List.copyOf(ExprParser.parse("true or 1 == 2").references()));
    }

    @Test
    void nodesRejectInvalidContent() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "and")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "a-")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "a--b")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "a.-b")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "a-.b")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "-a")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.QuestionRef(0, "1a")),
                () -> assertThrows(IllegalArgumentException.class, () -> new Expr.In(0, ref("a"), false, List.of())),
                () -> assertThrows(NullPointerException.class, () -> new Expr.Not(0, null)),
                () -> assertThrows(NullPointerException.class, () -> ExprParser.parse(null)));
    }

    // ------------------------------------------------------------------ errors

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("", 0, "the condition is empty"),
                Arguments.of("   ", 0, "the condition is empty"),
                Arguments.of("(a", 2, "expected ')' but found end of input"),
                Arguments.of("(a == 'x' b)", 10, "expected ')' but found identifier 'b'"),
                Arguments.of("a ==", 4, "expected a question id, a value, a function call or '(' but found end of input"),
                Arguments.of(")", 0, "expected a question id, a value, a function call or '(' but found ')'"),
                Arguments.of("not", 3, "expected a question id, a value, a function call or '(' but found end of input"),
                Arguments.of("a == not b", 5, "expected a question id, a value, a function call or '(' but found 'not'"),
                Arguments.of("a and or b", 6, "expected a question id, a value, a function call or '(' but found 'or'"),
                Arguments.of("a b", 2, "expected an operator or end of input but found identifier 'b'"),
                Arguments.of("(a))", 3, "expected an operator or end of input but found ')'"),
                Arguments.of("a == 'x' b", 9, "expected 'and', 'or' or end of input but found identifier 'b'"),
                Arguments.of("a == 'x')", 8, "expected 'and', 'or' or end of input but found ')'"),
                Arguments.of("a AND b", 2,
                        "expected an operator or end of input but found identifier 'AND' (keywords are lowercase: 'and')"),
                Arguments.of("a < b < c", 6, "comparisons cannot be chained; combine them with 'and' (found '<')"),
                Arguments.of("a == b in ['x']", 7, "comparisons cannot be chained; combine them with 'and' (found 'in')"),
                Arguments.of("a in [1] == true", 9, "comparisons cannot be chained; combine them with 'and' (found '==')"),
                Arguments.of("a && b", 2, "'&&' is not supported; use 'and'"),
                Arguments.of("a || b", 2, "'||' is not supported; use 'or'"),
                Arguments.of("a & b", 2, "'&' is not supported; use 'and'"),
                Arguments.of("a | b", 2, "'|' is not supported; use 'or'"),
                Arguments.of("!a", 0, "'!' is not supported; use 'not'"),
                Arguments.of("a = 'x'", 2, "'=' is not an operator; use '==' to compare"),
                Arguments.of("a == null", 5,
                        "'null' is not supported; use answered(q) or not answered(q) to test whether q has an answer"),
                Arguments.of("a in [null]", 6,
                        "'null' is not supported; use answered(q) or not answered(q) to test whether q has an answer"),
                Arguments.of("foo(a)", 0, "unknown function 'foo' (known: answered, selected, count)"),
                Arguments.of("a == Count(m)", 5, "unknown function 'Count' (known: answered, selected, count)"),
                Arguments.of("answered('a')", 9,
                        "expected a question id as argument of answered() but found string 'a'"
                                + " (question ids are written without quotes)"),
                Arguments.of("answered()", 9, "expected a question id as argument of answered() but found ')'"),
                Arguments.of("count(3) > 1", 6, "expected a question id as argument of count() but found number 3"),
                Arguments.of("answered(a, b)", 10, "answered() takes exactly one argument: a question id"),
                Arguments.of("count(a b)", 8, "expected ')' but found identifier 'b'"),
                Arguments.of("answered(count(a))", 9,
                        "the argument of answered() must be a question id, not a function call"),
                Arguments.of("selected(a)", 10,
                        "expected ',' and an option id after the question id in selected() but found ')'"),
                Arguments.of("selected(a, b)", 12,
                        "expected an option id string as second argument of selected() but found identifier 'b'"
                                + " (option ids are written in quotes: 'b')"),
                Arguments.of("selected(a, 1)", 12,
                        "expected an option id string as second argument of selected() but found number 1"),
                Arguments.of("selected(a, 'b', 'c')", 15,
                        "selected() takes exactly two arguments: a question id and an option id"),
                Arguments.of("selected(a, 'b'", 15, "expected ')' but found end of input"),
                Arguments.of("a in 'x'", 5, "expected a list such as ['a', 'b'] after 'in' but found string 'x'"),
                Arguments.of("a in []", 6, "empty list: write at least one value between '[' and ']'"),
                Arguments.of("a in ['x'", 9, "expected ',' or ']' but found end of input"),
                Arguments.of("a in ['x' 'y']", 10, "expected ',' or ']' but found string 'y'"),
                Arguments.of("a in ['x',]", 10, "expected a number, a string, true or false in the list but found ']'"),
                Arguments.of("a in [b]", 6, "expected a number, a string, true or false in the list"
                        + " but found identifier 'b' (option ids are written in quotes: 'b')"),
                Arguments.of("a in [(1)]", 6, "expected a number, a string, true or false in the list but found '('"),
                Arguments.of("a not 'x'", 6, "expected 'in' after 'not' but found string 'x'"),
                Arguments.of("a == 'x", 5, "unterminated string: missing closing '"),
                Arguments.of("a == \"x'", 5, "unterminated string: missing closing \""),
                Arguments.of("a == 'x\\", 5, "unterminated string: missing closing '"),
                Arguments.of("a == 'x\\n'", 7, "invalid escape '\\n' in string; only \\\\, \\' and \\\" are allowed"),
                Arguments.of("a == 'x\\\ty'", 7,
                        "invalid escape '\\' followed by U+0009 in string; only \\\\, \\' and \\\" are allowed"),
                Arguments.of("a # b", 2, "unexpected character '#'"),
                Arguments.of("a == \u00a0'x'", 5, "unexpected character U+00A0"),
                Arguments.of("a == \uD83D\uDE00", 5, "unexpected character U+1F600"),
                Arguments.of("a == 1.", 7, "expected a digit after '.' in number '1.'"),
                Arguments.of("a == .5", 5, "unexpected character '.'"),
                Arguments.of("a == 12ab", 5, "invalid number '12ab' (question ids cannot start with a digit)"),
                Arguments.of("a == 1.5.2", 5, "invalid number '1.5.2' (question ids cannot start with a digit)"),
                Arguments.of("a == - 1", 5,
                        "'-' must be directly followed by the digits of a number (arithmetic is not supported)"),
                Arguments.of("a- b == 1", 1, DASH),
                Arguments.of("a == b-", 6, DASH),
                Arguments.of("a--b == 1", 1, DASH),
                Arguments.of("a.-b == 1", 2, DASH),
                Arguments.of("a-.b == 1", 1, DASH),
                Arguments.of("n == 1-2", 6, DASH),
                Arguments.of("count(q)-1 == 1", 8, "expected an operator or end of input but found number -1"),
                Arguments.of("a - b == 1", 2,
                        "'-' must be directly followed by the digits of a number (arithmetic is not supported)"),
                Arguments.of("n >-1 or", 8,
                        "expected a question id, a value, a function call or '(' but found end of input"));
    }

    private static final String DASH = "'-' cannot be used here: in a question id a '-' stands between two letters,"
            + " digits or '_', and arithmetic is not supported";

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("syntaxErrors")
    void reportsSyntaxErrors(String source, int position, String message) {
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(source));
        assertEquals(message, e.getMessage(), source);
        assertEquals(position, e.position(), source);
    }

    // ------------------------------------------------------------------ limits

    @Test
    void acceptsConditionsOfMaximumLength() {
        StringBuilder source = new StringBuilder("q0 == 1");
        for (int i = 1; source.length() + 12 <= ExprParser.MAX_LENGTH; i++) {
            source.append(" or q").append(i % 10).append(" == ").append(i % 7);
        }
        while (source.length() < ExprParser.MAX_LENGTH) {
            source.append(' ');
        }
        assertEquals(ExprParser.MAX_LENGTH, source.length());
        Expr expr = ExprParser.parse(source.toString());
        assertEquals(source.toString().strip(), expr.toString());
        assertEquals(10, expr.references().size());
        assertEquals(true, expr.test(id -> BigDecimal.valueOf(6)));
        assertEquals(false, expr.test(id -> null));
    }

    @Test
    void rejectsConditionsLongerThanTheMaximum() {
        String source = "a" + " ".repeat(ExprParser.MAX_LENGTH);
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(source));
        assertEquals("condition is too long: 2001 characters (at most 2000)", e.getMessage());
        assertEquals(2000, e.position());
    }

    @Test
    void acceptsNestingUpToTheMaximumDepth() {
        int max = ExprParser.MAX_DEPTH;
        assertEquals("a", ExprParser.parse("(".repeat(max) + "a" + ")".repeat(max)).toString());
        assertEquals("not ".repeat(max) + "a", ExprParser.parse("not ".repeat(max) + "a").toString());
        assertEquals("not not a", ExprParser.parse("not (not (a))").toString());
        String mixed = "(not ".repeat(max / 2) + "a" + ")".repeat(max / 2);
        ExprParser.parse(mixed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "parens     | 32",
        "nots       | 128",
        "mixed      | 80",
        "very-deep  | 32"})
    void rejectsNestingBeyondTheMaximumDepth(String kind, int position) {
        int max = ExprParser.MAX_DEPTH;
        String source;
        switch (kind) {
            case "parens":
                source = "(".repeat(max + 1) + "a" + ")".repeat(max + 1);
                break;
            case "nots":
                source = "not ".repeat(max + 1) + "a";
                break;
            case "mixed":
                source = "(not ".repeat(max / 2 + 1) + "a" + ")".repeat(max / 2 + 1);
                break;
            default:
                source = "(".repeat(ExprParser.MAX_LENGTH - 1) + "a";
                break;
        }
        ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> ExprParser.parse(source));
        assertEquals("condition is nested too deeply (more than 32 levels of parentheses and 'not')", e.getMessage());
        assertEquals(position, e.position());
    }

    @Test
    void longChainsDoNotOverflowTheStack() {
        String source = "a" + " and a".repeat((ExprParser.MAX_LENGTH - 1) / 6);
        Expr expr = ExprParser.parse(source);
        assertEquals(source, expr.toString());
        assertEquals(true, expr.test(id -> Boolean.TRUE));
        assertEquals(List.of(), ExprChecker.check(expr, java.util.Map.of("a",
                new QuestionSignature(org.odmaturity.questionnaire.model.QuestionType.YES_NO, java.util.Set.of()))));
    }
}
