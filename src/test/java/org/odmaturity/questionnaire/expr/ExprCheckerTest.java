package org.odmaturity.questionnaire.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.odmaturity.questionnaire.model.QuestionType;

class ExprCheckerTest {

    private static final Map<String, QuestionSignature> QUESTIONS = Map.of(
            "s", QuestionSignature.of(QuestionType.SINGLE_CHOICE, "a", "b", "c"),
            "s2", QuestionSignature.of(QuestionType.SINGLE_CHOICE, "a", "z"),
            "m", QuestionSignature.of(QuestionType.MULTIPLE_CHOICE, "x", "y", "z"),
            "yn", QuestionSignature.of(QuestionType.YES_NO, "yes", "no"),
            "n", QuestionSignature.of(QuestionType.NUMBER),
            "sc", QuestionSignature.of(QuestionType.SCALE),
            "t", QuestionSignature.of(QuestionType.TEXT));

    private static List<String> problems(String source) {
        return ExprChecker.check(ExprParser.parse(source), QUESTIONS).stream()
                .map(p -> p.position() + ": " + p.message())
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "s == 'a'", "'b' != s", "s in ['a', 'c']", "s not in ['b']", "selected(s, 'a')", "count(s) == 1",
        "m in ['x', 'z']", "m not in ['y']", "selected(m, 'y')", "count(m) >= 2", "count(m) < n",
        "yn", "not yn", "yn == true", "yn != false", "yn in [true]", "yn and not yn or yn",
        "n > 3", "n <= -2.5", "sc >= 2", "sc == 3", "n in [1, 2.5]", "n == sc", "-1 < n",
        "t == 'anything'", "t != \"x\"", "t in ['a', 'b']", "s == t", "s == s2",
        "answered(s)", "answered(m) and answered(t) or not answered(n)",
        "true", "not false", "1 == 1", "(s == 'a') == yn", "(n > 2) != (count(m) == 0)",
        "s == 'a' and (yn or n > 2) and not selected(m, 'x')"})
    void acceptsSoundConditions(String source) {
        assertEquals(List.of(), problems(source), source);
    }

    static Stream<Arguments> unsoundConditions() {
        return Stream.of(
                // unknown questions
                Arguments.of("x == 1", List.of("0: unknown question 'x'")),
                Arguments.of("answered(x)", List.of("9: unknown question 'x'")),
                Arguments.of("selected(x, 'a')", List.of("9: unknown question 'x'")),
                Arguments.of("count(x) > 1", List.of("6: unknown question 'x'")),
                Arguments.of("x", List.of("0: unknown question 'x'")),
                Arguments.of("not x and x", List.of("4: unknown question 'x'", "10: unknown question 'x'")),
                Arguments.of("S == 'a'", List.of("0: unknown question 'S' (did you mean 's'?)")),
                Arguments.of("yn == True", List.of("6: unknown question 'True' (keywords are lowercase: 'true')")),
                // options
                Arguments.of("s == 'd'", List.of("5: question 's' has no option 'd' (options: a, b, c)")),
                Arguments.of("'d' != s", List.of("0: question 's' has no option 'd' (options: a, b, c)")),
                Arguments.of("s in ['a', 'd', 'e']", List.of(
                        "11: question 's' has no option 'd' (options: a, b, c)",
                        "16: question 's' has no option 'e' (options: a, b, c)")),
                Arguments.of("m not in ['x', 'w']", List.of("15: question 'm' has no option 'w' (options: x, y, z)")),
                Arguments.of("selected(m, 'w')", List.of("12: question 'm' has no option 'w' (options: x, y, z)")),
                Arguments.of("selected(s, 'it\\'s')", List.of(
                        "12: question 's' has no option 'it\\'s' (options: a, b, c)")),
                // selected / count on the wrong type
                Arguments.of("selected(yn, 'yes')", List.of("9: selected() needs a single-choice or multiple-choice"
                        + " question, but 'yn' is a yes-no question (test a yes-no question with yn or not yn)")),
                Arguments.of("selected(t, 'a')", List.of("9: selected() needs a single-choice or multiple-choice"
                        + " question, but 't' is a text question")),
                Arguments.of("count(n) > 1", List.of("6: count() needs a single-choice or multiple-choice"
                        + " question, but 'n' is a number question")),
                // ordering comparisons
                Arguments.of("s < 2", List.of("2: '<' only compares numbers (number or scale questions, count(),"
                        + " numbers), not single-choice question 's'")),
                Arguments.of("t >= 'a'", List.of(
                        "2: '>=' only compares numbers (number or scale questions, count(), numbers),"
                                + " not text question 't'",
                        "2: '>=' only compares numbers (number or scale questions, count(), numbers),"
                                + " not the string 'a'")),
                Arguments.of("n > true", List.of("2: '>' only compares numbers (number or scale questions, count(),"
                        + " numbers), not true")),
                Arguments.of("yn <= 1", List.of("3: '<=' only compares numbers (number or scale questions, count(),"
                        + " numbers), not yes-no question 'yn'")),
                Arguments.of("m > 1", List.of("2: '>' only compares numbers (number or scale questions, count(),"
                        + " numbers), not multiple-choice question 'm'")),
                // kind mismatches
                Arguments.of("s == 1", List.of("2: cannot compare single-choice question 's' with the number 1")),
                Arguments.of("t != 2.5", List.of("2: cannot compare text question 't' with the number 2.5")),
                Arguments.of("n == 'x'", List.of("2: cannot compare number question 'n' with the string 'x'")),
                Arguments.of("sc == true", List.of("3: cannot compare scale question 'sc' with true")),
                Arguments.of("yn == 'yes'", List.of("3: cannot compare yes-no question 'yn' with the string 'yes'"
                        + " (yes-no answers are true or false: write yn or not yn)")),
                Arguments.of("'no' == yn", List.of("5: cannot compare the string 'no' with yes-no question 'yn'"
                        + " (yes-no answers are true or false: write yn or not yn)")),
                Arguments.of("s == n", List.of("2: cannot compare single-choice question 's' with number question 'n'")),
                Arguments.of("count(m) == 'x'", List.of("9: cannot compare count(m) with the string 'x'")),
                Arguments.of("(s == 'a') == 1", List.of("11: cannot compare a condition with the number 1")),
                Arguments.of("m == 'x'", List.of("2: multiple-choice question 'm' cannot be compared with '==';"
                        + " use selected(m, 'option'), count(m) or m in ['option', ...]")),
                Arguments.of("'x' != m", List.of("4: multiple-choice question 'm' cannot be compared with '!=';"
                        + " use selected(m, 'option'), count(m) or m in ['option', ...]")),
                Arguments.of("n in [1, 'a', true]", List.of(
                        "9: cannot compare number question 'n' with the string 'a'",
                        "14: cannot compare number question 'n' with true")),
                Arguments.of("m in [1]", List.of("6: cannot compare multiple-choice question 'm' with the number 1")),
                Arguments.of("yn in ['yes']", List.of("7: cannot compare yes-no question 'yn' with the string 'yes'"
                        + " (yes-no answers are true or false: write yn or not yn)")),
                // non-conditions
                Arguments.of("s", List.of("0: question 's' is a single-choice question and cannot be used as a"
                        + " condition on its own (only yes-no questions can); write selected(s, 'option') or"
                        + " s == 'option'")),
                Arguments.of("not m", List.of("4: question 'm' is a multiple-choice question and cannot be used as a"
                        + " condition on its own (only yes-no questions can); write selected(m, 'option') or"
                        + " count(m) > 0")),
                Arguments.of("n and yn", List.of("0: question 'n' is a number question and cannot be used as a"
                        + " condition on its own (only yes-no questions can); compare it, e.g. n > 0")),
                Arguments.of("yn or t", List.of("6: question 't' is a text question and cannot be used as a"
                        + " condition on its own (only yes-no questions can); write answered(t) or compare it"
                        + " with a string")),
                Arguments.of("count(m)", List.of("0: expected a condition (true or false) but found count(m)")),
                Arguments.of("'x'", List.of("0: expected a condition (true or false) but found the string 'x'")),
                Arguments.of("not 1", List.of("4: expected a condition (true or false) but found the number 1")),
                // every problem is reported, sorted by position
                Arguments.of("x == 1 or s == 'd' or n > 'z' or selected(t, 'a') or m", List.of(
                        "0: unknown question 'x'",
                        "15: question 's' has no option 'd' (options: a, b, c)",
                        "24: '>' only compares numbers (number or scale questions, count(), numbers),"
                                + " not the string 'z'",
                        "42: selected() needs a single-choice or multiple-choice question, but 't' is a text"
                                + " question",
                        "53: question 'm' is a multiple-choice question and cannot be used as a condition on its own"
                                + " (only yes-no questions can); write selected(m, 'option') or count(m) > 0")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unsoundConditions")
    void reportsProblems(String source, List<String> expected) {
        assertEquals(expected, problems(source), source);
    }

    @Test
    void optionsAreListedInDeclarationOrder() {
        Map<String, QuestionSignature> questions = Map.of("q", new QuestionSignature(QuestionType.SINGLE_CHOICE,
                new java.util.LinkedHashSet<>(Arrays.asList("zeta", "alpha", "mu"))));
        assertEquals(List.of(new ExprProblem(5, "question 'q' has no option 'beta' (options: zeta, alpha, mu)")),
                ExprChecker.check(ExprParser.parse("q == 'beta'"), questions));
    }

    @Test
    void emptyQuestionMapReportsEveryReference() {
        assertEquals(List.of(new ExprProblem(0, "unknown question 'a'"), new ExprProblem(10, "unknown question 'b'")),
                ExprChecker.check(ExprParser.parse("a == 1 or b"), Map.of()));
    }
}
