package org.odmaturity.questionnaire.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprEvaluationTest {

    /**
     * s: single choice "a"; m: multiple choice {x, y}; e: multiple choice, nothing selected; yn: yes; nn: no;
     * n: number 2.0; t: text "hello"; q: text "it's"; i: an Integer 2 (tolerated); u and anything else: unanswered.
     */
    private static final Map<String, Object> ANSWERS = new HashMap<>();

    static {
        ANSWERS.put("s", "a");
        ANSWERS.put("m", new LinkedHashSet<>(List.of("x", "y")));
        ANSWERS.put("e", Set.of());
        ANSWERS.put("yn", Boolean.TRUE);
        ANSWERS.put("nn", Boolean.FALSE);
        ANSWERS.put("n", new BigDecimal("2.0"));
        ANSWERS.put("t", "hello");
        ANSWERS.put("q", "it's");
        ANSWERS.put("i", 2);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // equality on strings, null semantics
        "s == 'a'                | true",
        "s == \"a\"              | true",
        "s == 'b'                | false",
        "s != 'b'                | true",
        "s != 'a'                | false",
        "'a' == s                | true",
        "u == 'a'                | false",
        "u != 'a'                | false",
        "not (u == 'a')          | true",
        "not u == 'a'            | true",
        "not (u != 'a')          | true",
        "u == u                  | false",
        "t == 'hello'            | true",
        "q == 'it\\'s'           | true",
        "q == \"it's\"           | true",
        // numbers
        "n == 2                  | true",
        "n == 2.00               | true",
        "n != 2                  | false",
        "n != 3                  | true",
        "n > 1.5                 | true",
        "n >= 2                  | true",
        "n < 2                   | false",
        "n <= -3                 | false",
        "-3 < n                  | true",
        "u > 1                   | false",
        "u <= 1                  | false",
        "i == 2.0                | true",
        "i > 1                   | true",
        "1 == 1.000              | true",
        // different kinds are neither equal nor unequal
        "s == 2                  | false",
        "s != 2                  | false",
        "n == '2'                | false",
        "n != '2'                | false",
        "yn == 'yes'             | false",
        "yn != 'no'              | false",
        "m == 'x'                | false",
        "m != 'x'                | false",
        "s < 'b'                 | false",
        "s >= 'a'                | false",
        "yn > false              | false",
        // yes-no and booleans
        "yn                      | true",
        "nn                      | false",
        "u                       | false",
        "not u                   | true",
        "not yn                  | false",
        "not nn                  | true",
        "yn == true              | true",
        "nn == false             | true",
        "nn != true              | true",
        "u == false              | false",
        "u != true               | false",
        "true                    | true",
        "false                   | false",
        "not false               | true",
        "(s == 'a') == true      | true",
        "(s == 'b') == false     | true",
        "(s == 'a') != (n == 2)  | false",
        // non-boolean values used as conditions are false
        "s                       | false",
        "n                       | false",
        "m                       | false",
        "'x'                     | false",
        "1                       | false",
        "count(m)                | false",
        "not s                   | true",
        // in / not in
        "s in ['a', 'b']         | true",
        "s in ['b']              | false",
        "s not in ['b']          | true",
        "s not in ['a']          | false",
        "u in ['a']              | false",
        "u not in ['a']          | false",
        "m in ['y', 'z']         | true",
        "m in ['z']              | false",
        "m not in ['z']          | true",
        "m not in ['x', 'z']     | false",
        "e in ['x']              | false",
        "e not in ['x']          | true",
        "n in [1, 2]             | true",
        "n in [2.000]            | true",
        "n not in [3, 4]         | true",
        "n in ['2']              | false",
        "yn in [true]            | true",
        "nn in [true]            | false",
        "count(m) in [2, 3]      | true",
        // functions
        "answered(s)             | true",
        "answered(u)             | false",
        "answered(e)             | true",
        "answered(nn)            | true",
        "not answered(u)         | true",
        "selected(m, 'x')        | true",
        "selected(m, 'z')        | false",
        "selected(e, 'x')        | false",
        "selected(s, 'a')        | true",
        "selected(s, 'b')        | false",
        "selected(u, 'a')        | false",
        "selected(yn, 'yes')     | false",
        "count(m) == 2           | true",
        "count(m) >= 3           | false",
        "count(e) == 0           | true",
        "count(u) == 0           | true",
        "count(s) == 1           | true",
        "count(n) == 0           | true",
        // precedence: or < and < not < comparison
        "yn or nn and nn         | true",
        "(yn or nn) and nn       | false",
        "nn and nn or yn         | true",
        "not nn and nn           | false",
        "not (nn and nn)         | true",
        "not yn or yn            | true",
        "not (yn or yn)          | false",
        "not not yn              | true",
        "s == 'a' and n > 1 or u == 'z'       | true",
        "s == 'a' and (n > 5 or u == 'z')     | false",
        "s == 'b' or not answered(u) and yn   | true",
    })
    void evaluates(String source, boolean expected) {
        Expr expr = ExprParser.parse(source);
        assertEquals(expected, expr.test(ANSWERS::get), source);
        // the canonical form means the same
        assertEquals(expected, ExprParser.parse(expr.toString()).test(ANSWERS::get), expr.toString());
    }

    @Test
    void evaluateReturnsValues() {
        assertEquals(new BigDecimal("2.0"), ExprParser.parse("n").evaluate(ANSWERS::get));
        assertEquals(BigDecimal.valueOf(2), ExprParser.parse("count(m)").evaluate(ANSWERS::get));
        assertEquals("hello", ExprParser.parse("t").evaluate(ANSWERS::get));
        assertEquals(null, ExprParser.parse("u").evaluate(ANSWERS::get));
        assertEquals(new BigDecimal("-2.50"), ExprParser.parse("-2.50").evaluate(ANSWERS::get));
        assertEquals(Boolean.TRUE, ExprParser.parse("s == 'a'").evaluate(ANSWERS::get));
        assertEquals(Boolean.FALSE, ExprParser.parse("u == 'a'").evaluate(ANSWERS::get));
    }

    @Test
    void andOrShortCircuit() {
        AnswerLookup lookup = id -> {
            if (id.equals("boom")) {
                throw new IllegalStateException("should not be read");
            }
            return ANSWERS.get(id);
        };
        assertTrue(ExprParser.parse("yn or boom").test(lookup));
        assertFalse(ExprParser.parse("nn and boom == 'x'").test(lookup));
    }

    @Test
    void everythingIsFalseWhenNothingIsAnswered() {
        for (String source : List.of("a == 'x'", "a != 'x'", "a < 1", "a >= 1", "a in ['x']", "a not in ['x']", "a",
                "answered(a)", "selected(a, 'x')", "count(a) > 0", "a == b", "a != b")) {
            assertFalse(ExprParser.parse(source).test(id -> null), source);
        }
        assertTrue(ExprParser.parse("count(a) == 0").test(id -> null));
        assertTrue(ExprParser.parse("not answered(a)").test(id -> null));
    }
}
